"""Coding collections past one machine on Dask: the inputs become a bag of partitions, each
worker codes its partitions with a pipeline it loads once, and each partition's results are
written to an output folder as two JSON Lines files, which one writer then loads into the
store.

A partition's files are written under temporary names and renamed when complete, and its
name carries a hash of what it was coded from (files, sizes, times, line range, extractor
version, options): a crashed or repeated run keeps the finished partitions and codes only
the rest, and loading them into the store again changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventdesk.errors import ClusterError, UsageError
from eventdesk.io import (
    LINE_FORMATS,
    READ_ERRORS,
    InputProblem,
    Provenance,
    count_lines,
    input_files,
    json_line,
    provenance_key,
    read_documents,
    read_line_slice,
    suffix_of,
    write_events,
)
from eventdesk.journal import Journal
from eventdesk.records import Document, DocumentFailure, Event

PARTITION_SIZE = 200  # reports (JSON Lines) or files per partition
_WHOLE_FILE_FORMATS = (".warc", ".warc.gz")  # many reports in a file that cannot be sliced
_JOURNAL_SUFFIX = ".coding.jsonl"  # eventdesk.journal: left by a worker that died
_RESULT_SUFFIXES = (".documents.jsonl", ".events.jsonl", _JOURNAL_SUFFIX)


@dataclass(frozen=True, slots=True)
class Partition:
    """A unit of work: whole files, or lines start..stop-1 of one JSON Lines file."""

    index: int
    files: tuple[str, ...]
    start: int = 0
    stop: int | None = None
    key: str = ""  # hash of what the partition is coded from

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}-{self.key[:12]}"


@dataclass(slots=True)
class PartitionResult:
    """What a worker did with one partition (the documents themselves are in its files)."""

    name: str
    documents: int = 0
    events: int = 0
    failures: int = 0
    problems: int = 0
    reused: bool = False  # finished by an earlier run


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


def _file_key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


def plan(paths: list[str], *, partition_size: int = PARTITION_SIZE,
         published: dt.date | None = None, version: str = "", placed_only: bool = False,
         ) -> tuple[list[Partition], list[InputProblem]]:
    """Partitions of the inputs, in input order: JSON Lines files sliced by lines, WARC files
    whole, other files grouped `partition_size` at a time. Stdin cannot be distributed."""
    if partition_size < 1:
        raise UsageError(f"the partition size must be at least 1, not {partition_size}")
    options = f"{version}|{published}|{placed_only}"
    specs: list[tuple[tuple[str, ...], int, int | None, str]] = []
    problems: list[InputProblem] = []
    group: list[Path] = []

    def close_group():
        if group:
            keys = "|".join(_file_key(p) for p in group)
            specs.append((tuple(str(p) for p in group), 0, None, keys))
            group.clear()

    for item in input_files(paths):
        if isinstance(item, InputProblem):
            problems.append(item)
            continue
        if str(item) == "-":
            raise UsageError("standard input (-) cannot be coded on a Dask cluster; give files")
        if not item.is_file():  # /dev/zero, a named pipe: counted, it would never end
            problems.append(InputProblem(str(item), "is a pipe or device, not a file: a Dask "
                                                    "run reads its inputs from files"))
            continue
        suffix = suffix_of(item)
        if suffix in LINE_FORMATS or suffix in _WHOLE_FILE_FORMATS:
            close_group()
            key = _file_key(item)
            if suffix in _WHOLE_FILE_FORMATS:
                specs.append(((str(item),), 0, None, key))
                continue
            try:
                lines = count_lines(item)
            except READ_ERRORS as exc:
                problems.append(InputProblem(str(item), f"cannot be read ({exc})"))
                continue
            if not lines:
                problems.append(InputProblem(str(item), "empty file"))
            for start in range(0, lines, partition_size):
                specs.append(((str(item),), start, min(start + partition_size, lines), key))
        else:
            group.append(item)
            if len(group) >= partition_size:
                close_group()
    close_group()
    partitions = []
    for index, (files, start, stop, keys) in enumerate(specs):
        digest = hashlib.sha256(  # a file name that is not UTF-8 holds lone surrogates
            f"{options}|{keys}|{start}|{stop}".encode("utf-8", "surrogatepass")).hexdigest()
        partitions.append(Partition(index, files, start, stop, digest))
    return partitions, problems


def _documents(partition: Partition, published: dt.date | None
               ) -> Iterator[Document | InputProblem]:
    if partition.stop is not None:
        return read_line_slice(Path(partition.files[0]), partition.start, partition.stop,
                               published=published)
    return read_documents(list(partition.files), published=published)


def code_partition(partition: Partition, *, out_dir: str, version: str,
                   published: dt.date | None = None, placed_only: bool = False
                   ) -> PartitionResult:
    """Code one partition on a worker and write its two result files (nothing when an
    earlier run finished it). The pipeline is loaded once per worker process (cached)."""
    from eventdesk.pipeline import Pipeline

    folder = Path(out_dir)
    documents_file = folder / f"{partition.name}.documents.jsonl"
    if documents_file.exists() and _damage(folder, partition) is None:
        return _summary(documents_file, reused=True)
    pipeline = Pipeline.load()
    if pipeline.version != version:
        raise ClusterError(f"a worker runs eventdesk {pipeline.version}, the client "
                           f"{version}: install the same eventdesk on every worker")
    gone = [f for f in partition.files if not os.path.exists(f)]
    if gone:  # coded now, it would be kept as finished, empty, and never coded again
        raise ClusterError(f"{', '.join(gone)}: gone since the run was planned (a re-run "
                           "codes the partition when it is back)")
    problems: list[InputProblem] = []

    def readable():
        for item in _documents(partition, published):
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                yield item

    with Journal(folder / f"{partition.name}{_JOURNAL_SUFFIX}") as journal:
        lines, events, provenance = [], [], {}
        for result in journal.code(pipeline, readable()):
            found = [e for e in result.events if e.is_placed or not placed_only]
            origin = Provenance(url=result.document.url, published=result.document.published)
            provenance.update((provenance_key(e), origin) for e in found)
            failure = result.failure
            lines.append({"document": result.document.to_dict(), "events": len(found),
                          "failure": None if failure is None else
                          {"code": failure.code, "message": failure.message}})
            events.extend(found)
        lines.extend({"problem": {"path": p.path, "message": p.message}} for p in problems)
        with _atomic(folder / f"{partition.name}.events.jsonl") as out:
            write_events(events, "jsonl", out, provenance=provenance)
        with _atomic(documents_file) as out:  # last: its presence marks the partition done
            for line in lines:
                out.write(json_line(line) + "\n")
    return _summary(documents_file, reused=False)


@contextlib.contextmanager
def _atomic(target: Path):
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            yield handle
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _summary(documents_file: Path, *, reused: bool) -> PartitionResult:
    result = PartitionResult(documents_file.name.removesuffix(".documents.jsonl"),
                             reused=reused)
    for record in _records(documents_file):
        if "problem" in record:
            result.problems += 1
            continue
        result.documents += 1
        result.events += record["events"]
        result.failures += record["failure"] is not None
    return result


def _records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _damage(out_dir: Path, partition: Partition) -> str | None:
    """Why a finished partition's files cannot be loaded (its events file gone, a line
    that is no record, fewer or more events than its documents count: a file cut short,
    edited or half-copied to a shared folder), or None. Checked before any of it is used,
    so a damaged partition is coded again rather than loaded in part or ended in a
    traceback."""
    expected = 0
    try:
        for record in _records(out_dir / f"{partition.name}.documents.jsonl"):
            if "problem" in record:
                InputProblem(**record["problem"])
                continue
            Document.from_dict(record["document"])
            if record["failure"] is not None:
                DocumentFailure(record["document"]["doc_id"], **record["failure"])
            count = record["events"]
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                return f"an event count of {count!r}"
            expected += count
        found = 0
        for record in _records(out_dir / f"{partition.name}.events.jsonl"):
            Event.from_dict(record)
            found += 1
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
    if found != expected:
        return f"{found} event(s) where its documents count {expected}"
    return None


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
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address="127.0.0.1:0")
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
        for suffix in _RESULT_SUFFIXES:
            if name.endswith(suffix) and name.removesuffix(suffix) not in current:
                path.unlink(missing_ok=True)


def results(out_dir: Path, partitions: list[Partition]
            ) -> Iterator[tuple[Document, list[Event] | DocumentFailure] | InputProblem]:
    """The finished partitions' documents, in plan order, each with its events or its
    failure, and the inputs that could not be read; a damaged partition is a problem,
    none of it loaded."""
    for partition in partitions:
        documents_file = out_dir / f"{partition.name}.documents.jsonl"
        if not documents_file.exists():
            continue
        damage = _damage(out_dir, partition)
        if damage is not None:
            documents_file.unlink(missing_ok=True)  # unfinished again: the next run codes it
            yield InputProblem(str(documents_file), f"damaged partition results ({damage}): "
                               "not loaded, and removed so that the next run codes the "
                               "partition again", unread=True)
            continue
        events = _records(out_dir / f"{partition.name}.events.jsonl")
        for record in _records(documents_file):
            if "problem" in record:
                yield InputProblem(**record["problem"])
                continue
            document = Document.from_dict(record["document"])
            failure = record["failure"]
            if failure is not None:
                yield document, DocumentFailure(document.doc_id, failure["code"],
                                                failure["message"])
            else:
                yield document, [Event.from_dict(next(events)) for _ in range(record["events"])]


__all__ = ["DaskRun", "Partition", "PartitionResult", "close", "code_partition", "connect",
           "dashboard_link", "plan", "results", "run"]
