#!/usr/bin/python3
"""Cleans crawled pages on a Dask cluster, with `boilerplate batch` as the map step, partitioned by host.

    /usr/bin/python3 clean_by_host.py --boilerplate PATH --out DIR [--scheduler ADDRESS] [--partitions N] INPUT...

Each INPUT is JSON Lines (gzip-compressed when it ends in .gz): one object per line with a "url" and an "html" or
"text" field. The lines are dealt into N partitions by the url's host, so a host's pages stay together and in input
order; each partition is piped through

    boilerplate batch --input - --output - --threads 1 --allow-record-errors --errors ...

and written to DIR/part-NNNNN.jsonl (the articles, in input order) and DIR/part-NNNNN.errors.jsonl (the records that
failed: id, source, stage, error). Both are written under a hidden temporary name and renamed when complete, so a task
retried after a lost worker never leaves a half or a duplicate file. Without --scheduler, a LocalCluster is started.
Needs Debian's python3-dask and python3-distributed; PATH is the tool on every worker (`boilerplate` when installed
with `dotnet tool install -g Boilerplate.Cli`, or the `Boilerplate.Cli` binary of `dotnet publish src/Boilerplate.Cli`).
"""
import argparse
import glob
import gzip
import json
import operator
import os
import subprocess
import uuid
import zlib
from urllib.parse import urlsplit

from dask.distributed import Client, LocalCluster


def partition_of(line, partitions):
    """The partition of one JSON line: a hash of its url's host that every process agrees on (hash() does not)."""
    try:
        host = urlsplit(json.loads(line).get("url") or "").hostname or ""
    except (ValueError, TypeError, AttributeError):
        host = ""  # not an object with a url: still sent to the tool, which reports what is wrong with it
    return zlib.crc32(host.encode()) % partitions


def split_by_host(path, partitions):
    """Reads one input file and deals its lines into partitions by host, keeping their order."""
    parts = [[] for _ in range(partitions)]
    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as lines:
        for line in lines:
            if line.strip():
                parts[partition_of(line, partitions)].append(line if line.endswith(b"\n") else line + b"\n")
    return parts


def temporary_name(path):
    """A hidden name beside PATH, new for each attempt, so two attempts of a task never write the same file."""
    folder, name = os.path.split(path)
    return os.path.join(folder, f".{name}.{uuid.uuid4().hex}.tmp")


def clean_partition(index, out_dir, boilerplate, *pieces):
    """Pipes one partition (its piece of every input file, in input order) through the tool."""
    records = b"".join(line for piece in pieces for line in piece)
    out_path = os.path.join(out_dir, f"part-{index:05d}.jsonl")
    errors_path = os.path.join(out_dir, f"part-{index:05d}.errors.jsonl")
    out_tmp, errors_tmp = temporary_name(out_path), temporary_name(errors_path)
    with open(out_tmp, "wb") as out:
        run = subprocess.run(
            [boilerplate, "batch", "--input", "-", "--output", "-", "--threads", "1",
             "--allow-record-errors", "--quiet", "--errors", errors_tmp],
            input=records, stdout=out, stderr=subprocess.PIPE)
        out.flush()
        os.fsync(out.fileno())
    if run.returncode != 0:
        for leftover in (out_tmp, errors_tmp):
            if os.path.exists(leftover):
                os.remove(leftover)
        raise RuntimeError(f"partition {index}: boilerplate exited with {run.returncode}: {run.stderr.decode(errors='replace')}")
    # The errors file first: once the articles file exists, both are whole.
    os.replace(errors_tmp, errors_path)
    os.replace(out_tmp, out_path)
    with open(errors_path, "rb") as errors:
        failed = sum(1 for _ in errors)
    return {"partition": index, "records": records.count(b"\n"), "failed": failed}


def submit(client, inputs, out_dir, boilerplate, partitions):
    """Submits the job; returns one future per partition, each giving that partition's counts."""
    os.makedirs(out_dir, exist_ok=True)
    # pure=False: the tasks read and write files, so running the job again must run them again.
    split = [client.submit(split_by_host, path, partitions, pure=False) for path in inputs]
    return [client.submit(clean_partition, k, out_dir, boilerplate,
                          *[client.submit(operator.getitem, pieces, k) for pieces in split], pure=False)
            for k in range(partitions)]


def remove_leftovers(out_dir):
    """Deletes the temporary files of attempts that died (a killed worker); call it after the job."""
    for leftover in glob.glob(os.path.join(out_dir, ".part-*.tmp")):
        os.remove(leftover)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="JSON Lines files, .gz or not")
    parser.add_argument("--out", required=True, help="output folder")
    parser.add_argument("--boilerplate", default="boilerplate", help="the tool's path on the workers")
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--scheduler", help="address of a running scheduler (default: start a LocalCluster)")
    args = parser.parse_args()

    cluster = None if args.scheduler else LocalCluster(threads_per_worker=1)
    with Client(args.scheduler or cluster) as client:
        for counts in client.gather(submit(client, args.inputs, args.out, args.boilerplate, args.partitions)):
            print(f"part-{counts['partition']:05d}: {counts['records']} records, {counts['failed']} failed")
    remove_leftovers(args.out)
    if cluster is not None:
        cluster.close()


if __name__ == "__main__":
    main()
