"""The spaCy stages of eventdesk, registered by name: the paragraph splitter and one
factory per stage (places, actors, dates, claims, triggers, classifier, events, vetting),
each setting its `Doc._` extensions. Importing this module registers them; `pipeline.py`
assembles them."""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from eventdesk.components.attribution import find_claims
from eventdesk.components.bullets import BULLET
from eventdesk.components.dates import find_dates
from eventdesk.components.dates.month_may import month_not_modal
from eventdesk.components.events import DATELINE, EventCoder
from eventdesk.components.events.preamble import LINE_LABEL, headline_line_end
from eventdesk.components.scene import report_countries
from eventdesk.components.trigger_finder import TriggerFinder
from eventdesk.extensions import doc_text, doc_tokens, register_extensions
from eventdesk.nlp import RANK_ABBREVIATIONS

# "09:14", "21.05": the time stamp that opens a line of a live blog
TIME_STAMP = re.compile(r"[0-2]?\d[:.][0-5]\d")
# Tokens with no sentence end past which a stretch is cut (_split_long_runs)
LONG_RUN = 150
# A digest's item run on after a semicolon, opened by its place ("Kirkuk - bomb kills two
# policemen; Tikrit - gunmen kill an official", "...; Tikrit: gunmen killed ...").
RUN_ON_ITEM = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} ?(?::|[–—-] )")


# "leaving at about 2 a.m." then a line break: the clock's full stop is the sentence's
CLOCK_ENDS = frozenset({"a.m.", "p.m."})


