"""Ingest: extract and store documents in batches, one transaction a batch and a
savepoint a document, so a failure is recorded for that document alone and retried by the
next run."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from eventdesk.errors import EventdeskError, InternalError, StoreError
from eventdesk.errors import one_line as _one_line
from eventdesk.records import Document, DocumentFailure, Event
from eventdesk.store.connection import _now
from eventdesk.store.extraction import _extract_isolated, _PipelineFailure
from eventdesk.store.validate import check_document
from eventdesk.store.writing import AddResult, DocumentWriter

# Code of an unexpected error (a bug, not bad input): the catalogue's InternalError.
INTERNAL_ERROR_CODE = InternalError.code


_MAX_CAUSE = 300  # characters of a failure's one-line cause


@dataclass(slots=True, frozen=True)
class Failure:
    """A document that could not be extracted or stored: it is recorded in the `failures`
    table and retried by the next ingest."""

    doc_id: str
    code: str
    message: str  # one line
    source_path: str | None = None


def error_code(exc: BaseException) -> str:
    return exc.code if isinstance(exc, EventdeskError) else INTERNAL_ERROR_CODE


def one_line(exc: BaseException) -> str:
    """The cause of a failure on one bounded line (no traceback)."""
    return _one_line(exc, width=_MAX_CAUSE)


def _fails_alone(exc: BaseException) -> bool:
    """True when an error belongs to the document being written, not to the whole store (a
    full disk, a lock, a corrupt file: those still abort the batch)."""
    if isinstance(exc, sqlite3.DatabaseError):
        return isinstance(exc, sqlite3.IntegrityError | sqlite3.DataError)
    return isinstance(exc, Exception)


@dataclass(slots=True)
class IngestReport:
    """Counts of one `Store.ingest` run."""

    added: int = 0
    recoded: int = 0
    skipped: int = 0  # already stored with this extractor version; never extracted
    unchanged: int = 0  # repeated within the run
    superseded: int = 0  # older versions of a story set aside (kept, out of the clusters)
    events: int = 0
    batches: int = 0
    elapsed_s: float = 0.0
    write_s: float = 0.0  # of elapsed_s, the time spent writing to the store
    failures: list[Failure] = field(default_factory=list)  # in input order

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def processed(self) -> int:
        return self.added + self.recoded + self.unchanged

    @property
    def docs_per_s(self) -> float:
        return self.processed / self.elapsed_s if self.elapsed_s > 0 else 0.0


def _safe_text(value) -> str | None:
    if not isinstance(value, str):
        return None if value is None else repr(value)[:200]
    return value.encode("utf-8", "replace").decode("utf-8")


def _safe_hash(document) -> str:
    """The content hash the document is stored under (datetimes read as dates), or a hash
    of its repr when it is too broken to have one, so it can still be recorded as failed."""
    try:
        return check_document(document).content_hash
    except Exception:  # a malformed document: any error here is the document's own
        data = repr(document).encode("utf-8", "replace")
        return "invalid:" + hashlib.sha256(data).hexdigest()


class Ingester(DocumentWriter):
    """Extracting and storing batches of documents, failures recorded."""

    def ingest(
        self,
        documents: Iterable[Document],
        *,
        pipeline=None,
        n_process: int = 1,
        batch_size: int = 32,
        progress: bool = True,
        total: int | None = None,
    ) -> IngestReport:
        """Extract and store documents, one transaction per batch. Documents already stored
        with this extractor version are skipped before extraction; an interruption loses at
        most the batch in flight, never part of one. A document whose extraction or storage
        fails is rolled back alone (a savepoint each), recorded in `failures` and listed in
        the report; the batch goes on, and the next ingest retries it. `total` (how many
        documents are coming, when the caller can count them) gives the progress bar its
        end and an ETA."""
        if self.readonly:
            raise StoreError("the store is open read-only", path=self.path)
        if pipeline is None:
            import eventdesk

            pipeline = eventdesk.load()
        version = str(pipeline.version)
        if total is None and hasattr(documents, "__len__"):
            total = len(documents)
        report = IngestReport()
        with self._progress(total, progress) as bar:
            todo = self._unstored(documents, version, report, bar)
            outcomes = _extract_isolated(pipeline, todo, n_process=n_process)
            self._store_outcomes(outcomes, version, report, bar, batch_size)
        return report

    def store_coded(
        self,
        outcomes: Iterable[tuple[Document, list[Event] | DocumentFailure]],
        *,
        extractor_version: str,
        batch_size: int = 256,
        progress: bool = True,
        total: int | None = None,
    ) -> IngestReport:
        """Store documents coded elsewhere (a distributed run's partitions) as `ingest`
        stores them: a transaction per batch, a document already stored with this version
        left unchanged, a failure recorded for the next run to retry. Running it again over
        the same outcomes neither loses nor duplicates anything."""
        if self.readonly:
            raise StoreError("the store is open read-only", path=self.path)
        report = IngestReport()
        coded = ((doc, _PipelineFailure(outcome) if isinstance(outcome, DocumentFailure)
                  else outcome) for doc, outcome in outcomes)
        with self._progress(total, progress) as bar:
            self._store_outcomes(coded, extractor_version, report, bar, batch_size)
        return report

    @staticmethod
    @contextmanager
    def _progress(total: int | None, progress: bool):
        from tqdm import tqdm

        # disable=None: no bar when standard error is a log file rather than a terminal.
        bar = tqdm(total=total, unit="doc", disable=None if progress else True, desc="ingest",
                   dynamic_ncols=True)
        try:
            yield bar
        finally:
            bar.close()

    def _store_outcomes(self, outcomes: Iterable[tuple[Document, list[Event] | BaseException]],
                        version: str, report: IngestReport, bar, batch_size: int) -> None:
        start = time.perf_counter()
        batch: list[tuple[Document, list[Event] | BaseException]] = []

        def flush():
            began = time.perf_counter()
            with self._transaction():
                for doc, outcome in batch:
                    result = self._store_one(doc, outcome, version)
                    if isinstance(result, Failure):
                        report.failures.append(result)
                    elif result.status == "unchanged":
                        report.unchanged += 1
                    else:
                        setattr(report, result.status, getattr(report, result.status) + 1)
                        report.events += result.events_added
                        report.superseded += len(result.set_aside)
            report.batches += 1
            report.write_s += time.perf_counter() - began
            bar.update(len(batch))
            bar.set_postfix(events=report.events, skipped=report.skipped,
                            failed=report.failed, refresh=False)
            batch.clear()

        try:
            for item in outcomes:
                batch.append(item)
                if len(batch) >= batch_size:
                    flush()
            if batch:
                flush()
        finally:
            report.elapsed_s = time.perf_counter() - start

    def _store_one(self, document: Document, outcome: list[Event] | BaseException,
                   version: str) -> AddResult | Failure:
        """Write one document inside the batch transaction, under its own savepoint: an
        error rolls back this document only and records it as failed."""
        conn = self._conn
        if isinstance(outcome, BaseException):
            return self._record_failure(document, outcome, version)
        conn.execute("SAVEPOINT document")
        try:
            result = self._add(document, outcome, version)
        except Exception as exc:
            if not _fails_alone(exc):
                raise
            conn.execute("ROLLBACK TO document")
            conn.execute("RELEASE document")
            return self._record_failure(document, exc, version)
        conn.execute("RELEASE document")
        conn.execute("DELETE FROM failures WHERE content_hash = ?", (_safe_hash(document),))
        return result

    def _record_failure(self, document: Document, exc: BaseException,
                        version: str) -> Failure:
        failure = Failure(doc_id=_safe_text(getattr(document, "doc_id", None)) or "?",
                          code=error_code(exc), message=one_line(exc),
                          source_path=_safe_text(getattr(document, "source_path", None)))
        now = _now()
        self._conn.execute(
            "INSERT INTO failures (content_hash, doc_id, source_path, code, message,"
            " attempts, extractor_version, first_failed_at, last_failed_at)"
            " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (content_hash) DO UPDATE SET"
            " doc_id = excluded.doc_id, source_path = excluded.source_path,"
            " code = excluded.code, message = excluded.message, attempts = attempts + 1,"
            " extractor_version = excluded.extractor_version,"
            " last_failed_at = excluded.last_failed_at",
            (_safe_hash(document), failure.doc_id, failure.source_path, failure.code,
             failure.message, version, now, now),
        )
        return failure

    def failures(self) -> list[dict]:
        """Documents whose last ingest failed (they are retried by the next one)."""
        return self._query(
            "SELECT doc_id, source_path, code, message, attempts, extractor_version,"
            " first_failed_at, last_failed_at, content_hash FROM failures"
            " ORDER BY last_failed_at, doc_id")

    def _unstored(self, documents, version: str, report: IngestReport, bar) -> Iterator[Document]:
        """The documents not yet stored with this extractor version, looked up in chunks."""
        iterator = iter(documents)
        while chunk := list(itertools.islice(iterator, 256)):
            hashes = [_safe_hash(d) for d in chunk]
            with self._lock:
                stored = {
                    h for (h,) in self._conn.execute(
                        f"SELECT content_hash FROM documents WHERE extractor_version = ? AND"
                        f" content_hash IN ({', '.join('?' * len(hashes))})",
                        (version, *hashes),
                    )
                }
            for doc, h in zip(chunk, hashes, strict=True):
                if h in stored:
                    report.skipped += 1
                    bar.update(1)
                else:
                    yield doc
