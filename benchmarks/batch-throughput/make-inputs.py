"""Writes the inputs batch-throughput.sh times, from an evaluation folder (../shared/eval layout):
dumps.jsonl (every text dump, REPEAT times over, in a 'text' field) and html.jsonl (every HTML page once, in an
'html' field, decoded as UTF-8 or else windows-1252), each record with 'id' and, where known, 'url'."""
import json
import os
import sys

eval_dir, out_dir, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
sets = sorted(d for d in os.listdir(eval_dir) if os.path.isdir(os.path.join(eval_dir, d, 'dump')))
urls = {}
for s in sets:
    listing = os.path.join(eval_dir, s, 'pages.jsonl')
    if os.path.exists(listing):
        with open(listing, encoding='utf-8') as f:
            for line in f:
                page = json.loads(line)
                urls[(s, page['id'])] = page.get('url')


def record(dataset, name, field, value):
    page_id = name.rsplit('.', 1)[0]
    out = {'id': dataset + '/' + page_id}
    if urls.get((dataset, page_id)):
        out['url'] = urls[(dataset, page_id)]
    out[field] = value
    return json.dumps(out, ensure_ascii=False) + '\n'


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def decode(raw):
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('cp1252', errors='replace')


with open(os.path.join(out_dir, 'dumps.jsonl'), 'w', encoding='utf-8') as out:
    for _ in range(repeat):
        for s in sets:
            folder = os.path.join(eval_dir, s, 'dump')
            for name in sorted(os.listdir(folder)):
                out.write(record(s, name, 'text', read(os.path.join(folder, name)).decode('utf-8', errors='replace')))

with open(os.path.join(out_dir, 'html.jsonl'), 'w', encoding='utf-8') as out:
    for s in sets:
        folder = os.path.join(eval_dir, s, 'html')
        for name in sorted(os.listdir(folder)):
            out.write(record(s, name, 'html', decode(read(os.path.join(folder, name)))))
