#!/usr/bin/env python3
"""Writes JSON Lines records of many sites for measuring `boilerplate batch --sites` (memory, speed, thread-independence).

Each of HOSTS sites gets PAGES records in a row ({"id", "url", "text", "lang"}): a title line, the site's own pitch, a
text dump of ../shared/eval (cut to 6,000 characters) and the site's own footer. URLs alternate with and without
"www." and sometimes upper-case the host, so grouping must fold both.

usage: tools/make-site-records.py OUT.jsonl [HOSTS=1000] [PAGES=100] [EVAL_DIR=../shared/eval]
"""
import json
import os
import sys

out = sys.argv[1]
hosts = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
pages = int(sys.argv[3]) if len(sys.argv) > 3 else 100
eval_dir = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval")

dumps = []
for name in ["cleaneval", "scrapinghub", "readability", "modern"]:
    folder = os.path.join(eval_dir, name, "dump")
    for file in sorted(os.listdir(folder))[:300]:
        with open(os.path.join(folder, file), encoding="utf-8") as f:
            dumps.append(f.read()[:6000])

with open(out, "w", encoding="utf-8") as f:
    for h in range(hosts):
        host = f"site{h:04d}.example.org"
        pitch = f"Welcome to {host}, the independent voice of the valley since {1950 + h % 70}, read by our members every week."
        footer = f"Support {host} by becoming a member today and get every story first."
        for p in range(pages):
            body = dumps[(h * pages + p) % len(dumps)]
            text = f"Story {p} | {host}\n{pitch}\n{body}\n{footer}\n"
            url = f"https://{'www.' if p % 2 else ''}{host.upper() if p % 7 == 0 else host}/story/{p}"
            f.write(json.dumps({"id": f"{h}-{p}", "url": url, "text": text, "lang": "en"}) + "\n")
