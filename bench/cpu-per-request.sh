#!/usr/bin/env bash
# CPU time per search request of two builds side by side: this checkout and another (an older commit checked out
# with `git worktree add ../base <commit>`). Requests per second move with whatever else the machine runs; the CPU
# time the API process spends per request moves far less, so this compares builds on a busy machine too.
# Both APIs serve their own index of the same generated archive at once; each benchmark query is warmed on both,
# then wrk (one thread, two connections) runs it for DURATION against each build in turn, ROUNDS times, and the
# API's user+system CPU time (from /proc) is divided by the requests it answered.
# Usage: bench/cpu-per-request.sh OTHER_CHECKOUT      GENERATED=10000 ROUNDS=3 DURATION=5s
#   INDEX=DIR: both builds serve this existing index instead of ingesting their own (for a change that leaves the
#   index as it was; saves two ingests of a large archive).
# Results go to bench/out/cpu-per-request.md.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "${1:?usage: bench/cpu-per-request.sh OTHER_CHECKOUT}" && pwd)"
out="$repo/bench/out"
generated_count="${GENERATED:-10000}"
rounds="${ROUNDS:-3}"
duration="${DURATION:-5s}"
mkdir -p "$out"

# shellcheck source=lib/load-testing.sh
source "$repo/bench/lib/load-testing.sh"
dotnet build "$other/src/Indexer" -c Release -v quiet -nologo >/dev/null
dotnet build "$other/src/SearchApi" -c Release -v quiet -nologo >/dev/null
other_indexer=$(published_indexer "$other")
indexer_of() { if [ "$1" = "$repo" ]; then echo "$indexer"; else echo "$other_indexer"; fi; }
api_of() { echo "$1/src/SearchApi/bin/Release/net10.0/Archive.SearchApi.dll"; }

generated=$(generated_archive "$generated_count")

declare -A port=([this]=5098 [other]=5099) pid=() checkout=([this]="$repo" [other]="$other")
cleanup() { for side in this other; do [ -n "${pid[$side]:-}" ] && kill "${pid[$side]}" 2>/dev/null || true; done; }
trap cleanup EXIT
for side in this other; do
  index="${INDEX:-$out/cpu-index-$side}"
  if [ -z "${INDEX:-}" ]; then
    rm -rf "$index"
    dotnet "$(indexer_of "${checkout[$side]}")" ingest "$generated" --index "$index" --quiet >/dev/null
  fi
  Archive__HostIngestion=false Archive__IndexPath="$index" Archive__InboxPath="$generated" \
    dotnet "$(api_of "${checkout[$side]}")" --urls "http://127.0.0.1:${port[$side]}" >"$out/cpu-api-$side.log" 2>&1 &
  pid[$side]=$!
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:${port[$side]}/api/health" >/dev/null && break; sleep 0.5; done
done

benchmark_queries "http://127.0.0.1:${port[this]}"
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
hertz=$(getconf CLK_TCK)
results="$out/cpu-per-request.md"
{
  echo "this: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-80)"
  echo "other: $(git -C "$other" log -1 --format='%h %s' | cut -c1-80)"
  echo "$(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| query | this build: CPU ms per request, each round | other build: CPU ms per request, each round |"
  echo "|---|---|---|"
} >"$results"
for i in "${!query_names[@]}"; do
  for side in this other; do wrk -t1 -c2 -d5s "http://127.0.0.1:${port[$side]}/api/search?${query_strings[$i]}" >/dev/null; done
  declare -A figures=([this]="" [other]="")
  for _ in $(seq 1 "$rounds"); do
    for side in this other; do
      before=$(ticks "${pid[$side]}")
      requests=$(wrk -t1 -c2 -d"$duration" "http://127.0.0.1:${port[$side]}/api/search?${query_strings[$i]}" | awk '/requests in/ { print $1 }')
      after=$(ticks "${pid[$side]}")
      figures[$side]+="$(awk -v a="$before" -v b="$after" -v n="$requests" -v hz="$hertz" 'BEGIN { printf "%.1f", (b - a) * 1000 / hz / n }') "
    done
  done
  echo "| ${query_names[$i]}: \`${query_strings[$i]}\` | ${figures[this]}| ${figures[other]}|" >>"$results"
done
cat "$results"
