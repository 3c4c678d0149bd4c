#!/usr/bin/env bash
# Fuzzes the text and HTML paths of the library with AFL++ driving SharpFuzz-instrumented assemblies.
#
#   fuzz/run.sh build                 publish fuzz/Boilerplate.Fuzz, instrument Boilerplate.dll and HtmlAgilityPack.dll,
#                                     generate the seed corpora from ../shared/eval
#   fuzz/run.sh text|html [SECONDS]   build, then fuzz one target (default 1800 s), resuming earlier findings;
#                                     runs under nice -n 19 so builds and tests on the machine keep their CPU
#   fuzz/run.sh stats                 executions, hours, paths, crashes and hangs of each target so far
#   fuzz/run.sh replay text|html      re-run every crash and hang found, with the .NET exception of each
#
# Findings go to fuzz/out/findings/<target>/default/{crashes,hangs,queue}. Every crash input belongs, once fixed,
# in tests/Boilerplate.Tests/Reliability/FuzzCrashes/<target>/ where the regression tests replay it.
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
out=${FUZZ_OUT:-$here/out}
eval_data=${EVAL_DATA:-$here/../../shared/eval}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

tools() {
  if ! command -v afl-fuzz >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >/dev/null
    else
      echo "afl-fuzz not found: install AFL++ (Debian: apt-get install afl++)" >&2
      exit 1
    fi
  fi

  if [ ! -x "$here/.tools/sharpfuzz" ]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools" >/dev/null
  fi
}

# First 4 KB of 50 pages of each data set (150 seeds per target), plus a few hostile shapes AFL would take long to find.
seeds() {
  local dataset name kind folder target page pages f
  rm -rf "$out/seeds/$1"
  mkdir -p "$out/seeds/$1"
  if [ -d "$eval_data" ]; then
    for dataset in "$eval_data"/*/; do
      name=$(basename "$dataset")
      for kind in dump:text html:html; do
        folder=${kind%%:*} target=${kind##*:}
        [ "$target" = "$1" ] && [ -d "$dataset/$folder" ] || continue
        mapfile -t pages < <(find "$dataset/$folder" -type f | sort)
        for page in "${pages[@]:0:50}"; do
          head -c 4096 "$page" > "$out/seeds/$target/$name-$(basename "$page")"
        done
      done
    done
  else
    echo "note: no evaluation data at $eval_data; seeding from samples/ only" >&2
    for f in ../samples/*; do head -c 4096 "$f" > "$out/seeds/$1/$(basename "$f")"; done
  fi

  if [ "$1" = html ]; then
    printf '<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><p>deep</p>' > "$out/seeds/html/nested.html"
    printf '<b><i><u><b><i><u><b><i><u><b><i><u><b><i><u><b><i><u><b><i><u> unclosed' > "$out/seeds/html/unclosed.html"
    printf '<p>&amp;&lt;&#x1F600;&#0;&#xD800;&#99999999;&notanentity;&amp&lt</p><!-- open comment' > "$out/seeds/html/entities.html"
    printf '\xef\xbb\xbf<meta charset="utf-16"><p>bom\x00nul\xff\xfe</p>' > "$out/seeds/html/bom.html"
  else
    printf 'Home\nNews\nAbout\nContact\nName *\nEmail *\nComment\nPost Comment\n' > "$out/seeds/text/nav.txt"
    printf '\xef\xbb\xbfTitle | Site\nA line\xe2\x80\xae with an override\xe2\x80\x8b and zero width.\n\x00\xff\xfe\n' > "$out/seeds/text/bidi.txt"
    printf '\x00\x00\xd8\x41\x00\x0a\x00\x00\xdc' > "$out/seeds/text/utf16-lone-surrogates.txt"
  fi
}

# Each target gets its own build, so that building one never swaps the assemblies under the other's running fuzzer.
build() {
  local bin=$out/bin/$1
  tools
  rm -rf "$bin"
  dotnet publish "$here/Boilerplate.Fuzz/Boilerplate.Fuzz.csproj" -c Release -o "$bin" >/dev/null
  for dll in Boilerplate.dll HtmlAgilityPack.dll; do
    "$here/.tools/sharpfuzz" "$bin/$dll" >/dev/null
  done
  seeds "$1"
  echo "built and instrumented into $bin; $(ls "$out/seeds/$1" | wc -l) seeds in $out/seeds/$1"
}

fuzz() {
  local target=$1 seconds=${2:-1800}
  build "$target"
  mkdir -p "$out/findings"
  # AFL_SKIP_BIN_CHECK: the binary is dotnet, not an AFL-compiled program; SharpFuzz provides the instrumentation.
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_AUTORESUME=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
    nice -n 19 afl-fuzz -i "$out/seeds/$target" -o "$out/findings/$target" -t 10000 -m none -V "$seconds" \
    -- dotnet "$out/bin/$target/Boilerplate.Fuzz.dll" "$target"
}

stats() {
  for stats in "$out"/findings/*/default/fuzzer_stats; do
    [ -f "$stats" ] || continue
    target=$(basename "$(dirname "$(dirname "$stats")")")
    awk -v t="$target" -F' *: *' '
      { v[$1] = $2 }
      END { printf "%-5s %10d execs  %6.2f h  %6d paths  %3d crashes  %3d hangs\n", t, v["execs_done"], v["run_time"] / 3600, v["corpus_count"], v["saved_crashes"], v["saved_hangs"] }' "$stats"
  done
}

replay() {
  local target=$1
  shopt -s nullglob
  files=("$out/findings/$target"/default/crashes/id:* "$out/findings/$target"/default/hangs/id:*)
  if [ ${#files[@]} -eq 0 ]; then
    echo "no crashes or hangs for $target"
    return 0
  fi
  dotnet run -c Release --project "$here/Boilerplate.Fuzz" -- "$target" "${files[@]}"
}

case "${1:-}" in
  build) build text && build html ;;
  text | html) fuzz "$1" "${2:-1800}" ;;
  stats) stats ;;
  replay) replay "${2:?text or html}" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
