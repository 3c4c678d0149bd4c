#!/usr/bin/env bash
# Whole-process throughput of `boilerplate batch`, built as shipped (dotnet pack, then dotnet tool install), on
# inputs made from the evaluation pages, next to the in-process rate of the same pages measured in the same run.
#
# Usage: benchmarks/batch-throughput.sh [ROUNDS]      (default 3 rounds, 1 and 2 threads alternating)
# Environment: BOILERPLATE_EVAL  the evaluation folder (default ../shared/eval beside the repository)
#              BATCH_WORK        where the tool and the inputs go (default /tmp/boilerplate-batch-throughput;
#                                inputs are made once and reused)
#              REPEAT            copies of every text dump in dumps.jsonl (default 4, about 100 MB)
#              BASELINE_TOOL     another build of boilerplate (say, an earlier commit's) timed on the same inputs in the
#                                same rounds, for before/after figures from one run
# Needs python3 (to write JSON Lines), wget (to write a real WARC from a local server) and GNU time (/usr/bin/time).
# MB/s is megabytes of page content (the text or HTML, UTF-8) per second of wall time, start-up included.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
eval_dir=${BOILERPLATE_EVAL:-$root/../shared/eval}
work=${BATCH_WORK:-/tmp/boilerplate-batch-throughput}
rounds=${1:-3}
repeat=${REPEAT:-4}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ -d "$eval_dir" ] || { echo "no evaluation data at $eval_dir (set BOILERPLATE_EVAL)" >&2; exit 1; }
mkdir -p "$work"

echo "== building the tool as shipped" >&2
version=0.0.0-throughput.$(date +%s)
rm -rf "$work/pkg" "$work/tool"
dotnet pack "$root/src/Boilerplate.Cli" -c Release -o "$work/pkg" -p:PackageVersion="$version" >&2
dotnet tool install --tool-path "$work/tool" --add-source "$work/pkg" Boilerplate.Cli --version "$version" >&2
tool=$work/tool/boilerplate
dotnet build -c Release "$here/batch-throughput/in-process-rate.cs" >&2

inputs=$work/inputs-$repeat
if [ ! -f "$inputs/.complete" ]; then
  echo "== making the inputs in $inputs" >&2
  rm -rf "$inputs"; mkdir -p "$inputs/html"
  python3 "$here/batch-throughput/make-inputs.py" "$eval_dir" "$inputs" "$repeat"
  for set in "$eval_dir"/*/; do
    [ -d "$set/html" ] && cp -r "$set/html" "$inputs/html/$(basename "$set")"
  done
  # A real WARC: wget fetching every page from a local server.
  port=$((20000 + RANDOM % 20000))
  (cd "$inputs/html" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
  server=$!
  sleep 1
  (cd "$inputs/html" && find . -name '*.html' | sort | sed "s#^\./#http://127.0.0.1:$port/#") > "$inputs/urls.txt"
  (cd "$inputs" && wget -q --warc-file=pages --no-warc-keep-log -i urls.txt -O /dev/null) || true
  kill "$server"
  touch "$inputs/.complete"
fi

in_process() { dotnet run --no-build -c Release "$here/batch-throughput/in-process-rate.cs" -- "$1"; }
# Wall seconds and CPU seconds (user + system) of one whole run.
seconds() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$work/time" "$3" batch --quiet --input "$1" --output "$work/out.jsonl" --threads "$2" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc -l) $(awk '{ print $1 + $2 }' "$work/time")"
}
rate() { echo "scale=1; $1 / 1000000 / $2" | bc -l; }
ratio() { echo "scale=2; $1 / $2" | bc -l; }

echo "commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (modified)'), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
# in-process: MB/s of Cleaner.DefaultPipeline on one thread, first pass and steady (median of passes 3-6), by wall
# time and per CPU-second of the process (the latter says less about the other processes on a shared machine).
# cpu t1/t2: MB per CPU-second of the whole batch process (all its threads), the figure least moved by other processes.
printf '%-14s %5s %-8s %7s %8s %8s %6s %7s %7s %9s %9s %9s %9s %7s %6s\n' input round tool MB 'MB/s t1' 'MB/s t2' t2/t1 \
  'cpu t1' 'cpu t2' 'in 1st' 'in std' 'in cpu1st' 'in cpustd' t1/std load
tools=(shipped "$tool")
[ -n "${BASELINE_TOOL:-}" ] && tools=(baseline "$BASELINE_TOOL" shipped "$tool")
for round in $(seq 1 "$rounds"); do
  for input in dumps.jsonl html.jsonl html pages.warc.gz; do
    # The in-process rate of the same pages: the WARC's bodies are the folder's files, measured just before.
    if [ "$input" != pages.warc.gz ]; then
      read -r _ bytes first steady cpu_first cpu_steady < <(in_process "$inputs/$input")
    fi
    for ((i = 0; i < ${#tools[@]}; i += 2)); do
      read -r t1 c1 < <(seconds "$inputs/$input" 1 "${tools[i+1]}")
      read -r t2 c2 < <(seconds "$inputs/$input" 2 "${tools[i+1]}")
      r1=$(rate "$bytes" "$t1"); r2=$(rate "$bytes" "$t2")
      printf '%-14s %5s %-8s %7.1f %8s %8s %6s %7s %7s %9s %9s %9s %9s %7s %6s\n' "$input" "$round" "${tools[i]}" "$(echo "$bytes / 1000000" | bc -l)" \
        "$r1" "$r2" "$(ratio "$r2" "$r1")" "$(rate "$bytes" "$c1")" "$(rate "$bytes" "$c2")" "$first" "$steady" "$cpu_first" "$cpu_steady" \
        "$(ratio "$r1" "$steady")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done

for ((i = 0; i < ${#tools[@]}; i += 2)); do
  times=()
  for _ in $(seq 1 10); do
    start=$(date +%s.%N)
    "${tools[i+1]}" clean "$root/samples/news-article.dump.txt" >/dev/null
    end=$(date +%s.%N)
    times+=("$(echo "scale=3; ($end - $start) / 1" | bc -l)")
  done
  echo "start-up, ${tools[i]}: boilerplate clean samples/news-article.dump.txt, 10 runs, sorted (s): $(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')(load $(cut -d' ' -f1 /proc/loadavg))"
done
