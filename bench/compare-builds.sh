#!/usr/bin/env bash
# Two builds of the archive side by side in one run, so a noisy machine treats both alike: this checkout and another
# (an older commit checked out with `git worktree add ../base <commit>`). Both are built in Release and their
# indexers published (bench/lib/indexer.sh); then
#   1. ingest of the corpus-dk PDFs (bench/ingest-corpus-dk.sh renders them) and of GENERATED generated texts,
#      each build into its own fresh index, timed by hyperfine, the two builds one after the other in the same run;
#   2. search under load: each API serves its own index read-only while wrk runs the benchmark queries, the two
#      builds alternating query by query.
# Results go to bench/out/compare.md (copied by hand to docs/benchmarks.md).
# Usage: bench/compare-builds.sh OTHER_CHECKOUT      GENERATED=10000 RUNS=3 DURATION=15s CONNECTIONS=8 THREADS=2
#        PARTS="ingest search" (either alone to run only that part)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "${1:?usage: bench/compare-builds.sh OTHER_CHECKOUT}" && pwd)"
out="$repo/bench/out"
pdfs="$out/corpus-dk-pdf"
generated_count="${GENERATED:-10000}"
runs="${RUNS:-3}"
duration="${DURATION:-15s}"
connections="${CONNECTIONS:-8}"
threads="${THREADS:-2}"
parts="${PARTS:-ingest search}"
port=5098
base="http://127.0.0.1:$port"
mkdir -p "$out"

# shellcheck source=lib/load-testing.sh
source "$repo/bench/lib/load-testing.sh"
need hyperfine hyperfine
if [[ " $parts " == *" ingest "* ]]; then
  [ -d "$pdfs" ] && [ "$(ls "$pdfs" | wc -l)" -gt 0 ] || { echo "no PDFs at $pdfs: run bench/ingest-corpus-dk.sh once first" >&2; exit 1; }
fi

for checkout in "$repo" "$other"; do
  dotnet build "$checkout/src/Indexer" -c Release -v quiet -nologo >/dev/null
  dotnet build "$checkout/src/SearchApi" -c Release -v quiet -nologo >/dev/null
done
other_indexer=$(published_indexer "$other")
indexer() { if [ "$1" = "$repo" ]; then echo "$indexer"; else echo "$other_indexer"; fi; }
api() { echo "$1/src/SearchApi/bin/Release/net10.0/Archive.SearchApi.dll"; }

generated=$(generated_archive "$generated_count")

# 1. Ingest, interleaved: hyperfine runs each command RUNS times; --prepare gives every run a fresh index.
results="$out/compare.md"
{
  echo "this: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-80)"
  echo "other: $(git -C "$other" log -1 --format='%h %s' | cut -c1-80)"
  echo "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
} >"$results"
for archive in "$pdfs" "$generated"; do
  [[ " $parts " == *" ingest "* ]] || break
  hyperfine --runs "$runs" --prepare "rm -rf $out/compare-index-this $out/compare-index-other" --export-markdown "$out/compare-ingest.md" \
    -n "this: ingest $(basename "$archive")" "dotnet $(indexer "$repo") ingest $archive --index $out/compare-index-this --quiet" \
    -n "other: ingest $(basename "$archive")" "dotnet $(indexer "$other") ingest $archive --index $out/compare-index-other --quiet"
  cat "$out/compare-ingest.md" >>"$results"
  echo >>"$results"
done

[[ " $parts " == *" search "* ]] || { cat "$results"; exit 0; }

# 2. Search: each build's own index of the generated archive (the index layouts of two builds may differ).
rm -rf "$out/compare-index-this" "$out/compare-index-other"
dotnet "$(indexer "$repo")" ingest "$generated" --index "$out/compare-index-this" --quiet >/dev/null
dotnet "$(indexer "$other")" ingest "$generated" --index "$out/compare-index-other" --quiet >/dev/null

serve() { # checkout index
  Archive__HostIngestion=false Archive__IndexPath="$2" Archive__InboxPath="$generated" dotnet "$(api "$1")" --urls "$base" >"$out/compare-api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do curl -fs "$base/api/health" >/dev/null && return; sleep 0.5; done
  echo "the API did not start; see $out/compare-api.log" >&2
  exit 1
}
serve "$repo" "$out/compare-index-this"
benchmark_queries "$base"
kill "$api_pid"; wait "$api_pid" 2>/dev/null || true
printf "| query | build | median | p99 | requests/s |\n|---|---|---|---|---|\n" >>"$results"
for i in "${!query_names[@]}"; do
  for side in this other; do
    checkout=$([ "$side" = this ] && echo "$repo" || echo "$other")
    serve "$checkout" "$out/compare-index-$side"
    read -r median p99 rps < <(load_query "$base/api/search?${query_strings[$i]}" "$out/compare-wrk.txt" "$api_pid")
    kill "$api_pid"; wait "$api_pid" 2>/dev/null || true
    echo "| ${query_names[$i]}: \`${query_strings[$i]}\` | $side | $median ms | $p99 ms | $rps |" >>"$results"
  done
done
rm -rf "$out/compare-index-this" "$out/compare-index-other"
cat "$results"
