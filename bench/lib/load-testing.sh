# What search-load.sh, cost-curve.sh and compare-builds.sh share (source this file after setting repo): the tools they need, a
# Release build of the API, the published indexer, and the benchmark queries.

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need curl curl
need jq jq
need python3 python3
[ -x /usr/bin/time ] || need time time

dotnet build "$repo/Archive.sln" -c Release -v quiet -nologo >/dev/null
# shellcheck source=indexer.sh
source "$repo/bench/lib/indexer.sh"
indexer=$(published_indexer "$repo")
api="$repo/src/SearchApi/bin/Release/net10.0/Archive.SearchApi.dll"

# A compound word (split by the analyzer), a phrase under two filters, and a misspelling that finds nothing as typed
# (answered with its spelling correction's results) count as much as the three broad queries.
# benchmark_queries BASE_URL: fills query_names and query_strings; the two-filter query uses the archive's most
# common municipality.
benchmark_queries() {
  local municipality
  municipality=$(curl -fs "$1/api/facets" | jq -r '.municipality[0].value // "Københavns Kommune" | @uri')
  query_names=("one word" "two words, two filters" "phrase" "compound word" "phrase, two filters" "misspelling, corrected")
  query_strings=("q=misbrug" "q=borgere+bolig&municipality=$municipality&type=Referat" "q=%22socialt+udsatte%22"
    "q=kontanthj%C3%A6lpsmodtager" "q=%22socialt+udsatte%22&council=Udsatter%C3%A5det&type=H%C3%B8ringssvar" "q=psykiartri")
}

# generated_archive SIZE: prints the folder of SIZE generated documents (bench/generate-archive.py, deterministic),
# generating it into bench/out the first time.
generated_archive() {
  local archive="$repo/bench/out/archive-$1"
  if [ ! -d "$archive" ]; then
    python3 "$repo/bench/generate-archive.py" --count "$1" "$repo/../shared/corpus-dk" "$archive.partial" >&2
    mv "$archive.partial" "$archive"
  fi
  echo "$archive"
}

# wrk prints latencies as 812.00us, 4.12ms or 1.02s; tables show milliseconds.
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }

# load_query URL OUT_FILE PID: a 10 s warm-up, then wrk for $duration; fails on errors under load.
# Prints "median_ms p99_ms requests_per_s".
load_query() {
  wrk -t"$threads" -c"$connections" -d10s "$1" >/dev/null # warm-up: JIT, caches, page cache
  kill -0 "$3" 2>/dev/null || { echo "the API stopped during the warm-up" >&2; return 1; }
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$1" >"$2"
  if grep -q "Non-2xx" "$2"; then echo "errors under load: $2" >&2; return 1; fi
  echo "$(ms "$(awk '$1 == "50%" { print $2 }' "$2")") $(ms "$(awk '$1 == "99%" { print $2 }' "$2")") $(awk '$1 == "Requests/sec:" { printf "%.0f", $2 }' "$2")"
}
