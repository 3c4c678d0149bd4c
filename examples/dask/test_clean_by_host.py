#!/usr/bin/python3
"""Runs clean_by_host.py on a real Dask LocalCluster (two worker processes on 127.0.0.1) and checks, on a few
thousand records made from ../shared/eval (dumps and HTML, with their urls):

  1. the cluster's output is a single local `boilerplate batch` run's, record for record, in the example's order
     (partition after partition, each in input order): every record once, none reordered, each host in one partition;
  2. partitions holding corrupt records still yield every other record, and each failure is reported;
  3. a worker killed by its process id while the tool runs a partition costs a retry, and no record is lost or
     duplicated.

Exits 0 without checking anything only when ../shared/eval is not beside the repository (CI always has it).
Needs Debian's python3-dask and python3-distributed: run it with /usr/bin/python3. .ci/run runs it.
"""
import gzip
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import psutil
from dask.distributed import Client, LocalCluster, wait

from clean_by_host import partition_of, remove_leftovers, submit

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval"
DATA_SETS = ["cleaneval", "cleanportaleval", "readability", "scrapinghub"]
PARTITIONS = 8
failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message, flush=True)
    if not condition:
        failures.append(message)


def publish_tool(folder):
    """Builds the CLI once; every partition runs the published binary."""
    subprocess.run(["dotnet", "publish", str(ROOT / "src" / "Boilerplate.Cli"), "-c", "Release", "-o", str(folder),
                    "--nologo", "-v", "quiet"], check=True, stdout=subprocess.DEVNULL)
    return str(folder / "Boilerplate.Cli")


def eval_records():
    """One record per page and form of the data sets: {"id", "url", "text" or "html"}, as JSON lines."""
    lines = []
    for data_set in DATA_SETS:
        for page in map(json.loads, (EVAL / data_set / "pages.jsonl").read_text(encoding="utf-8").splitlines()):
            for form, field, extension in (("dump", "text", ".txt"), ("html", "html", ".html")):
                path = EVAL / data_set / form / (page["id"] + extension)
                if path.exists():
                    record = {"id": f"{data_set}/{form}/{page['id']}", "url": page["url"],
                              field: path.read_text(encoding="utf-8", errors="replace")}
                    lines.append(json.dumps(record, ensure_ascii=False).encode() + b"\n")
    return lines


def write_inputs(folder, lines):
    """Half the lines gzip-compressed, half not: the example reads both."""
    folder.mkdir()
    half = len(lines) // 2
    with gzip.open(folder / "pages-1.jsonl.gz", "wb") as first:
        first.writelines(lines[:half])
    (folder / "pages-2.jsonl").write_bytes(b"".join(lines[half:]))
    return [str(folder / "pages-1.jsonl.gz"), str(folder / "pages-2.jsonl")]


def record_id(line):
    return json.loads(line)["id"]


def host(line):
    return urlsplit(json.loads(line)["url"]).hostname or ""


def read_job_output(out_dir):
    """The part files' lines in partition order, the failed records per partition, and any unexpected file."""
    parts = [f"part-{k:05d}.jsonl" for k in range(PARTITIONS)]
    errors = [f"part-{k:05d}.errors.jsonl" for k in range(PARTITIONS)]
    unexpected = sorted(set(os.listdir(out_dir)) - set(parts) - set(errors))
    missing = [name for name in parts + errors if not (out_dir / name).exists()]
    lines, partition = [], {}
    for k, name in enumerate(parts):
        if (out_dir / name).exists():
            for line in (out_dir / name).read_bytes().splitlines(keepends=True):
                lines.append(line)
                partition.setdefault(host(line), set()).add(k)
    failed = [[json.loads(line) for line in (out_dir / name).read_bytes().splitlines()] if (out_dir / name).exists() else []
              for name in errors]
    return lines, failed, partition, unexpected + [f"{name} (missing)" for name in missing]


def check_against_reference(label, out_dir, reference, expected_ids):
    lines, failed, partition, unexpected = read_job_output(out_dir)
    ids = [record_id(line) for line in lines]
    check(not unexpected, f"{label}: the output folder holds exactly the part files" + (f" (also: {unexpected})" if unexpected else ""))
    lost, duplicated = set(expected_ids) - set(ids), len(ids) - len(set(ids))
    check(not lost and not duplicated, f"{label}: every record once ({len(ids)} out of {len(expected_ids)}; "
                                       f"{len(lost)} lost, {duplicated} duplicated)")
    order = next((f" (record {i} is {a}, not {b})" for i, (a, b) in enumerate(zip(ids, expected_ids)) if a != b), "")
    check(not order and len(ids) == len(expected_ids), f"{label}: records in the example's order{order}")
    split_hosts = [h for h, ks in partition.items() if len(ks) > 1]
    check(not split_hosts, f"{label}: each host in one partition" + (f" (split: {split_hosts[:3]})" if split_hosts else ""))
    differing = next((record_id(a) for a, b in zip(lines, reference) if a != b), None)
    check(len(lines) == len(reference) and differing is None,
          f"{label}: record for record the local batch run's output" + (f" (first difference: {differing})" if differing else ""))
    return failed


def kill_a_worker_running_the_tool(client, futures):
    """Waits until a worker's Boilerplate.Cli child is running, then kills that worker by its process id."""
    pids = client.run(os.getpid)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not all(f.done() for f in futures):
        for address, pid in pids.items():
            try:
                tools = [c for c in psutil.Process(pid).children() if c.name() == "Boilerplate.Cli"]
            except psutil.NoSuchProcess:
                continue
            if tools:
                running = [k for k, f in enumerate(futures) if f.key in client.processing()[address]]
                os.kill(pid, signal.SIGKILL)
                print(f"      killed worker {address} (pid {pid}) while its tool (pid {tools[0].pid}) ran; "
                      f"partitions it held: {running}", flush=True)
                return tools[0], running
        time.sleep(0.02)
    return None, []


