#!/usr/bin/env bash
# Writes everything a `boilerplate batch` run produces, over the inputs of batch-throughput.sh, into one folder per
# tool, so that two builds can be compared byte for byte: `diff -r OUT-A OUT-B` (or `cmp` file by file).
# Each case keeps its output, its stderr with the timing figures taken out, its exit code and its --errors log.
#
# Usage: benchmarks/batch-outputs.sh TOOL OUT          (TOOL: a boilerplate executable; OUT: a new folder)
# Environment: BATCH_WORK  where batch-throughput.sh made its inputs (default /tmp/boilerplate-batch-throughput)
#              REPEAT      the inputs' copies of every dump (default 4)
set -euo pipefail
tool=$1
out=$2
inputs=${BATCH_WORK:-/tmp/boilerplate-batch-throughput}/inputs-${REPEAT:-4}
[ -f "$inputs/.complete" ] || { echo "no inputs at $inputs: run benchmarks/batch-throughput.sh first" >&2; exit 1; }
mkdir -p "$out"

# One JSON line per unusual case: invalid JSON, not an object, no page, a page that is not a string, trailing data,
# unpaired surrogate escapes (in the page and in a passed-through field), invalid UTF-8, escaped and repeated names,
# numbers as written, an id that is a number, a removed field in the input, a metadata field to replace.
odd=$out/odd.jsonl
{
  printf '%s\n' '{"id": "a", "text": "Fine text.\nSecond line of the page with words enough to keep."}' \
    '{"id": "b", "text": ' '[1, 2]' '{"id": "c"}' '{"id": "d", "text": 12}' '{"id": "e", "text": "x"} trailing' \
    '{"id": "f", "text": "lone \ud800 surrogate and enough words to make a line of prose here."}' \
    '{"id": "g", "note": "\udc00", "text": "A page with a broken note field but a fine body of words."}' \
    '{"i\u0064": "h", "te\u0078t": "Escaped names, and a body with several words in it."}' \
    '{"id": "i", "text": "first", "text": "The last of repeated names wins, as it always did."}' \
    '{"id": 17, "score": 1.50e+3, "text": "Numbers are written as they were read, exponent and all."}' \
    '{"id": "j", "removed": [1], "metadata": {"x": 1}, "title": "T", "html": "<html><body><p>A paragraph of a page given as HTML in the record.</p></body></html>"}' \
    '{"id": "k", "text": null, "html": null}' '' '   '
  printf '{"id": "l", "text": "invalid \xff\xfe bytes in a body of words"}\n'
} >"$odd"

run() {
  local name=$1; shift
  local code=0
  "$tool" batch "$@" --errors "$out/$name.errors" >"$out/$name.stdout" 2>"$out/$name.stderr" || code=$?
  echo "$code" >"$out/$name.code"
  # Timing figures differ from run to run, and the output folder's name between tools; nothing else may.
  sed -i -E -e 's/ in [0-9.]+ s \([0-9]+ (records|files)\/s, [0-9.]+ MB\/s\)//' -e "s#$out#OUT#g" "$out/$name.stderr" "$out/$name.errors" 2>/dev/null || true
}

for threads in 1 2; do
  for input in dumps.jsonl html.jsonl; do
    base=${input%.jsonl}-t$threads
    run "$base" --input "$inputs/$input" --output "$out/$base.jsonl" --threads "$threads"
    run "$base-markdown-explain" --input "$inputs/$input" --output "$out/$base-markdown-explain.jsonl" --threads "$threads" --format markdown --explain
    run "$base-html-notitle" --input "$inputs/$input" --output "$out/$base-html-notitle.jsonl" --threads "$threads" --format html --no-title
  done
  run "folder-t$threads" --input "$inputs/html" --output "$out/folder-t$threads.jsonl" --threads "$threads"
  run "warc-t$threads" --input "$inputs/pages.warc.gz" --output "$out/warc-t$threads.jsonl.gz" --threads "$threads"
  run "odd-t$threads" --input "$odd" --output "$out/odd-t$threads.jsonl" --threads "$threads" --allow-record-errors --explain
done
run warc-markdown-explain --input "$inputs/pages.warc.gz" --output "$out/warc-markdown-explain.jsonl" --format markdown --explain
run warc-folder --input "$inputs/pages.warc.gz" --output "$out/warc-folder" --format markdown
run dumps-sites --input "$inputs/dumps.jsonl" --output "$out/dumps-sites.jsonl" --sites
run html-sites --input "$inputs/html.jsonl" --output "$out/html-sites.jsonl" --sites --threads 2
run odd-strict --input "$odd" --output "$out/odd-strict.jsonl"
run stdin --input - --output - --threads 2 <"$odd"
# The gzip stream's bytes depend on the zlib build only; compare what it holds.
for file in "$out"/*.jsonl.gz; do
  gzip -dc "$file" >"${file%.gz}.unzipped" && rm "$file"
done
echo "outputs of $tool in $out: $(find "$out" -type f | wc -l) files"