@Language.component("eventdesk_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence, so headlines and datelines are not run into the lead
    (the parser keeps these boundaries); so does a line break after a full stop, or before
    a list's bullet, a live blog's time stamp ("10:05 Heavy fighting…") or a digest's line
    label ("4 Jan – Zamfara:"), so that one item's places and day are not read into the
    next; so does a semicolon before an item its place opens ("…; Tikrit - gunmen kill an
    official"), the line break after a headline, and each of a long stretch with no full
    stop (a table's rows). A line label stays with the sentence it opens. A bare line
    break may otherwise only wrap a sentence, and a rank's full stop ("police Brig. Hassan
    Jaber said") never ends one."""
    text = doc_text(doc)
    headline_end = headline_line_end(text)
    paragraph_starts = [0]
    tokens = doc_tokens(doc)  # a Token made once per word: doc[i] makes a new one each time
    previous = tokens[0] if tokens else None
    for tok in tokens[1:]:
        if previous.is_space and previous.text.count("\n") >= 2:
            tok.is_sent_start = True
            paragraph_starts.append(tok.i)
        elif previous.is_space and "\n" in previous.text and tok.i >= 2 and (
                tokens[tok.i - 2].text in (".", "!", "?") or tokens[tok.i - 2].lower_ in CLOCK_ENDS
                or TIME_STAMP.fullmatch(tok.text)
                or tok.idx == headline_end or BULLET.match(text, tok.idx)):
            tok.is_sent_start = True
        if previous.is_space and "\n" in previous.text:
            label = LINE_LABEL.match(text, tok.idx)
            if label is not None:
                tok.is_sent_start = True
                _keep_together(doc, tok.i, label.end())
            if tok.is_sent_start and len(tok) == 1 and BULLET.match(text, tok.idx) \
                    and tok.i + 1 < len(doc) and (label is None or len(label.group().strip()) == 1):
                # the mark alone: parsed with its item, it is taken for the item's verb
                tokens[tok.i + 1].is_sent_start = True
        elif tok.text == "[" and not previous.is_space and previous.text not in (".", "!", "?"):
            _keep_insertion(doc, tok.i)
        if previous.text in RANK_ABBREVIATIONS:
            tok.is_sent_start = False  # "police Brig. Hassan Jaber said": the name goes on
        if previous.text == ";" and RUN_ON_ITEM.match(text, tok.idx) \
                or previous.is_space and tok.i >= 2 and tokens[tok.i - 2].text == ";" \
                and RUN_ON_ITEM.match(text, tok.idx):
            tok.is_sent_start = True
        previous = tok
    _split_long_runs(doc)
    # "BEIRUT, Aug. 17 (Wire) — Jets struck …": the lead parses on its own
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


def _split_long_runs(doc: Doc) -> None:
    """A stretch of LONG_RUN tokens or more with no sentence end is cut: at each line
    break when it runs over lines (a table or a list pasted as text, its rows without full
    stops), then, past LONG_RUN tokens, at the next comma, semicolon or "and" (hundreds of
    clauses run together), and past twice that anywhere (20,000 numbers, no word between).
    Read as one sentence, each clause read the whole stretch again:
    360 rows took four minutes to code, 200 joined clauses half a minute; news sentences
    end long before (the longest of the studied reports has 72 words)."""
    long_runs = [(start, end) for start, end in _runs(doc) if end - start >= LONG_RUN]
    if not long_runs:
        return  # the common case: no stretch is long enough to be cut (read once)
    for start, end in long_runs:
        for tok in doc[start + 1:end]:
            if doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text \
                    and not tok.is_space:
                tok.is_sent_start = True
    for start, end in _runs(doc):
        if end - start < LONG_RUN:
            continue  # `since` cannot reach LONG_RUN within it
        since = 0
        for tok in doc[start:end]:
            since = 0 if tok.is_sent_start else since + 1
            if since >= LONG_RUN and (doc[tok.i - 1].text in (",", ";", ":")
                                      or tok.lower_ in ("and", "but", "or")) \
                    or since >= 2 * LONG_RUN and not tok.is_space:
                tok.is_sent_start = True
                since = 0


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each stretch between sentence ends already known: a full stop, a
    question or exclamation mark, or a boundary set above."""
    runs, start = [], 0
    tokens = doc_tokens(doc)
    previous = tokens[0].text if tokens else ""
    for tok in tokens[1:]:
        if tok.is_sent_start or previous in (".", "!", "?"):
            runs.append((start, tok.i))
            start = tok.i
        previous = tok.text
    runs.append((start, len(doc)))
    return runs


def _keep_insertion(doc: Doc, start: int) -> None:
    """An editor's insertion in brackets inside a sentence ("killed on Saturday [31
    October] in firing ... in Ranipur Town", as monitoring services write): the parser may
    not cut it, nor the words that go on after it, from the sentence it sits in."""
    for tok in doc[start:]:
        if tok.i >= start + 12 or tok.text in (".", "!", "?", "[") and tok.i > start \
                or "\n" in tok.text:
            return  # no closing bracket near: not an insertion
        if tok.text == "]":
            break
    else:
        return
    for inner in doc[start:tok.i + 1]:
        inner.is_sent_start = False
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and not after.is_space and (after.text[:1].islower()
                                                     or after.text in (",", ";")):
        after.is_sent_start = False


def _keep_together(doc: Doc, label_start: int, label_end_char: int) -> None:
    """The parser may not cut a line label ("7 Jan – Borno:") from the sentence it opens:
    the label's day and place belong to that sentence."""
    for tok in doc[label_start + 1:]:
        if tok.is_space:
            continue
        tok.is_sent_start = False
        if tok.idx >= label_end_char:
            break


@Language.factory("eventdesk_places", requires=["token.pos", "token.dep"],
                  assigns=["doc._.places", "doc._.countries"])
def create_places(nlp: Language, name: str):
    from eventdesk.geo import open_gazetteer
    from eventdesk.geo.coordinated import with_coordinated_names

    register_extensions()
    gazetteer = open_gazetteer()

    def places(doc: Doc) -> Doc:
        mentions = with_coordinated_names(gazetteer, doc, gazetteer.find_mentions(doc))
        mentions = _first_of_each_sentence(doc, mentions)
        doc._.places = mentions
        doc._.countries = report_countries(gazetteer, doc, mentions)
        return doc

    return places


# Place names read in one sentence: past them a sentence is a roster of places, not the
# scene of a deed, and every name was judged against the whole sentence (3,600 names in
# one sentence took minutes, past the report time limit).
MAX_SENTENCE_PLACES = 40


def _first_of_each_sentence(doc: Doc, mentions: list) -> list:
    """The mentions, but at most MAX_SENTENCE_PLACES of each sentence (its first)."""
    starts = [sent.start for sent in doc.sents]
    kept, seen = [], {}
    for mention in mentions:
        sentence = bisect.bisect_right(starts, mention.start)
        seen[sentence] = seen.get(sentence, 0) + 1
        if seen[sentence] <= MAX_SENTENCE_PLACES:
            kept.append(mention)
    return kept


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
        month_not_modal(doc, doc._.dates)  # "militia 8 May killed": no modal
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


@Language.factory("eventdesk_classifier", requires=["doc._.triggers"],
                  assigns=["doc._.proposals"])
def create_classifier(nlp: Language, name: str):
    from eventdesk.classify import load_classifier

    register_extensions()
    return Classify(load_classifier())


class Classify:
    """The classifier stage: a Doc alone, or a batch of them with the encoder called once
    per batch (`pipe`, what spaCy streams through)."""

    def __init__(self, classifier):
        self.classifier = classifier

    def __call__(self, doc: Doc) -> Doc:
        from eventdesk.components.classifier import propose

        doc._.proposals = propose(self.classifier, doc)
        return doc

    def pipe(self, docs, batch_size: int = 16):
        from spacy.util import minibatch

        from eventdesk.components.classifier import propose_many

        for batch in minibatch(docs, batch_size):
            for doc, proposals in zip(batch, propose_many(self.classifier, batch),
                                      strict=True):
                doc._.proposals = proposals
            yield from batch


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


@Language.factory("eventdesk_vetting", requires=["doc._.events"], assigns=["doc._.events"])
def create_vetting(nlp: Language, name: str):
    from eventdesk.components.events import DECISIONS_KEY
    from eventdesk.components.vetting import load_vetter, vet

    register_extensions()
    vetter = load_vetter()

    def vetting(doc: Doc) -> Doc:
        doc._.events = vet(doc, vetter, doc.user_data.get(DECISIONS_KEY))
        return doc

    return vetting
