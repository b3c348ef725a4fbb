#!/usr/bin/env bash
# A hostile-input run against the archive on loopback, as an attacker and a careless operator would try it: an inbox
# with links to /etc, a link loop, a Word zip bomb, an oversized text and a page of one word repeated; then searches
# that expand without end, broken parameters, hostile uploads (links, reserved and overlong names, a same-name race),
# wrong API keys, an overlong address. It checks what the archive promises: no 5xx, no request over 5 s, the API's
# peak memory under 1 GB, and no byte of /etc served. Exit 0 when every check holds.
# Usage: bench/hostile-input.sh            (results in bench/out/hostile/)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out/hostile"
port=5095
base="http://127.0.0.1:$port"
key="hostile-run-key"
rm -rf "$out" && mkdir -p "$out/inbox" "$out/responses"
command -v jq >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null; }
dotnet build "$repo/src/SearchApi" -c Release -v quiet -nologo >/dev/null

# 1. The hostile inbox.
inbox="$out/inbox"
printf 'Notat om ledsagelse og egen bolig til hjemløse borgere.\n' >"$inbox/notat.txt"
ln -s /etc "$inbox/x"
ln -s /etc/passwd "$inbox/passwd.txt"
ln -s "$inbox/loop-b.txt" "$inbox/loop-a.txt"
ln -s "$inbox/loop-a.txt" "$inbox/loop-b.txt"
mkdir -p "$inbox/outside-target" && ln -s /tmp "$inbox/outlink"
python3 - "$inbox" <<'EOF'
import sys, zipfile
inbox = sys.argv[1]
# A Word file whose XML expands to some 250 MB: one paragraph of one word, again and again.
paragraph = '<w:p><w:r><w:t>' + 'bolig ' * 20000 + '</w:t></w:r></w:p>'
with zipfile.ZipFile(f'{inbox}/bombe.docx', 'w', zipfile.ZIP_DEFLATED) as docx:
    docx.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    docx.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with docx.open('word/document.xml', 'w') as part:
        part.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
        chunk = (paragraph * 10).encode()
        for _ in range(200):
            part.write(chunk)
        part.write(b'</w:body></w:document>')
# A text over the 20 million characters a document may hold, and a page of one word repeated.
with open(f'{inbox}/stor.txt', 'w') as text:
    for _ in range(900_000):
        text.write('Referat fra mødet om herberg og bostøtte.\n')
with open(f'{inbox}/gentagelse.txt', 'w') as text:
    text.write('gentagelsesord ' * 200_000)
EOF
find "$inbox" -maxdepth 1 -type f -exec touch -d '1 minute ago' {} +

# 2. The API over it, ingesting.
Archive__InboxPath="$inbox" Archive__IndexPath="$out/index" Archive__ApiKey="$key" \
  dotnet "$repo/src/SearchApi/bin/Release/net10.0/Archive.SearchApi.dll" --urls "$base" >"$out/api.log" 2>&1 &
api=$!
trap 'kill "$api" 2>/dev/null || true' EXIT
until curl -fs "$base/api/health" >/dev/null 2>&1; do sleep 0.2; done
[ "$(cat /proc/$api/comm)" = dotnet ] || api=$(pgrep -P "$api" dotnet)
for _ in $(seq 1 300); do
  settled=$(curl -fs "$base/api/health" | jq '.documents + .failedFiles')
  [ "$settled" -ge 7 ] && break
  sleep 0.5
done
curl -fs "$base/api/ingest/failures" >"$out/failures.json"

