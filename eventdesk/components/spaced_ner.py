"""spaCy's NER over text with runs of spaces ("killed in  Tal Afar", "wounding  two"): wire
text pads words with extra spaces, which spaCy's tokenizer keeps as whitespace tokens, and the
entity recogniser, trained on text without them, then misreads the names beside them (a
PERSON "Tal Afar", no entity at all). The recogniser here reads a copy of the Doc without
those tokens and its entities are set on the Doc itself: the Doc's text, and every evidence
offset into it, stays the input's, character for character.

Only whitespace tokens within a line are left out: a line break may end a headline or a
dateline, which the recogniser should keep apart from the next line's words.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span


def _inline_space(token) -> bool:
    return token.is_space and "\n" not in token.text


def compact(doc: Doc) -> tuple[Doc, list[int]] | None:
    """The Doc without its in-line whitespace tokens, and for each of its tokens the index of
    the token it copies; None when the Doc has no such token."""
    if not any(_inline_space(t) for t in doc):
        return None
    words, spaces, kept = [], [], []
    for tok in doc:
        if _inline_space(tok):
            if spaces:
                spaces[-1] = True
            continue
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))
        kept.append(tok.i)
    if not words:
        return None
    copy = Doc(doc.vocab, words=words, spaces=spaces)
    for tok, k in zip(copy, kept, strict=True):
        # the tokenizer's exceptions give some tokens a norm of their own ("Oct." is
        # "october"), which the recogniser reads
        tok.norm_ = doc[k].norm_
    return copy, kept


def carry_entities(doc: Doc, copy: Doc, kept: list[int]) -> None:
    """The copy's entities set on the Doc, on the tokens they copy (a whitespace token inside
    a name, "Tal  Afar", is inside the entity)."""
    doc.ents = [Span(doc, kept[e.start], kept[e.end - 1] + 1, label=e.label)
                for e in copy.ents]


def split_at_an_article(doc: Doc) -> None:
    """Two names the recogniser read as one across a lower-case "the" ("signed in Maputo the
    Accord for Definitive Peace", with the object after the place): the name before the
    article and the one after it. Not "the" after a preposition or "and", which is part of a
    name ("Democratic Republic of the Congo", "Bosnia and the Balkans")."""
    ents = []
    for e in doc.ents:
        cut = next((t.i for t in e[1:-1] if t.text == "the" and doc[t.i - 1].pos_ == "PROPN"
                    and doc[t.i + 1].is_title), None)
        if cut is None:
            ents.append(e)
        else:
            ents += [Span(doc, e.start, cut, label=e.label),
                     Span(doc, cut + 1, e.end, label=e.label)]
    if len(ents) != len(doc.ents):
        doc.ents = ents


class SpacedNer:
    """Wraps spaCy's `ner` component: Docs with in-line whitespace tokens are recognised on a
    copy without them (the `ner` component has a tok2vec of its own, so the copy needs no
    other annotation); other Docs go to it as they are, so they cost nothing more."""

    def __init__(self, ner):
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        compacts = [compact(doc) for doc in docs]
        inputs = [c[0] if c is not None else doc for doc, c in zip(docs, compacts, strict=True)]
        outputs = list(self.ner.pipe(inputs, batch_size=len(inputs)))
        for doc, found, c in zip(docs, outputs, compacts, strict=True):
            if c is not None:
                carry_entities(doc, found, c[1])
            split_at_an_article(doc)
        return docs

    def __getattr__(self, name):
        return getattr(self.ner, name)


SPACED_NER = "eventdesk_spaced_ner"


@Language.factory(SPACED_NER, assigns=["doc.ents"])
def make_spaced_ner(nlp: Language, name: str) -> SpacedNer:
    return SpacedNer(nlp.get_pipe("ner"))


def wrap_ner(nlp: Language) -> None:
    """Puts SpacedNer in place of the pipeline's `ner` through spaCy's public pipeline API:
    it is added right after `ner`, which is disabled (kept, so `get_pipe("ner")`, its labels
    and `select_pipes` still work, and never run on its own). No `ner`, or already wrapped:
    nothing to do."""
    if "ner" not in nlp.component_names or SPACED_NER in nlp.component_names:
        return
    nlp.add_pipe(SPACED_NER, after="ner")
    nlp.disable_pipe("ner")
