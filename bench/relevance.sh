#!/usr/bin/env bash
# Measures search relevance of the archive against plain Lucene (StandardAnalyzer, DanishAnalyzer) and Recoll over
# the judged queries of bench/Relevance (see bench/Relevance/JUDGING.md). Needs ../shared/corpus-dk beside the
# repository (or --shared <folder>). Extra arguments go to `evaluate`, e.g. --per-query.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v recollq >/dev/null 2>&1; then
    echo "Recoll is missing; installing it from Debian" >&2
    if [ "$(id -u)" -eq 0 ]; then
        apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends recoll
    else
        sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends recoll
    fi
fi

exec dotnet run -c Release --project bench/Relevance -- evaluate --systems standard,danish,archive,recoll "$@"