# 3. The requests: each is "METHOD URL [curl options]"; the answer is kept, its status and time are recorded.
: >"$out/results.tsv"
request() { # name, then curl arguments
  local name="$1"; shift
  local file="$out/responses/$(echo "$name" | tr -c 'a-zA-Z0-9' '_').txt"
  local answer
  # A refused connection or a timeout is recorded as status 000, not a reason to stop the run.
  answer=$(curl -s -o "$file" -w "%{http_code}\t%{time_total}" --max-time 30 "$@" || true)
  printf "%s\t%s\n" "$name" "${answer:-000	30}" >>"$out/results.tsv"
}
wildcards=$(python3 -c "print('a' + '*a' * 499)")
fuzzy=$(python3 -c "print('+'.join(w + '~2' for w in ['bolig','herberg','borger','ledsag','hjemløs','misbrug','psykiatri','budget']))")
request "999-character wildcard" "$base/api/search?q=$wildcards"
request "m?*?*" "$base/api/search?q=m%3F*%3F*%3F*%3F*"
request "eight fuzzy words" "$base/api/search?q=$fuzzy"
for format in json csv atom; do request "negative slop $format" "$base/api/search?q=%22egen+bolig%22~-3&format=$format"; done
request "end of time" "$base/api/search?to=9999-12"
request "year abc" "$base/api/search?year=abc"
request "q=root" "$base/api/search?q=root"
request "q=shadow" "$base/api/search?q=shadow+OR+passwd+OR+nologin"
request "repeated word, 100 hits" "$base/api/search?q=gentagelsesord&pageSize=100"
request "facets" "$base/api/facets"
request "page 0" "$base/api/search?page=0"
request "pageSize 10000" "$base/api/search?pageSize=10000"
request "10 kB query" "$base/api/search?q=$(python3 -c "print('bolig+' * 1700)")"
request "%00 in the query" "$base/api/search?q=bolig%00"
request "overlong address" "$base/api/search?q=$(python3 -c "print('x' * 9000)")"
for id in $(curl -fs "$base/api/search?pageSize=100" | jq -r '.hits[].id'); do
  request "document $id" "$base/api/documents/$id?q=gentagelsesord"
  request "file $id" "$base/api/documents/$id/file"
  request "similar $id" "$base/api/documents/$id/similar"
done
request "document ../etc/passwd" "$base/api/documents/..%2F..%2Fetc%2Fpasswd/file"
upload() { request "upload $1" -H "X-Api-Key: $key" -F "file=@$inbox/notat.txt;filename=$2" "${@:3}" "$base/api/documents"; }
upload "into a link" "brev.txt" -F folder=outlink
upload "folder that is a file" "brev.txt" -F folder=notat.txt
upload "300-character name" "$(python3 -c "print('n' * 300)").txt"
upload "CON" "CON"
upload "NUL.txt" "NUL.txt"
upload "backslash" 'mappe\brev.txt'
racers=()
for i in $(seq 1 20); do
  request "same-name race $i" -H "X-Api-Key: $key" -F "file=@$inbox/notat.txt;filename=samme.txt" -F "metadata={\"title\":\"Titel $i\"}" "$base/api/documents" &
  racers+=($!)
done
wait "${racers[@]}"
for i in $(seq 1 30); do request "wrong key $i" -H "X-Api-Key: wrong-$i" -F "file=@$inbox/notat.txt;filename=gæt.txt" "$base/api/documents"; done

# 4. The checks.
fail=0
peak=$(awk '/^VmHWM/ { print int($2 / 1024) }' /proc/$api/status)
server_errors=$(awk -F'\t' '$2 >= 500 || $2 == "000" { print }' "$out/results.tsv")
slow=$(awk -F'\t' '$3 > 5 { print }' "$out/results.tsv")
leaked=$(grep -l -E "root:x:0:0|/usr/sbin/nologin|daemon:x:" "$out"/responses/* "$out/failures.json" 2>/dev/null || true)
winners=$(grep -c -P "^same-name race \d+\t202\t" "$out/results.tsv" || true)
limited=$(grep -c -P "^wrong key \d+\t429\t" "$out/results.tsv" || true)
{
  echo "requests: $(wc -l <"$out/results.tsv"); by status: $(cut -f2 "$out/results.tsv" | sort | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')"
  echo "slowest: $(sort -t$'\t' -k3 -nr "$out/results.tsv" | head -1 | tr '\t' ' ')"
  echo "API peak memory (VmHWM): $peak MB"
  echo "failures listed: $(jq -r '[.failures[] | "\(.path) \(.reason)"] | join(", ")' "$out/failures.json")"
  echo "same-name race: $winners of 20 accepted; wrong keys answered 429: $limited of 30"
} | tee "$out/summary.txt"
[ -z "$server_errors" ] || { echo "5xx answers:"; echo "$server_errors"; fail=1; }
[ -z "$slow" ] || { echo "requests over 5 s:"; echo "$slow"; fail=1; }
[ "$peak" -lt 1024 ] || { echo "peak memory over 1 GB"; fail=1; }
[ -z "$leaked" ] || { echo "bytes of /etc served in: $leaked"; fail=1; }
[ "$winners" -eq 1 ] || { echo "the same-name race did not have exactly one winner"; fail=1; }
[ "$fail" -eq 0 ] && echo "every check holds"
exit "$fail"
