#!/usr/bin/env bash
# Ingestion hosted in the API (the default way to run the archive) under three JIT settings, runs interleaved:
# the runtime's default (tiered compilation), tiered compilation off (every method compiled fully optimised at once,
# as the indexer runs), and tiered compilation with loops compiled optimised at once (TC_QuickJitForLoops=0).
# For each run: seconds from launch until /api/health answers, and until every PDF of corpus-dk is ingested.
# Results go to bench/out/hosted-ingest.md (copied by hand to docs/benchmarks.md).
# Usage: bench/hosted-ingest.sh [RUNS]     (needs the PDFs bench/ingest-corpus-dk.sh renders)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
out="$repo/bench/out"
pdfs="$out/corpus-dk-pdf"
port=5097
base="http://127.0.0.1:$port"
[ -d "$pdfs" ] || { echo "no PDFs at $pdfs: run bench/ingest-corpus-dk.sh once first" >&2; exit 1; }
command -v jq >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; }
# Identical files are one document: count distinct contents.
expected=$(sha256sum "$pdfs"/*.pdf | cut -d" " -f1 | sort -u | wc -l)
dotnet build "$repo/src/SearchApi" -c Release -v quiet -nologo >/dev/null
api="$repo/src/SearchApi/bin/Release/net10.0/Archive.SearchApi.dll"

declare -A settings=(
  [default]=""
  [tiered-off]="DOTNET_TieredCompilation=0"
  [loops-optimised]="DOTNET_TC_QuickJitForLoops=0"
)
now() { date +%s.%N; }
printf "| setting | run | health answers (s) | all %d PDFs ingested (s) |\n|---|---|---|---|\n" "$expected" >"$out/hosted-ingest.md"
for run in $(seq 1 "$runs"); do
  for name in default tiered-off loops-optimised; do
    rm -rf "$out/hosted-index"
    start=$(now)
    env ${settings[$name]} Archive__InboxPath="$pdfs" Archive__IndexPath="$out/hosted-index" dotnet "$api" --urls "$base" >"$out/hosted-api.log" 2>&1 &
    pid=$!
    until curl -fs "$base/api/health" >/dev/null 2>&1; do sleep 0.05; done
    healthy=$(now)
    until [ "$(curl -fs "$base/api/health" | jq '.documents + .failedFiles')" -ge "$expected" ]; do sleep 0.1; done
    done_at=$(now)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf "| %s | %d | %.2f | %.2f |\n" "$name" "$run" "$(echo "$healthy - $start" | bc)" "$(echo "$done_at - $start" | bc)" >>"$out/hosted-ingest.md"
  done
done
rm -rf "$out/hosted-index"
cat "$out/hosted-ingest.md"
