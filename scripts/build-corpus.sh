#!/usr/bin/env bash
# Rebuilds corpus/ from the seed texts: two as PDF, two as DOCX (rendered by LibreOffice), one as text.
# The generated files are committed; running the archive never needs LibreOffice.
# Usage: scripts/build-corpus.sh [SEEDS_DIR]   (default ../shared/seeds)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
seeds="${1:-$repo/../shared/seeds}"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

render() { # seed format target
  local name; name="$(basename "$3")"; name="${name%.*}"
  cp "$seeds/$1" "$work/$name.txt"
  soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to "$2" --outdir "$work" "$work/$name.txt" >/dev/null
  mkdir -p "$(dirname "$repo/corpus/$3")"
  mv "$work/$name.${3##*.}" "$repo/corpus/$3"
}

render 000_e1089c6cc7189354.txt 'docx:MS Word 2007 XML' slagelse/henvendelse-backstage-2017.docx
render 004_226471755ba5451d.txt pdf slagelse/politiske-pejlemaerker-2019.pdf
render 001_b96692348a50d224.txt pdf raadet-for-socialt-udsatte/kommunernes-budgetter-udsatteomraadet-2014.pdf
render 002_0f1d5447576a8fab.txt 'docx:MS Word 2007 XML' koebenhavn/pilotprojekt-udsatte-kontanthjaelpsmodtagere-2012.docx
mkdir -p "$repo/corpus/koebenhavn"
cp "$seeds/003_0d9a54f6a8335097.txt" "$repo/corpus/koebenhavn/udsatteraadets-kommentarer-bif-sof-rapporten-2022.txt"
echo "corpus rebuilt in $repo/corpus"
