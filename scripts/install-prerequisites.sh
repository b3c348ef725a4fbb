#!/usr/bin/env bash
# Installs what building and testing the archive needs on a fresh Debian machine with the .NET 10 SDK.
# Running the archive itself needs nothing beyond the SDK. Only what is missing is installed, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi
dotnet --version

# apt-get as root directly (containers and CI have no sudo), through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "Installing system packages needs root or sudo: $*" >&2
    return 1
  fi
}

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# The web page's browser tests (tests/WebPage.Tests) drive Debian's Chromium; Playwright never downloads a browser.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests"
  apt_install chromium
fi
/usr/bin/chromium --version 2>/dev/null || true

# axe-core, the accessibility checker the browser tests inject into the page, comes from npm (pinned in package-lock.json).
if ! command -v npm >/dev/null; then
  echo "Installing Node.js and npm for the accessibility checks"
  apt_install nodejs npm
fi
web_tests=tests/WebPage.Tests
if [ ! -f "$web_tests/node_modules/axe-core/axe.min.js" ] || [ "$web_tests/package-lock.json" -nt "$web_tests/node_modules/.package-lock.json" ]; then
  echo "Installing axe-core"
  (cd "$web_tests" && npm ci --no-audit --no-fund --loglevel=error)
fi

# Optional readers: LibreOffice converts legacy .doc, RTF and WordPerfect to PDF; Tesseract with the Danish model and
# poppler-utils (pdftoppm) read scans. The archive runs without them (those files fail as needs-converter or needs-ocr,
# and are read once the tools appear); the tests that need them skip without them, except under CI=true.
missing=()
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
{ command -v tesseract >/dev/null && tesseract --list-langs 2>&1 | grep -qx dan; } || missing+=(tesseract-ocr-dan)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing the optional readers: ${missing[*]}"
  apt_install "${missing[@]}"
fi

# The document page's PDF viewer (pdf.js, pinned in src/SearchApi/package-lock.json) is copied into the build's
# wwwroot/vendor/pdfjs when src/SearchApi/node_modules holds it; without it the page shows the text alone.
web_app=src/SearchApi
if [ ! -f "$web_app/node_modules/pdfjs-dist/build/pdf.min.mjs" ] || [ "$web_app/package-lock.json" -nt "$web_app/node_modules/.package-lock.json" ]; then
  echo "Installing the PDF viewer (pdfjs-dist)"
  (cd "$web_app" && npm ci --omit=optional --no-audit --no-fund --loglevel=error)
fi

# Tests also read the shared test data beside the checkout (../shared), which needs nothing installed.
# Benchmarks (bench/) install their own tools (LibreOffice, poppler-utils, hyperfine).
