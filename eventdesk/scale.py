"""Coding collections past one machine on Dask: the inputs become a bag of partitions, each
worker codes its partitions with a pipeline it loads once, and each partition's results are
written to an output folder as two JSON Lines files, which one writer then loads into the
store.

A partition's files are written under temporary names and renamed when complete, and its
name carries a hash of what it was coded from (files, sizes, times, line range, extractor
version, options): a crashed or repeated run keeps the finished partitions and codes only
the rest, and loading them into the store again changes nothing. The run on a cluster
(the client, the progress bar) is dask_run.py's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventdesk import orphans
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
RESULT_SUFFIXES = (".documents.jsonl", ".events.jsonl", _JOURNAL_SUFFIX)


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
    """`target` written under a temporary name, renamed when whole; those a worker killed
    outright left (on this machine) are removed first, as `extract -o` does."""
    orphans.remove_orphans(target)
    tmp = target.with_name(f"{orphans.prefix(target)}tmp")
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


__all__ = ["Partition", "PartitionResult", "code_partition", "plan", "results"]
