"""The extraction pipeline: spaCy's English model plus one eventdesk component per stage.

Each component takes a Doc and sets one `Doc._` extension (see extensions.py):
places → actors → dates → claims → triggers → events. The bare model is available as
`Pipeline.nlp` with the eventdesk components disabled, for baselines.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import gc
import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk import __version__
from eventdesk.bounded_tokenizer import BoundedTokenizer
from eventdesk.components import stages  # noqa: F401  (registers the stages with spaCy)
from eventdesk.components.dates import parse_published, published_problem
from eventdesk.components.spaced_ner import wrap_ner
from eventdesk.components.triggers import DATA_DIR
from eventdesk.errors import (
    WORKER_DIED,
    EventdeskError,
    InputError,
    InternalError,
    ReportTimeoutError,
    UsageError,
    coded,
    one_line,
)
from eventdesk.extensions import register_extensions
from eventdesk.io import unicode_problem
from eventdesk.nlp import load_spacy
from eventdesk.records import Document, DocumentFailure, DocumentResult, Event
from eventdesk.time_limit import TimeUp, report_timeout, time_limit
from eventdesk.workers import Workers

log = logging.getLogger(__name__)
# What a stage may raise for one document: a stage ending the process (`sys.exit` in a
# library) fails that document, not the batch; Ctrl-C and SIGTERM still stop the run
STAGE_ERRORS = (Exception, SystemExit)

COMPONENTS = (
    "eventdesk_paragraphs", "eventdesk_places", "eventdesk_actors", "eventdesk_dates",
    "eventdesk_claims", "eventdesk_triggers", "eventdesk_classifier", "eventdesk_events",
    "eventdesk_vetting",
)
# The learned stages, off when a document is coded "with the rules alone"
LEARNED = ["eventdesk_classifier", "eventdesk_vetting"]


def _as_date(value) -> dt.date | None:
    """A `published` argument as a date: a date, a datetime (its date) or a string;
    UsageError for anything else or a date outside the sane range."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        if not isinstance(value, str):
            raise UsageError(f"published must be a date or a date string, not "
                             f"{type(value).__name__}")
        return parse_published(value)
    problem = published_problem(value)
    if problem:
        raise UsageError(problem)
    return value


