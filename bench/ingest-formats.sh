#!/usr/bin/env bash
# Ingestion of Excel workbooks, PowerPoint presentations and web pages, beside the same words as text files: the
# Danish council corpus (../shared/corpus-dk) written in turn as .xlsx, .pptx and .html (bench/generate-formats.py),
# then ingested once with the published indexer under GNU time (peak memory) and five times each with hyperfine.
# Results go to bench/out/formats/ and are copied by hand to docs/benchmarks.md.
# Usage: bench/ingest-formats.sh [CORPUS_DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$repo/../shared/corpus-dk}"
out="$repo/bench/out/formats"
rm -rf "$out" && mkdir -p "$out"

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need python3 python3
need hyperfine hyperfine
[ -x /usr/bin/time ] || need time time

python3 "$repo/bench/generate-formats.py" "$corpus/docs" "$out/formats"
# shellcheck source=lib/indexer.sh
source "$repo/bench/lib/indexer.sh"
indexer="dotnet $(published_indexer "$repo")"

for kind in formats text; do
  inbox="$out/formats"
  [ "$kind" = text ] && inbox="$corpus/docs"
  /usr/bin/time -v -o "$out/$kind-time.txt" $indexer ingest "$inbox" --index "$out/$kind-index" --quiet | tee "$out/$kind-summary.txt"
  grep -E "Maximum resident|Elapsed \(wall" "$out/$kind-time.txt"
done

hyperfine --runs 5 --prepare "rm -rf $out/hx" --export-markdown "$out/runs.md" \
  "$indexer ingest $out/formats --index $out/hx --quiet" \
  "$indexer ingest $corpus/docs --index $out/hx --quiet"
