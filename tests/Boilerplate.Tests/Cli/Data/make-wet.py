"""Builds a WET file, in the exact format Common Crawl writes, from a WARC file's HTML responses.

No tool here writes WET, so this writes one: a WARC/1.0 warcinfo record, then a `conversion` record per HTML
response with WARC-Refers-To (the response's WARC-Record-ID), WARC-Block-Digest (base32 SHA-1, as Common Crawl
writes it), Content-Type: text/plain and the page's text; each record is its own gzip member.
Usage: make-wet.py IN.warc.gz OUT.warc.wet.gz EVAL_DIR DATASET/ID...
"""
import base64, gzip, hashlib, io, os, sys, uuid

warc_path, wet_path, eval_dir, *pages = sys.argv[1:]
dumps = {os.path.basename(p) + ".html": open(os.path.join(eval_dir, p.split("/")[0], "dump", p.split("/")[1] + ".txt"), "rb").read() for p in pages}


def records(path):
    data = gzip.open(path, "rb").read()
    stream = io.BytesIO(data)
    while True:
        line = stream.readline()
        if not line:
            return
        if not line.strip():
            continue
        headers = {}
        while True:
            field = stream.readline().rstrip(b"\r\n")
            if not field:
                break
            name, _, value = field.decode().partition(":")
            headers[name.strip()] = value.strip()
        yield headers, stream.read(int(headers["Content-Length"]))


def record(fields, block):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + f"Content-Length: {len(block)}\r\n\r\n"
    return gzip.compress(head.encode() + block + b"\r\n\r\n", mtime=0)


out = []
info = (b"Software-Info: ia-web-commons.1.1.10-SNAPSHOT-20240219055510\r\n"
        b"Extracted-Date: Thu, 29 Feb 2024 09:44:10 GMT\r\n"
        b"robots: checked via crawler-commons 1.5-SNAPSHOT (https://github.com/crawler-commons/crawler-commons)\r\n"
        b"isPartOf: CC-MAIN-2024-10\r\n"
        b"operator: Common Crawl Admin (info@commoncrawl.org)\r\n"
        b"description: Wide crawl of the web for February/March 2024\r\n"
        b"publisher: Common Crawl\r\n")
out.append(record([("WARC-Type", "warcinfo"), ("WARC-Date", "2024-02-29T09:44:10Z"),
                   ("WARC-Filename", os.path.basename(wet_path)),
                   ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, wet_path)}>"),
                   ("Content-Type", "application/warc-fields")], info))
for headers, block in records(warc_path):
    if headers.get("WARC-Type") != "response":
        continue
    status = block.split(b"\r\n", 1)[0]
    # wget writes the URI in angle brackets (the WARC 1.1 draft's syntax); Common Crawl writes it bare.
    uri = headers["WARC-Target-URI"].strip("<>")
    name = uri.rsplit("/", 1)[-1]
    if b" 200 " not in status or name not in dumps:
        continue
    text = dumps[name]
    digest = base64.b32encode(hashlib.sha1(text).digest()).decode()
    out.append(record([("WARC-Type", "conversion"), ("WARC-Target-URI", uri),
                       ("WARC-Date", headers["WARC-Date"]),
                       ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, headers['WARC-Record-ID'])}>"),
                       ("WARC-Refers-To", headers["WARC-Record-ID"]), ("WARC-Block-Digest", f"sha1:{digest}"),
                       ("WARC-Identified-Content-Language", "jpn" if name.startswith("hukumusume") else "eng"),
                       ("Content-Type", "text/plain")], text))
open(wet_path, "wb").write(b"".join(out))