class Pipeline:
    """Loads once, then codes documents one at a time or as a stream."""

    def __init__(self, nlp: Language):
        self._nlp = nlp
        self.version = extractor_version()

    @classmethod
    def load(cls) -> Pipeline:
        """The pipeline over the index the settings name. Built anew when that index was
        closed since (an import or rebuild replaced the file) or the settings name another:
        a pipeline kept over a closed index would fail every document after it."""
        from eventdesk.geo import open_gazetteer

        return cls._load_over(open_gazetteer())

    @classmethod
    @functools.lru_cache(maxsize=1)
    def _load_over(cls, gazetteer) -> Pipeline:
        """`gazetteer` keys the cache only: the place and event stages open the same one."""
        register_extensions()
        # a model of its own: the shared `load_spacy()` object stays a bare parser
        nlp = load_spacy.__wrapped__()
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
        wrap_ner(nlp)  # names beside runs of spaces ("killed in  Tal Afar")
        for component in COMPONENTS:
            if component in nlp.pipe_names:
                continue
            if component == "eventdesk_paragraphs":
                nlp.add_pipe(component, before="parser")
            else:
                nlp.add_pipe(component)
        # The model, lexicons and tables live as long as the process: kept out of the
        # collector's full passes, which otherwise walk them all again and again while
        # reports are coded (7 % of eventdesk's own CPU time went there on bench_extract).
        gc.freeze()
        return cls(nlp)

    @property
    def nlp(self) -> Language:
        """The bare spaCy pipeline (eventdesk's components disabled), for baselines."""
        return _BareLanguage(self._nlp)

    def _make_doc(self, document: Document) -> Doc | None:
        """The document as a Doc ready for the components; None when it has no text.
        InputError when its text or publication date cannot be coded, or it is no Document
        (a caller's string or None in a stream fails alone, not the stream)."""
        if not isinstance(document, Document):
            raise InputError(f"not a Document but {type(document).__name__}")
        for name in ("text", "outlet", "title", "url"):  # a title not a str was a bug (E008)
            value = getattr(document, name)
            if not isinstance(value, str) and (value is not None or name == "text"):
                raise InputError(f"the {name} must be a string, not {type(value).__name__}")
        if len(document.text) > self._nlp.max_length:
            raise InputError(f"the text is {len(document.text):,} characters long; eventdesk "
                             f"codes documents of up to {self._nlp.max_length:,}")
        try:
            published = _as_date(document.published)
        except UsageError as exc:  # the document's own date, not the caller's option
            raise InputError(str(exc)) from None
        if not document.text.strip():
            return None
        problem = unicode_problem(document.text)
        if problem:
            raise InputError(problem)
        doc = self._nlp.make_doc(document.text)
        doc._.published = published
        doc._.outlet = document.outlet
        doc._.title = document.title
        doc._.doc_id = document.doc_id
        return doc

    def parse(self, document: Document, *, classifier: bool = True,
              vetting: bool = True) -> Doc:
        """The coded Doc itself, for inspection: its `._` extensions and, in
        `user_data[events.DECISIONS_KEY]`, why each clause was or was not coded.
        `classifier=False` codes with the rules alone, neither the classifier nor the
        learned vetting (what the rule tables' examples test); `vetting=False` gives the
        event coder's records as it made them (what the coder's own tests read)."""
        doc = self._make_doc(document)
        if doc is None:
            raise InputError("no text to code", path=document.doc_id)
        disabled = LEARNED if not classifier else [] if vetting else ["eventdesk_vetting"]
        with self._nlp.select_pipes(disable=disabled):
            return self._nlp(doc)

    def parse_many(self, documents: Iterable[Document], *, classifier: bool = True,
                   batch_size: int = 64) -> Iterator[Doc | None]:
        """`parse` for a stream, batched through spaCy (what benches over many sentences
        need); None for a document with no text. Raises like `parse`."""
        disabled = [] if classifier else LEARNED
        with self._nlp.select_pipes(disable=disabled):
            for batch in _batches(documents, batch_size):
                yield from self._parse_batch(batch)

    def _parse_batch(self, batch: list[Document]) -> list[Doc | None]:
        """A batch through spaCy together: each document's coded Doc, None for one with no
        text (the one batching of `parse_many` and `pipe`)."""
        docs = [self._make_doc(d) for d in batch]
        coded_docs = iter(self._nlp.pipe((d for d in docs if d is not None),
                                         batch_size=len(batch)))
        return [None if doc is None else next(coded_docs) for doc in docs]

    def extract(self, document: Document) -> list[Event]:
        """The events of one document; a failure raises its coded error (InternalError,
        E008, for a bug; ReportTimeoutError, E015, past the report_timeout setting) with
        the exception it came from as its cause."""
        limit = report_timeout()
        try:
            with time_limit(limit):
                doc = self._make_doc(document)
                return [] if doc is None else _events_of(self._nlp(doc))
        except TimeUp:
            raise ReportTimeoutError(limit) from None
        except STAGE_ERRORS as exc:
            error = coded(exc)
            if error is exc:
                raise
            raise error from exc

    def extract_text(self, text: str, *, published=None, outlet: str | None = None,
                     doc_id: str = "-") -> list[Event]:
        document = Document(text=text, doc_id=doc_id, published=_as_date(published),
                            outlet=outlet)
        return self.extract(document)

    def code(self, document: Document) -> DocumentResult:
        """Code one document and never raise for it: its events, or a coded failure naming
        the document (the batch it belongs to goes on)."""
        try:
            return DocumentResult(document, self.extract(document))
        except EventdeskError as exc:
            return DocumentResult(document, [], _failure(document, exc))

    def pipe(self, documents: Iterable[Document], *, n_process: int = 1,
             batch_size: int = 16) -> Iterator[DocumentResult]:
        """Code a stream of documents, in order; `n_process` > 1 forks worker processes.

        Yields one DocumentResult per document, which unpacks as `(document, events)`; a
        document that fails has no events and a `failure`, and the stream goes on."""
        if n_process == -1:
            n_process = os.cpu_count() or 1
        report_timeout()  # a malformed setting is the caller's usage error, not each report's
        if n_process > 1:
            yield from self._pipe_parallel(documents, n_process=n_process, batch_size=batch_size)
            return
        for batch in _batches(documents, batch_size):
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Document]) -> list[DocumentResult]:
        """A batch through spaCy together (fast); if anything in it fails, or the batch
        takes longer than one report may, each document on its own, so the failure stays
        with the document that caused it."""
        try:
            with time_limit(report_timeout()):
                return [DocumentResult(document, [] if doc is None else _events_of(doc))
                        for document, doc in zip(batch, self._parse_batch(batch), strict=True)]
        except (*STAGE_ERRORS, TimeUp):
            return [self.code(document) for document in batch]

    def _pipe_parallel(self, documents, *, n_process: int, batch_size: int):
        """Batches to worker processes, at most two per worker ahead of the one yielded
        (`Pool.imap` would read the whole input first, so an endless stream never came out).
        A worker that dies (killed, out of memory, a crash in native code) breaks its pool:
        the batches lost with it are coded again one document at a time, the document that
        kills its worker recorded as failed, and a new pool codes the rest (a
        `multiprocessing.Pool` waited for the lost batch for ever)."""
        context = multiprocessing.get_context("fork")
        pool = Workers(n_process, context)
        pending: collections.deque = collections.deque()
        try:
            for chunk in _batches(documents, batch_size):
                pending.append((chunk, pool.submit(chunk)))
                if len(pending) > 2 * n_process:
                    yield from self._collect(*pending.popleft(), context)
            while pending:
                yield from self._collect(*pending.popleft(), context)
        finally:
            pool.stop()

    @staticmethod
    def _collect(chunk: list[Document], future, context) -> Iterator[DocumentResult]:
        """A batch's results from its worker; when the worker was lost, its documents
        coded again one at a time by a worker of their own."""
        try:
            results = future.result()
        except Exception:  # noqa: BLE001 - the batch is coded again, document by document
            results = None
        if results is not None:
            yield from results
            return
        alone = Workers(1, context)
        try:
            for document in chunk:
                try:
                    yield from alone.submit([document]).result()
                except BrokenProcessPool:
                    yield DocumentResult(document, [], _failure(document,
                                                                InternalError(WORKER_DIED)))
                except Exception as exc:  # noqa: BLE001 - that document fails, alone
                    exc.__cause__ = None  # the worker's traceback as text: not the cause
                    yield DocumentResult(document, [], _failure(document, coded(exc)))
        finally:
            alone.stop()


