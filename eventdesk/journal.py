"""The coding journal of a partition on a Dask worker: the batches of reports a worker began
to code. A worker that dies while coding (killed, out of memory, a crash in native code)
leaves its journal behind; the next attempt at the partition (Dask retries it on another
worker, a re-run does too) codes the batch it died in one report at a time, and the report
that kills its worker again is then recorded as failed rather than losing the whole
partition on every attempt."""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventdesk.errors import WORKER_DIED, InternalError
from eventdesk.records import Document, DocumentFailure, DocumentResult

BATCH_SIZE = 16  # reports coded together through spaCy (as Pipeline.pipe batches them)


class Journal:
    """Reports by their position in the partition: `killers` killed a worker coding them
    alone, `suspects` were in the batch a worker died in."""

    def __init__(self, path: Path):
        self.path = path
        self.killers: set[int] = set()
        self.suspects: set[int] = set()
        last: list[int] = []
        with contextlib.suppress(FileNotFoundError):
            for line in path.read_text(encoding="utf-8").splitlines():
                with contextlib.suppress(ValueError, TypeError, AttributeError):
                    record = json.loads(line)
                    self.killers.update(record.get("killer", []))
                    last = list(record.get("batch", []))
        if len(last) == 1:
            self.killers.add(last[0])
            self._write({"killer": last})
        else:
            self.suspects = set(last)

    def code(self, pipeline, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        """`pipeline.pipe` over the documents, each batch noted before it is coded; a killer
        fails without being coded, a suspect is coded alone."""
        numbered = enumerate(documents)
        while batch := list(itertools.islice(numbered, BATCH_SIZE)):
            risky = any(p in self.killers or p in self.suspects for p, _ in batch)
            for group in ([[item] for item in batch] if risky else [batch]):
                position, document = group[0]
                if position in self.killers:
                    yield DocumentResult(document, [], DocumentFailure(
                        document.doc_id, InternalError.code, WORKER_DIED))
                    continue
                self._write({"batch": [p for p, _ in group]})
                yield from pipeline.pipe([d for _, d in group])

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info) -> None:
        """Removed however the coding ends (written, an error of its own such as a full
        disk, Ctrl-C): a process that dies runs nothing more, so only a death leaves it."""
        self.path.unlink(missing_ok=True)

    def _write(self, record: dict) -> None:
        with self.path.open("a", encoding="utf-8") as handle:  # closed: on disk if we die
            handle.write(json.dumps(record) + "\n")
