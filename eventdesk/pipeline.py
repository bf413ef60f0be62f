"""The extraction pipeline: spaCy's English model plus one eventdesk component per stage.

Each component takes a Doc and sets one `Doc._` extension (see extensions.py):
places → actors → dates → claims → triggers → events. The bare model is available as
`Pipeline.nlp` with the eventdesk components disabled, for baselines.
"""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk import __version__
from eventdesk.components.attribution import find_claims
from eventdesk.components.dates import find_dates, parse_published
from eventdesk.components.events import DATELINE, EventCoder
from eventdesk.components.triggers import DATA_DIR, TriggerFinder
from eventdesk.extensions import register_extensions
from eventdesk.nlp import load_spacy
from eventdesk.records import Document, Event

COMPONENTS = (
    "eventdesk_paragraphs", "eventdesk_places", "eventdesk_actors", "eventdesk_dates",
    "eventdesk_claims", "eventdesk_triggers", "eventdesk_events",
)


@Language.component("eventdesk_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence, so headlines and datelines are not run into the lead
    (the parser keeps these boundaries)."""
    paragraph_starts = [0]
    for tok in doc[1:]:
        previous = doc[tok.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2:
            tok.is_sent_start = True
            paragraph_starts.append(tok.i)
    # "BEIRUT, Aug. 17 (Wire) — Jets struck …": the lead parses on its own
    text = doc.text
    for start in paragraph_starts[:2]:
        match = DATELINE.match(text, doc[start].idx)
        if match is None:
            continue
        for tok in doc[start + 1:]:
            if tok.idx >= match.end():
                if not tok.is_space:
                    tok.is_sent_start = True
                break
    return doc


@Language.factory("eventdesk_places", requires=["token.pos", "token.dep"],
                  assigns=["doc._.places", "doc._.countries"])
def create_places(nlp: Language, name: str):
    from eventdesk.geo import open_gazetteer

    register_extensions()
    gazetteer = open_gazetteer()

    def places(doc: Doc) -> Doc:
        mentions = gazetteer.find_mentions(doc)
        doc._.places = mentions
        doc._.countries = _salient_countries(gazetteer.document_countries(doc, mentions=mentions))
        return doc

    return places


@Language.factory("eventdesk_actors", requires=["doc._.countries"], assigns=["doc._.actors"])
def create_actors(nlp: Language, name: str):
    from eventdesk.coding.actors import ActorMatcher

    register_extensions()
    matcher = ActorMatcher.load()

    def actors(doc: Doc) -> Doc:
        year = doc._.published.year if doc._.published else None
        doc._.actors = matcher.find(doc, countries=doc._.countries or [], year=year)
        return doc

    return actors


@Language.factory("eventdesk_dates", assigns=["doc._.dates"])
def create_dates(nlp: Language, name: str):
    register_extensions()

    def dates(doc: Doc) -> Doc:
        doc._.dates = find_dates(doc, doc._.published)
        return doc

    return dates


@Language.factory("eventdesk_claims", requires=["token.dep"], assigns=["doc._.claims"])
def create_claims(nlp: Language, name: str):
    register_extensions()

    def claims(doc: Doc) -> Doc:
        doc._.claims = find_claims(doc)
        return doc

    return claims


@Language.factory("eventdesk_triggers", requires=["token.lemma"], assigns=["doc._.triggers"])
def create_triggers(nlp: Language, name: str):
    register_extensions()
    finder = TriggerFinder(nlp)

    def triggers(doc: Doc) -> Doc:
        doc._.triggers = finder(doc)
        return doc

    return triggers


@Language.factory("eventdesk_events", assigns=["doc._.events"])
def create_events(nlp: Language, name: str):
    from eventdesk.coding.actors import ActorMatcher
    from eventdesk.geo import open_gazetteer

    register_extensions()
    coder = EventCoder(gazetteer=open_gazetteer(), actor_matcher=ActorMatcher.load())

    def events(doc: Doc) -> Doc:
        doc._.events = coder(doc)
        return doc

    return events


def _salient_countries(weighted: list[tuple[str, float]]) -> list[str]:
    """The countries a report is about: passing mentions ("Britain-based") drop out."""
    if not weighted:
        return []
    top = weighted[0][1]
    return [code for code, weight in weighted if weight >= max(0.05, 0.2 * top)]


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return parse_published(str(value))


class Pipeline:
    """Loads once, then codes documents one at a time or as a stream."""

    def __init__(self, nlp: Language):
        self._nlp = nlp
        self.version = f"{__version__}+lexicon.{_lexicon_fingerprint()}"

    @classmethod
    @functools.lru_cache(maxsize=1)
    def load(cls) -> Pipeline:
        register_extensions()
        # a model of its own: the shared `load_spacy()` object stays a bare parser
        nlp = load_spacy.__wrapped__()
        for component in COMPONENTS:
            if component in nlp.pipe_names:
                continue
            if component == "eventdesk_paragraphs":
                nlp.add_pipe(component, before="parser")
            else:
                nlp.add_pipe(component)
        return cls(nlp)

    @property
    def nlp(self) -> Language:
        """The bare spaCy pipeline (eventdesk's components disabled), for baselines."""
        return _BareLanguage(self._nlp)

    def _make_doc(self, document: Document) -> Doc:
        doc = self._nlp.make_doc(document.text)
        doc._.published = document.published
        doc._.outlet = document.outlet
        doc._.doc_id = document.doc_id
        return doc

    def parse(self, document: Document) -> Doc:
        """The coded Doc itself, for inspection: its `._` extensions and, in
        `user_data[events.DECISIONS_KEY]`, why each clause was or was not coded."""
        return self._nlp(self._make_doc(document))

    def extract(self, document: Document) -> list[Event]:
        return list(self.parse(document)._.events or [])

    def extract_text(self, text: str, *, published=None, outlet: str | None = None,
                     doc_id: str = "-") -> list[Event]:
        document = Document(text=text, doc_id=doc_id, published=_as_date(published),
                            outlet=outlet)
        return self.extract(document)

    def pipe(self, documents: Iterable[Document], *, n_process: int = 1,
             batch_size: int = 16) -> Iterator[tuple[Document, list[Event]]]:
        """Code a stream of documents, in order; `n_process` > 1 forks worker processes."""
        if n_process == -1:
            n_process = os.cpu_count() or 1
        if n_process > 1:
            yield from self._pipe_parallel(documents, n_process=n_process, batch_size=batch_size)
            return
        for batch in _batches(documents, batch_size):
            docs = self._nlp.pipe((self._make_doc(d) for d in batch), batch_size=batch_size)
            for document, doc in zip(batch, docs, strict=True):
                yield document, list(doc._.events or [])

    def _pipe_parallel(self, documents, *, n_process: int, batch_size: int):
        context = multiprocessing.get_context("fork")
        with context.Pool(n_process) as pool:
            chunks = _batches(documents, batch_size)
            for results in pool.imap(_extract_batch, chunks):
                yield from results


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


def _extract_batch(batch: list[Document]) -> list[tuple[Document, list[Event]]]:
    pipeline = Pipeline.load()
    return list(pipeline.pipe(batch, n_process=1, batch_size=len(batch)))


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


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
