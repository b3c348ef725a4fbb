#!/usr/bin/env bash
# The cost curve: for each archive size, generate the archive (bench/generate-archive.py, deterministic), ingest it
# into a fresh index with the one-shot command, start the API read-only over it (timed until /api/health answers
# ok), put each benchmark query under load with wrk, and record ingest rate, index size, start time, latency,
# throughput and memory. Writes bench/out/cost-curve.tsv, bench/out/cost-curve.md (the table) and
# docs/cost-curve.svg (the chart, drawn by bench/plot-cost-curve.py).
# Usage: bench/cost-curve.sh [SIZE ...]        (default: 10000 100000; add 1000000 for the national scale:
#                                              some 11 min to generate, 4 GB of text, well under an hour in all)
#        DURATION=20s CONNECTIONS=8 THREADS=2  (wrk settings)   KEEP=1 (keep the generated archives and indexes)
#        REUSE=1 (search an index a KEEP=1 run left, with that run's ingest figures: a second search run of this
#                 build without ingesting again, e.g. at 1,000,000 documents)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$repo/../shared/corpus-dk"
out="$repo/bench/out"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-8}"
threads="${THREADS:-2}"
port=5098
base="http://127.0.0.1:$port"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
[ -d "$corpus" ] || { echo "the council corpus is missing: $corpus" >&2; exit 1; }
mkdir -p "$out"

source "$repo/bench/lib/load-testing.sh"

table="$out/cost-curve.tsv"
printf "documents\tingest_docs_per_s\tingest_peak_rss_mb\tindex_mb\tstart_s\tquery\tmedian_ms\tp99_ms\trequests_per_s\thits\tapi_rss_mb\n" >"$table"

for size in "${sizes[@]}"; do
  archive=$(generated_archive "$size" 2>/dev/null)

  index="$archive-index"
  if [ -n "${REUSE:-}" ] && [ -d "$index" ] && [ -f "$out/cost-ingest-$size.txt" ]; then
    echo "$size documents: searching the index of an earlier run (REUSE=1); its ingest figures follow"
  else
    rm -rf "$index"
    /usr/bin/time -v -o "$out/cost-ingest-$size-time.txt" dotnet "$indexer" ingest "$archive" --index "$index" --quiet >"$out/cost-ingest-$size.txt" 2>&1
  fi
  seconds=$(awk '$1 == "seconds" { print $2 }' "$out/cost-ingest-$size.txt")
  ingest_rate=$(awk -v n="$size" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')
  ingest_rss=$(awk -F: '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$out/cost-ingest-$size-time.txt")
  index_mb=$(du -sm "$index" | cut -f1)
  echo "$size documents: ingested at $ingest_rate documents/s (${seconds} s), peak $ingest_rss MB; index $index_mb MB"

  if curl -s -o /dev/null "$base/"; then echo "something already listens on $base" >&2; exit 1; fi
  sync && echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true # a cold start where the machine allows it
  started=$(date +%s.%N)
  Archive__HostIngestion=false Archive__IndexPath="$index" Archive__InboxPath="$archive" \
    dotnet "$api" --urls "$base" >"$out/cost-api-$size.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  until [ "$(curl -fs "$base/api/health" 2>/dev/null | jq -r '.status' 2>/dev/null)" = ok ]; do
    kill -0 "$pid" 2>/dev/null || { echo "the API stopped; see $out/cost-api-$size.log" >&2; exit 1; }
    sleep 0.1
  done
  start_s=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  echo "  API answered ok after $start_s s"

  benchmark_queries "$base"
  for i in "${!query_strings[@]}"; do
    url="$base/api/search?${query_strings[$i]}"
    hits=$(curl -fs "$url" | jq '.total')
    measured=$(load_query "$url" "$out/cost-wrk-$size-$i.txt" "$pid")
    read -r median p99 rps <<<"$measured"
    rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$size" "$ingest_rate" "$ingest_rss" "$index_mb" "$start_s" \
      "${query_names[$i]}" "$median" "$p99" "$rps" "$hits" "$rss" >>"$table"
    echo "  ${query_names[$i]}: median $median ms, p99 $p99 ms, $rps requests/s, $hits hits"
  done

  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
  [ -n "${KEEP:-}" ] || rm -rf "$index"
done

python3 "$repo/bench/plot-cost-curve.py" "$table" "$repo/docs/cost-curve.svg" \
  "wrk -t$threads -c$connections -d$duration, $(nproc) cores, $(date -u +%Y-%m-%d)" >"$out/cost-curve.md"
cat "$out/cost-curve.md"
echo "chart: docs/cost-curve.svg"
