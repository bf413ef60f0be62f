"""A saying's day the parser hangs on the deed it reports: in "the militia announced on
Friday it had overrun the garrison", "on Friday" stands between the verb of saying and the
subject of the clause said, so it is the day of the announcement, yet the parse often makes
it a dependent of "overrun". Side statements of ground won or lost are written this way
("X announced on Saturday its fighters had seized Y"), and the deed's own day, when told,
comes later in the report. Only ground taken or given up is read so (TERRITORY_CATEGORIES):
a toll or an arrest told with the saying's day is too often a count of its own, and reading
its day as the saying's merged it into another deed told with its own day. Apart from
dating.py, which is at its size limit."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import read_once
from eventdesk.components.events.happened import modality
from eventdesk.extensions import doc_ext

# Trigger categories of ground changing hands: the deeds said with the saying's day
TERRITORY_CATEGORIES = frozenset({"capture", "recapture", "withdraw"})
SAID_DAY_KEY = "eventdesk.said_day_misread"   # per report and date mention (dating asks
# per clause of each date it weighs)


def said_day_misread(doc: Doc, mention) -> bool:
    """The date is a preposition's object that comes right after a verb of saying and before
    the subject of the clause that verb says (no "that" before the day), but hangs on that
    clause's verb, a taking of ground ("announced on Friday it had overrun", "claimed on
    Sunday its units had retaken")."""
    if not any(m.category in TERRITORY_CATEGORIES for m in doc_ext(doc, "triggers") or []):
        return False   # the reading below needs a taking of ground: none, no char_span
    return read_once(doc, SAID_DAY_KEY, (mention.start_char, mention.end_char),
                     lambda: _said_day_misread(doc, mention))


def _said_day_misread(doc: Doc, mention) -> bool:
    """`said_day_misread` read afresh."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or not len(span):
        return False
    prep = span.root if span.root.dep_ == "prep" else span.root.head   # "on Friday"
    verb = prep.head
    if prep.dep_ != "prep" or verb.dep_ != "ccomp" or prep.i >= verb.i:
        return False
    if any(c.dep_ == "mark" and c.i < prep.i for c in verb.children):
        return False   # "said that on Friday gunmen killed": the day is inside what was said
    if not any(m.start <= verb.i < m.end and m.category in TERRITORY_CATEGORIES
               for m in doc_ext(doc, "triggers") or []):
        return False
    saying = verb.head
    if saying.i >= prep.i or saying.lemma_.lower() not in modality().words["speech"]:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in doc[saying.i + 1:prep.i]):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(span.end <= s.left_edge.i for s in subjects)
