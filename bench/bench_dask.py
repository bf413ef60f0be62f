"""Dask throughput on 1 and 2 local workers over the same reports (issue 11).

The reports are the event_location sentences (../shared/corpora/event_location), four at a
time in file order, written as one JSON Lines file. For each worker count, a local cluster
of single-threaded worker processes loads the pipeline first (timed apart: a long run pays
it once per worker), then codes the file with `eventdesk.dask_run.run` into a fresh folder.
Prints reports/s, the speed-up of 2 workers over 1 (wall clock, and by the CPU time each
worker spent, which a loaded machine does not distort), each worker's peak resident memory,
whether both runs wrote the same records, and the machine's load average before and after
(the machine is shared: a busy core lowers the speed-up).

    python bench/bench_dask.py [--reports 2000] [--sentences 4] [--partition-size 50]
                               [--corpus ../shared/corpora/event_location/sentences.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "event_location" / "sentences.jsonl"


def _write_reports(corpus: Path, path: Path, n_reports: int, per_report: int) -> int:
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    if len(rows) < n_reports * per_report:
        sys.exit(f"{corpus} has {len(rows)} sentences, fewer than "
                 f"{n_reports} x {per_report}")
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_reports):
            chunk = rows[i * per_report:(i + 1) * per_report]
            text = " ".join(r["text"] for r in chunk)
            out.write(json.dumps({"doc_id": f"r{i:05d}", "text": text}) + "\n")
    return n_reports


def _load_pipeline() -> float:
    from eventdesk.pipeline import Pipeline

    began = time.perf_counter()
    Pipeline.load()
    return time.perf_counter() - began


def _cpu_s() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure(workers: int, reports: Path, out_dir: Path, partition_size: int) -> dict:
    from distributed import Client, LocalCluster

    from eventdesk import dask_run

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        loads = client.run(_load_pipeline)
        cpu_before = client.run(_cpu_s)
        began = time.perf_counter()
        run = dask_run.run(client, [str(reports)], out_dir, partition_size=partition_size,
                        progress=False)
        elapsed = time.perf_counter() - began
        cpu = {w: c - cpu_before[w] for w, c in client.run(_cpu_s).items()}
        peaks = client.run(_peak_rss_mb)
    if run.errors:
        sys.exit(f"partitions failed: {run.errors}")
    documents = run.total("documents")
    return {"workers": workers, "reports": documents, "events": run.total("events"),
            "failures": run.total("failures"), "seconds": round(elapsed, 1),
            "reports_per_s": round(documents / elapsed, 2),
            "pipeline_load_s": round(max(loads.values()), 1),
            "cpu_s_per_worker": sorted(round(v, 1) for v in cpu.values()),
            "reports_per_cpu_s": round(documents / sum(cpu.values()), 2),
            "peak_rss_mb_per_worker": sorted(round(v) for v in peaks.values())}


def _records(out_dir: Path) -> list[str]:
    """Sorted records, but for `timestamp` (when each was coded)."""
    return sorted(re.sub(r', "timestamp": \d+', "", line)
                  for path in out_dir.glob("part-*.events.jsonl")
                  for line in path.read_text(encoding="utf-8").splitlines())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--sentences", type=int, default=4, help="sentences per report")
    parser.add_argument("--partition-size", type=int, default=50)
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="event_location sentences.jsonl (default: beside the checkout)")
    args = parser.parse_args()

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reports = folder / "reports.jsonl"
        _write_reports(args.corpus, reports, args.reports, args.sentences)
        runs = [_measure(n, reports, folder / f"out{n}", args.partition_size) for n in (1, 2)]
        same = _records(folder / "out1") == _records(folder / "out2")
    load_after = os.getloadavg()
    one, two = runs
    summary = {
        "cores": os.cpu_count(), "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after], "runs": runs,
        "speedup_2_workers": round(two["reports_per_s"] / one["reports_per_s"], 2),
        # What an unloaded machine would give: the 1-worker CPU time over the busiest of
        # the two workers' CPU time (their work split and per-report cost included).
        "cpu_speedup_2_workers": round(
            sum(one["cpu_s_per_worker"]) / max(two["cpu_s_per_worker"]), 2),
        "same_records": same,
    }
    for run in runs:
        print(f"{run['workers']} worker(s): {run['reports']} reports in {run['seconds']} s = "
              f"{run['reports_per_s']} reports/s; peak memory per worker "
              f"{run['peak_rss_mb_per_worker']} MB; CPU s per worker "
              f"{run['cpu_s_per_worker']} ({run['reports_per_cpu_s']} reports per CPU s); "
              f"pipeline load {run['pipeline_load_s']} s")
    print(f"speed-up on 2 workers: {summary['speedup_2_workers']}x wall clock, "
          f"{summary['cpu_speedup_2_workers']}x by CPU time (target >= 1.7); "
          f"same records: {same}; load average before {summary['load_average_before']}, "
          f"after {summary['load_average_after']} on {summary['cores']} cores")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
