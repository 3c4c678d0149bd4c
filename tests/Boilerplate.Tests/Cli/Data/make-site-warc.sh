#!/usr/bin/env bash
# Makes site.warc.gz, the WARC of one small site for the site-template tests: five hand-made news pages (their own
# article between the same masthead pitch and the same support footer) fetched by real `wget --warc-file` from
# `python3 -m http.server` on 127.0.0.1, so every record's WARC-Target-URI has the host 127.0.0.1.
# Usage: tests/Boilerplate.Tests/Cli/Data/make-site-warc.sh   (needs wget, curl and python3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/site"
python3 - "$work/site" <<'PY'
import sys
topics = ["ferry timetable", "school library", "fishing quota", "harbour wall", "winter market"]
pitch = "Harbour Gazette has covered the towns of the northern coast since 1998 and is read by thousands of families every week."
footer = "You can support our independent local reporting by becoming a member of the Harbour Gazette today."
for n, topic in enumerate(topics):
    with open(f"{sys.argv[1]}/story-{n}.html", "w", encoding="utf-8") as f:
        f.write(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Changes to the {topic} announced | Harbour Gazette</title></head><body>
<div class="masthead"><p>{pitch}</p></div>
<div class="story"><h1>Changes to the {topic} announced</h1>
<p>The council said on Monday that the {topic} would change next spring after a long consultation with the residents of the town.</p>
<p>Residents told the meeting that they had waited for news about the {topic} for years and welcomed the plan at last.</p>
<p>A spokesperson added that a public exhibition about the {topic} will open in the town hall next month for all to see.</p>
</div>
<div class="support"><p>{footer}</p></div>
</body></html>
""")
PY

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break; python3 -c 'import time; time.sleep(0.1)'; done

for n in 0 1 2 3 4; do echo "http://127.0.0.1:$port/story-$n.html"; done > "$work/urls.txt"
(cd "$work" && wget --no-config --no-verbose --tries=3 -e robots=off --warc-file=site --warc-header="operator: Boilerplate tests" \
  -i urls.txt -O /dev/null)
responses=$(zcat "$work/site.warc.gz" | grep -a -c '^WARC-Type: response' || true)
if [ "$responses" != 5 ]; then echo "expected 5 response records, wget wrote $responses; run again" >&2; exit 1; fi
cp "$work/site.warc.gz" "$here/site.warc.gz"
ls -l "$here/site.warc.gz"
