"""Running a plan of partitions (scale.py) on a Dask cluster: the client (a scheduler's, or
a local cluster of single-threaded workers), the run with its progress bar, and what it
gave. Split from scale.py, which plans the partitions, codes one on a worker and reads
the results back.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from eventdesk import settings
from eventdesk.errors import ClusterError, UsageError
from eventdesk.io import InputProblem
from eventdesk.scale import (
    PARTITION_SIZE,
    RESULT_SUFFIXES,
    Partition,
    PartitionResult,
    code_partition,
    plan,
)


@dataclass(slots=True)
class DaskRun:
    """A distributed run: its partitions, what each gave, and those that could not be coded."""

    out_dir: Path
    partitions: list[Partition]
    results: list[PartitionResult] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)  # inputs not found
    errors: list[str] = field(default_factory=list)  # partitions that failed as a whole

    def total(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.results)


def connect(scheduler: str | None, workers: int | None):
    """A Dask client: on the scheduler at `scheduler`, else on a local cluster of `workers`
    single-threaded worker processes (default: one per core), each with an equal share of
    the machine's memory."""
    from distributed import Client, LocalCluster

    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    try:
        if scheduler:
            try:
                return Client(scheduler, timeout="20s")
            except ValueError as exc:
                raise _address_error(scheduler, exc) from None
        # The workers' own logs kept to what ends them: a partition that fails is said once,
        # by its name, not also as a Dask "Compute Failed" traceback (EVENTDESK_DEBUG=1 shows them)
        quiet = logging.DEBUG if settings.get("debug") else logging.CRITICAL
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address="127.0.0.1:0",
                               silence_logs=quiet)
        return Client(cluster)
    except (OSError, TimeoutError) as exc:
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise ClusterError(f"cannot reach {where}: {exc}") from exc


def check_address(scheduler: str) -> None:
    """A UsageError for a scheduler address Dask cannot read (no port, an unknown scheme, a
    port that is no number), found before anything is started or made."""
    from distributed.comm.addressing import get_address_host_port

    try:
        get_address_host_port(scheduler)
    except ValueError as exc:
        if "don't know how to extract host and port" not in str(exc):  # inproc://, ucx://
            raise _address_error(scheduler, exc) from None


def _address_error(scheduler: str, exc: Exception) -> UsageError:
    return UsageError(f"--scheduler {scheduler!r} is not a Dask scheduler address such as "
                      f"tcp://10.0.0.5:8786 ({exc})")


def close(client) -> None:
    """Close the client and, when it started one, its local cluster."""
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()


def dashboard_link(client) -> str:
    """Where to watch the run (the dashboard needs bokeh on the scheduler's side)."""
    return client.dashboard_link


def run(client, paths: list[str], out_dir: Path, *, published: dt.date | None = None,
        partition_size: int = PARTITION_SIZE, placed_only: bool = False,
        progress: bool = True) -> DaskRun:
    """Code the inputs on the cluster into `out_dir`, one pair of files per partition, with
    a progress bar on the client; partition files of earlier plans are removed."""
    import dask.bag as bag
    from distributed import as_completed
    from tqdm import tqdm

    from eventdesk.pipeline import extractor_version

    version = extractor_version()
    partitions, problems = plan(paths, partition_size=partition_size, published=published,
                                version=version, placed_only=placed_only)
    out_dir.mkdir(parents=True, exist_ok=True)
    outcome = DaskRun(out_dir, partitions, problems=problems)
    if not partitions:
        return outcome
    work = bag.from_sequence(partitions, partition_size=1).map(
        code_partition, out_dir=str(out_dir.resolve()), version=version, published=published,
        placed_only=placed_only)
    futures = client.compute(work.to_delayed())
    names = {future.key: p.name for future, p in zip(futures, partitions, strict=True)}
    with tqdm(total=len(partitions), unit="part", desc="code", disable=None if progress else True,
              dynamic_ncols=True, file=sys.stderr) as bar:
        for future in as_completed(futures):
            try:
                outcome.results.extend(future.result())
            except Exception as exc:  # one partition lost: the others go on, a re-run retries
                outcome.errors.append(f"{names[future.key]}: {type(exc).__name__}: {exc}")
            bar.update(1)
            bar.set_postfix(docs=outcome.total("documents"), events=outcome.total("events"),
                            failed=outcome.total("failures"), refresh=False)
    _remove_stale(out_dir, {p.name for p in partitions})
    outcome.results.sort(key=lambda r: r.name)
    return outcome


def _remove_stale(out_dir: Path, current: set[str]) -> None:
    for path in out_dir.glob("part-*.jsonl"):
        name = path.name
        for suffix in RESULT_SUFFIXES:
            if name.endswith(suffix) and name.removesuffix(suffix) not in current:
                path.unlink(missing_ok=True)