def suspicious_counts(dask_scheduler, keys):
    """How many times each task was running on a worker that died (the scheduler then runs it again)."""
    return {key: dask_scheduler.tasks[key].suspicious for key in keys if key in dask_scheduler.tasks}


def main():
    if not EVAL.is_dir():
        print(f"SKIP: {EVAL} is not beside the repository; this test builds its records from it (CI has it). Nothing was checked.")
        return 0

    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="dask-test-"))
    try:
        tool = publish_tool(work / "tool")
        print(f"      published the tool in {time.monotonic() - started:.0f} s", flush=True)
        lines = eval_records()
        inputs = write_inputs(work / "in", lines)
        # The example's order: partition after partition, each partition's records in input order.
        ordered = sorted(range(len(lines)), key=lambda i: (partition_of(lines[i], PARTITIONS), i))
        expected_ids = [record_id(lines[i]) for i in ordered]
        (work / "reference-in.jsonl").write_bytes(b"".join(lines[i] for i in ordered))
        t = time.monotonic()
        subprocess.run([tool, "batch", "--input", str(work / "reference-in.jsonl"), "--output", str(work / "reference.jsonl"),
                        "--quiet"], check=True)
        reference = (work / "reference.jsonl").read_bytes().splitlines(keepends=True)
        print(f"      {len(lines)} records ({sum(map(len, lines)) / 1e6:.0f} MB) from {', '.join(DATA_SETS)}; "
              f"local batch run: {time.monotonic() - t:.0f} s", flush=True)
        check(len(reference) == len(lines), f"the local batch run cleaned every record ({len(reference)} of {len(lines)})")

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                          silence_logs=logging.CRITICAL) as cluster, \
                Client(cluster) as client:
            t = time.monotonic()
            futures = submit(client, inputs, str(work / "out-1"), tool, PARTITIONS)
            client.gather(futures)
            print(f"      1. cluster run: {time.monotonic() - t:.0f} s", flush=True)
            failed = check_against_reference("1. cluster", work / "out-1", reference, expected_ids)
            check(not any(failed), "1. cluster: no record reported as failed")

            # 2. A line cut off inside its JSON (no url to read: it goes to the partition of host "") and a record
            # whose html is a number, with the url of a page in another partition, each in the middle of a file.
            cut = lines[10][:200].rstrip(b"\n") + b"\n"
            neighbour = next(json.loads(line) for line in lines[len(lines) * 3 // 4:]
                             if partition_of(line, PARTITIONS) != partition_of(cut, PARTITIONS))
            wrong_type = json.dumps({"id": "corrupt/html-is-a-number", "url": neighbour["url"], "html": 42}).encode() + b"\n"
            half = len(lines) // 2
            corrupt = lines[:half // 2] + [cut] + lines[half // 2:half] + lines[half:half * 3 // 2] + [wrong_type] + lines[half * 3 // 2:]
            t = time.monotonic()
            futures = submit(client, write_inputs(work / "in-2", corrupt), str(work / "out-2"), tool, PARTITIONS)
            counts = client.gather(futures)
            print(f"      2. cluster run with corrupt records: {time.monotonic() - t:.0f} s", flush=True)
            failed = check_against_reference("2. corrupt records", work / "out-2", reference, expected_ids)
            cut_part, wrong_part = partition_of(cut, PARTITIONS), partition_of(wrong_type, PARTITIONS)
            reported = sorted(((k, f["id"], f["stage"]) for k, fails in enumerate(failed) for f in fails), key=str)
            expected_reports = sorted([(cut_part, None, "parse"), (wrong_part, "corrupt/html-is-a-number", "parse")], key=str)
            check(reported == expected_reports, f"2. corrupt records: both failures reported, in their partitions' errors files {reported}")
            check(sum(c["failed"] for c in counts) == 2, "2. corrupt records: the tasks count two failed records")
            others = [sum(1 for i in ordered if partition_of(lines[i], PARTITIONS) == k) for k in (cut_part, wrong_part)]
            check(min(others) > 0, f"2. corrupt records: their partitions hold other records ({others[0]} and {others[1]}), all written")

            t = time.monotonic()
            futures = submit(client, inputs, str(work / "out-3"), tool, PARTITIONS)
            orphan, running = kill_a_worker_running_the_tool(client, futures)
            check(orphan is not None, "3. killed worker: a worker was killed while the tool ran a partition")
            wait(futures)
            lost_with_worker = client.run_on_scheduler(suspicious_counts, keys=[f.key for f in futures])
            retried = [k for k, f in enumerate(futures) if lost_with_worker.get(f.key, 0) >= 1]
            check(all(f.status == "finished" for f in futures), "3. killed worker: every partition finished")
            check(bool(running) and set(running) <= set(retried),
                  f"3. killed worker: the partitions it held were run again (lost with a worker and rerun: {retried})")
            client.gather(futures)
            print(f"      3. cluster run with a worker killed: {time.monotonic() - t:.0f} s", flush=True)
            if orphan is not None:
                psutil.wait_procs([orphan], timeout=60)  # the killed worker's tool ends when its input ends
            leftovers = read_job_output(work / "out-3")[3]
            check(bool(leftovers) and all(name.startswith(".part-") and name.endswith(".tmp") for name in leftovers),
                  f"3. killed worker: the killed attempt left only hidden temporary files ({len(leftovers)}), removed after the job")
            remove_leftovers(str(work / "out-3"))
            check_against_reference("3. killed worker", work / "out-3", reference, expected_ids)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"{'FAILED' if failures else 'passed'}: {len(failures)} of the checks failed; {time.monotonic() - started:.0f} s in all")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
