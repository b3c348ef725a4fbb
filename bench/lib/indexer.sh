# The indexer as the benchmarks run it: published, so compiled ahead of time (ReadyToRun), which is how the README
# runs long ingests. Source this file, then call published_indexer.

# published_indexer CHECKOUT: publishes CHECKOUT's indexer (Release) into CHECKOUT/bench/out/indexer and prints the
# path of its Archive.Indexer.dll. An older checkout without ReadyToRun publishes its plain build.
published_indexer() {
  local out="$1/bench/out/indexer"
  dotnet publish "$1/src/Indexer" -c Release -o "$out" -v quiet -nologo >/dev/null
  echo "$out/Archive.Indexer.dll"
}
