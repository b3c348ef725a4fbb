#!/usr/bin/env bash
# Search under load: GET /api/search with wrk, over a generated archive of 100,000 documents and over the plain
# Danish council corpus (412 texts). Each archive is ingested once with the one-shot command (timed; reused by
# later runs), then served read-only by the API in Release while wrk runs six queries, each answered with
# facets and snippets (the default JSON response). Results go to bench/out/search-load.md and are copied by
# hand to docs/benchmarks.md.
# Usage: bench/search-load.sh [COUNT] [CORPUS_DIR]     (COUNT: generated documents, default 100000)
#        REINGEST=1 bench/search-load.sh               (ingest again into fresh indexes)
#        DURATION=30s CONNECTIONS=8 THREADS=2          (wrk settings)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
corpus="${2:-$repo/../shared/corpus-dk}"
out="$repo/bench/out"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-8}"
threads="${THREADS:-2}"
port=5099
base="http://127.0.0.1:$port"
mkdir -p "$out"

source "$repo/bench/lib/load-testing.sh"


# 1. The archives: the corpus as it is (sidecars with only the source address), and COUNT generated documents.
plain="$out/corpus-dk-text"
[ -d "$plain" ] || python3 "$repo/bench/generate-archive.py" --plain "$corpus" "$plain"
generated="$out/archive-$count"
if [ ! -d "$generated" ]; then
  /usr/bin/time -f "generated in %e s" -o "$out/generate-$count-time.txt" \
    python3 "$repo/bench/generate-archive.py" --count "$count" "$corpus" "$generated.partial"
  mv "$generated.partial" "$generated"
fi
[ -f "$out/generate-$count-time.txt" ] && cat "$out/generate-$count-time.txt"
echo "generated archive: $(du -sh --apparent-size "$generated" | cut -f1) on disk (texts and sidecars)"

# 2. Ingest each archive once into its own index, timed.
ingest() { # folder index name
  if [ -n "${REINGEST:-}" ] || ! compgen -G "$2/segments_*" >/dev/null; then
    rm -rf "$2"
    /usr/bin/time -v -o "$out/ingest-$3-time.txt" dotnet "$indexer" ingest "$1" --index "$2" --quiet >"$out/ingest-$3.txt" 2>&1
  fi
  echo "ingest $3: $(grep -E '^ +(seconds|speed|documents)' "$out/ingest-$3.txt" | tr -s ' ' | paste -sd';')"
  grep -E "Elapsed \(wall|Maximum resident" "$out/ingest-$3-time.txt" | sed 's/^\s*/  /'
}
ingest "$plain" "$out/corpus-dk-text-index" corpus-dk
ingest "$generated" "$generated-index" "$count"


# 3. Serve one index read-only and put each query under load.
results="$out/search-load.md"
printf "| documents | query | median | p99 | requests/s | hits |\n|---|---|---|---|---|---|\n" >"$results.rows"
run() { # name folder index documents
  local name="$1" folder="$2" index="$3" documents="$4"
  if curl -s -o /dev/null "$base/"; then echo "something already listens on $base" >&2; exit 1; fi
  Archive__HostIngestion=false Archive__IndexPath="$index" Archive__InboxPath="$folder" \
    dotnet "$api" --urls "$base" >"$out/api-$name.log" 2>&1 &
  local pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.5; done
  curl -fs "$base/api/health" >/dev/null || { echo "the API did not start; see $out/api-$name.log" >&2; exit 1; }
  [ "$(cat /proc/$pid/comm)" = dotnet ] || pid=$(pgrep -P "$pid" dotnet) # the API itself, for its memory

  benchmark_queries "$base"
  for i in "${!query_strings[@]}"; do
    local url="$base/api/search?${query_strings[$i]}"
    local hits measured median p99 rps
    hits=$(curl -fs "$url" | jq '.total')
    measured=$(load_query "$url" "$out/wrk-$name-$i.txt" "$pid") || exit 1
    read -r median p99 rps <<<"$measured"
    echo "| $documents | ${query_names[$i]}: \`${query_strings[$i]}\` | $median ms | $p99 ms | $rps | $hits |" | tee -a "$results.rows"
  done

  echo "index $name: $(du -sh "$index" | cut -f1); API memory after the runs: $(awk '/^VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$pid/status) (VmRSS), peak $(awk '/^VmHWM/ { printf "%.0f MB", $2 / 1024 }' /proc/$pid/status) (VmHWM)" | tee -a "$results.notes"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
}
: >"$results.notes"
run corpus-dk "$plain" "$out/corpus-dk-text-index" 412
run "$count" "$generated" "$generated-index" "$count"

{
  echo "wrk -t$threads -c$connections -d$duration --latency, after a 10 s warm-up; $(nproc) cores shared by wrk and the API; $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  cat "$results.rows"
  echo
  cat "$results.notes"
} >"$results"
rm -f "$results.rows" "$results.notes"
cat "$results"
