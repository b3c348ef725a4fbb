#!/usr/bin/env bash
# Ingestion benchmark over the Danish council corpus (../shared/corpus-dk), rendered once to PDF.
# Measures: documents and pages per second, peak memory (GNU time), index size, and pdftotext over the
# same PDFs as the reference extractor. Results go to bench/out/ and are copied by hand to docs/benchmarks.md.
# Usage: bench/ingest-corpus-dk.sh [CORPUS_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$repo/../shared/corpus-dk}"
out="$repo/bench/out"
pdfs="$out/corpus-dk-pdf"
mkdir -p "$out"

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need soffice libreoffice-writer-nogui
need pdftotext poppler-utils
need hyperfine hyperfine
[ -x /usr/bin/time ] || need time time

# 1. Render every text to PDF once (LibreOffice, UTF-8 text import); later runs reuse the PDFs.
#    Converted in batches, and only what is missing, so an interrupted LibreOffice run resumes.
mkdir -p "$pdfs"
pending=()
for f in "$corpus"/docs/*.txt; do [ -f "$pdfs/$(basename "$f" .txt).pdf" ] || pending+=("$f"); done
for ((i = 0; i < ${#pending[@]}; i += 50)); do
  echo "rendering documents $((i + 1))-$((i + 50 < ${#pending[@]} ? i + 50 : ${#pending[@]})) of ${#pending[@]} to PDF with LibreOffice…"
  soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to pdf --outdir "$pdfs" "${pending[@]:i:50}" >/dev/null 2>&1 || true
done
for f in "$corpus"/docs/*.txt; do
  [ -f "$pdfs/$(basename "$f" .txt).pdf" ] || { echo "LibreOffice could not convert $f" >&2; exit 1; }
done
count=$(ls "$pdfs"/*.pdf | wc -l)
pages=$(for f in "$pdfs"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/{print $2}'; done | paste -sd+ | bc)
echo "PDFs: $count documents, $pages pages, $(du -sh "$pdfs" | cut -f1)"

# 2. The archive's one-shot ingest (the published indexer, compiled ahead of time), into a fresh index, under GNU time
#    for peak memory.
# shellcheck source=lib/indexer.sh
source "$repo/bench/lib/indexer.sh"
indexer_dll=$(published_indexer "$repo")
index="$out/index"
rm -rf "$index"
/usr/bin/time -v -o "$out/ingest-time.txt" \
  dotnet "$indexer_dll" ingest "$pdfs" --index "$index" --quiet | tee "$out/ingest-summary.txt"
grep -E "Maximum resident|Elapsed \(wall" "$out/ingest-time.txt"
echo "index size: $(du -sh "$index" | cut -f1)"

# Whole runs, process start included, five times each; and the same run with other commit batch sizes.
indexer="dotnet $indexer_dll"
hyperfine --runs 5 --prepare "rm -rf $out/hx" --export-markdown "$out/ingest-runs.md" \
  "$indexer ingest $pdfs --index $out/hx --quiet" \
  "env Archive__CommitBatchSize=200 $indexer ingest $pdfs --index $out/hx --quiet" \
  "env Archive__CommitBatchSize=20 $indexer ingest $pdfs --index $out/hx --quiet"

# 3. The reference extractor over the same PDFs: one process per file, one at a time and two at a time
#    (the archive extracts on every core).
hyperfine --warmup 1 --runs 3 --export-markdown "$out/pdftotext.md" \
  "for f in $pdfs/*.pdf; do pdftotext -enc UTF-8 \"\$f\" /dev/null; done" \
  "ls $pdfs/*.pdf | xargs -P 2 -I{} pdftotext -enc UTF-8 {} /dev/null"

# 4. Long documents: the two book-length PDFs of the shared test files (352 and 326 pages).
books="$out/books"
rm -rf "$books" "$out/books-index" && mkdir -p "$books"
cp "$corpus/../testfiles/pdf/freeculture.pdf" "$corpus/../testfiles/pdf/MOZILLA-10372-2.pdf" "$books/"
/usr/bin/time -v -o "$out/books-time.txt" \
  dotnet "$indexer_dll" ingest "$books" --index "$out/books-index" --quiet | tee "$out/books-summary.txt"
grep -E "Maximum resident" "$out/books-time.txt"
hyperfine --runs 5 --prepare "rm -rf $out/books-index" --export-markdown "$out/books-runs.md" \
  "$indexer ingest $books --index $out/books-index --quiet" \
  "pdftotext -enc UTF-8 $books/freeculture.pdf /dev/null; pdftotext -enc UTF-8 $books/MOZILLA-10372-2.pdf /dev/null"
