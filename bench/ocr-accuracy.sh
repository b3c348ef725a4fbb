#!/usr/bin/env bash
# Word accuracy and seconds per page of OCR (Tesseract, Danish model) on pages rendered from the bundled PDFs, at
# 150, 200 and 300 dpi, and on scan-like copies (turned, speckled, scaled): bench/ocr_accuracy.py.
# Results go to bench/out/ocr/ (pages.tsv per page) and are copied by hand to docs/benchmarks.md.
# Usage: bench/ocr-accuracy.sh [PDF...]   (default: the PDFs of corpus/)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out/ocr"
rm -rf "$out" && mkdir -p "$out"
for tool in pdftoppm pdftotext tesseract python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install poppler-utils tesseract-ocr tesseract-ocr-dan python3)" >&2; exit 1; }
done
tesseract --list-langs 2>/dev/null | grep -qx dan || { echo "needs the Danish model (apt-get install tesseract-ocr-dan)" >&2; exit 1; }
if [ $# -eq 0 ]; then
  mapfile -t pdfs < <(git -C "$repo" ls-files 'corpus/*.pdf' | sed "s|^|$repo/|")
else
  pdfs=("$@")
fi
python3 "$repo/bench/ocr_accuracy.py" "$out" "${pdfs[@]}" | tee "$out/summary.md"
