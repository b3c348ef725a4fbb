#!/usr/bin/env bash
# Installs what building and testing the archive needs on a fresh Debian machine with the .NET 10 SDK.
# Running the archive itself needs nothing beyond the SDK.
set -euo pipefail

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# Tests read the shared test data beside the checkout; they need no extra system packages today.
# Benchmarks (bench/) install their own tools (LibreOffice, poppler-utils, hyperfine).
dotnet --version
