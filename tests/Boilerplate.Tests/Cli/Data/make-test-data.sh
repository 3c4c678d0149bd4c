#!/usr/bin/env bash
# Makes the WARC and WET test files from four pages of ../shared/eval:
#   pages.warc.gz  written by real `wget --warc-file` fetching the pages (plus a 404 and a plain-text file) from
#                  `python3 -m http.server` on 127.0.0.1;
#   pages.warc.wet.gz  a WET file of the same pages in the exact format Common Crawl writes (a WARC/1.0 warcinfo
#                  record, then one `conversion` record per HTML response, each record its own gzip member, with
#                  WARC-Refers-To, WARC-Block-Digest and Content-Type: text/plain). No tool here writes WET, so
#                  make-wet.py below builds it from pages.warc.gz; the text of each record is the page's dump from
#                  ../shared/eval (html_text's visible text, as Common Crawl's WET text is).
# Usage: tests/Boilerplate.Tests/Cli/Data/make-test-data.sh [EVAL_DIR]   (needs wget and python3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
eval_dir="$(cd "${1:-$here/../../../../../shared/eval}" && pwd)"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/site"
pages=(readability/001 cleaneval/108 readability/hukumusume scrapinghub/3252222e61fe78982cffe0b0bad2b089c27b32f65852d1c5d3951517f3c2e295)
for page in "${pages[@]}"; do
  cp "$eval_dir/${page%%/*}/html/${page#*/}.html" "$work/site/$(basename "$page").html"
done
printf 'User-agent: *\nDisallow:\n' > "$work/site/robots.txt"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break; python3 -c 'import time; time.sleep(0.1)'; done

{
  for page in "${pages[@]}"; do echo "http://127.0.0.1:$port/$(basename "$page").html"; done
  echo "http://127.0.0.1:$port/missing.html"
  echo "http://127.0.0.1:$port/robots.txt"
} > "$work/urls.txt"

# wget exits 8 for the 404, on purpose.
(cd "$work" && wget --no-config --no-verbose --tries=3 -e robots=off --warc-file=pages --warc-header="operator: Boilerplate tests" \
  -i urls.txt -O /dev/null) || true
responses=$(zcat "$work/pages.warc.gz" | grep -a -c '^WARC-Type: response' || true)
if [ "$responses" != 6 ]; then echo "expected 6 response records, wget wrote $responses; run again" >&2; exit 1; fi
cp "$work/pages.warc.gz" "$here/pages.warc.gz"

python3 "$here/make-wet.py" "$here/pages.warc.gz" "$here/pages.warc.wet.gz" "$eval_dir" "${pages[@]}"
ls -l "$here"/pages.warc.gz "$here"/pages.warc.wet.gz
