"""Running the pipeline over a stream of documents so one bad document never ends the
stream: each document comes back with its events or the error its extraction raised."""

from __future__ import annotations

import collections
from collections.abc import Iterable, Iterator

from eventdesk.errors import EventdeskError
from eventdesk.records import Document, Event

_SOLO_RETRIES = 64  # documents re-extracted one by one after a failed pipe, at most


class _PipelineFailure(EventdeskError):
    """A failure the pipeline already caught and coded for one document."""

    def __init__(self, failure):
        super().__init__(failure.message)
        self.code = failure.code


def _result_outcome(result) -> list[Event] | BaseException:
    """A pipe result as its events, or the error it stands for (a `DocumentResult` with a
    failure has no events, and must not be stored as a report without events)."""
    doc, events = result
    failure = getattr(result, "failure", None)
    return _PipelineFailure(failure) if failure is not None else _outcome(events)


def _key(doc) -> tuple:
    return (getattr(doc, "doc_id", None), getattr(doc, "source_path", None))


def _outcome(events) -> list[Event] | BaseException:
    """A pipe's result for one document as a list of events, or the error it stands for."""
    if isinstance(events, BaseException):
        return events
    try:
        return list(events)
    except Exception as exc:  # a lazy result failing is that document's failure
        return exc


def _extract_isolated(pipeline, documents: Iterable[Document], *, n_process: int
                      ) -> Iterator[tuple[Document, list[Event] | BaseException]]:
    """`pipeline.pipe` over the documents, in order, with each document's outcome: its
    events, or the exception its extraction raised. When the pipe fails, the documents it
    had taken but not returned are extracted one by one until the failing one is found (it
    gets the exception), then the pipe restarts on the rest: one bad document never ends
    the stream. Ctrl-C and other BaseExceptions still stop it."""
    source = iter(documents)
    pending: collections.deque[Document] = collections.deque()
    source_failed: list[BaseException] = []

    def feed(first: list[Document]) -> Iterator[Document]:
        yield from _tracked(first)
        while True:
            try:
                doc = next(source)
            except StopIteration:
                return
            except BaseException as exc:  # the input itself failed: not a document's fault
                source_failed.append(exc)
                raise
            yield from _tracked([doc])

    def _tracked(docs: list[Document]) -> Iterator[Document]:
        for doc in docs:
            pending.append(doc)  # thread-safe: a worker pool may read this in a thread
            yield doc

    def returned(doc: Document) -> Iterator[tuple[Document, BaseException]]:
        """Drop `doc` from `pending`; documents before it that the pipe passed over without
        a result are failures."""
        key = _key(doc)
        if any(_key(p) == key for p in pending):
            while pending and _key(pending[0]) != key:
                yield pending.popleft(), RuntimeError("the pipeline returned no result for it")
        if pending:
            pending.popleft()

    retry: list[Document] = []
    while True:
        try:
            for result in pipeline.pipe(feed(retry), n_process=n_process):
                doc, _ = result
                yield from returned(doc)
                yield doc, _result_outcome(result)
            for doc in list(pending):
                yield doc, RuntimeError("the pipeline returned no result for it")
            return
        except Exception as exc:  # a document's extraction failed; find it below
            if source_failed:
                raise source_failed[0] from None
            stuck = list(pending)
            pending.clear()
            first_error: BaseException = exc
        retry = []
        found = False
        for i, doc in enumerate(stuck):
            if found or i >= _SOLO_RETRIES:
                retry = stuck[i:]
                break
            try:
                [result] = list(pipeline.pipe([doc], n_process=1))
            except Exception as exc:  # this document fails alone: report it, go on
                found = True
                yield doc, exc
                continue
            yield doc, _result_outcome(result)
        if not stuck:
            # The pipe failed before taking any document: nothing to isolate, so stop.
            raise first_error