def _events_of(doc: Doc) -> list[Event]:
    return list(doc._.events or [])


def _failure(document: Document, error: EventdeskError) -> DocumentFailure:
    """The failure record of a document, logged (with the traceback at debug level)."""
    cause = error.__cause__ or error
    doc_id = document.doc_id if isinstance(document, Document) else repr(document)[:40]
    log.debug("document %s failed", doc_id, exc_info=cause)
    return DocumentFailure(doc_id=doc_id, code=error.code, message=one_line(error))


class _BareLanguage:
    """The model's own pipes only: `pipe()` and `__call__` with eventdesk's stages off."""

    def __init__(self, nlp: Language):
        self._nlp = nlp

    def __call__(self, text: str) -> Doc:
        with self._nlp.select_pipes(disable=list(COMPONENTS)):
            return self._nlp(text)

    def pipe(self, texts, **kwargs):
        with self._nlp.select_pipes(disable=list(COMPONENTS)):
            yield from self._nlp.pipe(texts, **kwargs)

    @property
    def pipe_names(self) -> list[str]:
        return [n for n in self._nlp.pipe_names if n not in COMPONENTS]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extractor_version() -> str:
    """The version stored with each coded document, known without loading the model: a
    distributed run checks its workers code with the same one."""
    return f"{__version__}+lexicon.{_lexicon_fingerprint()}"


@functools.lru_cache(maxsize=1)
def _lexicon_fingerprint() -> str:
    """Changes whenever a data file changes, so stores re-code documents after an upgrade."""
    import hashlib

    digest = hashlib.sha1()
    for path in sorted(DATA_DIR.rglob("*")):
        if path.suffix in (".toml", ".yaml", ".json"):
            digest.update(str(path.relative_to(DATA_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]
