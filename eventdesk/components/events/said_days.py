"""A saying's day the parser hangs on the deed it reports: in "rebels said on Wednesday
they had captured the town", "on Wednesday" stands between "said" and the subject of the
clause said, so it is the day of the saying, yet the parse often makes it a dependent of
"captured". Wires write their leads this way ("X said on Thursday they had driven Y out of
Z"); the deed's own day, when told, comes later ("took control of the airport on
Tuesday"). Apart from dating.py, which is at its size limit."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.happened import modality


def said_day_misread(doc: Doc, mention) -> bool:
    """The date is a preposition's object that comes right after a verb of saying and before
    the subject of the clause that verb says, but hangs on that clause's verb ("said on
    Wednesday they had captured", "announced on Monday that troops had retaken")."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    if span is None or not len(span):
        return False
    prep = span.root if span.root.dep_ == "prep" else span.root.head   # "on Wednesday"
    verb = prep.head
    if prep.dep_ != "prep" or verb.dep_ != "ccomp" or prep.i >= verb.i:
        return False
    saying = verb.head
    if saying.i >= prep.i or saying.lemma_.lower() not in modality().words["speech"]:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in doc[saying.i + 1:prep.i]):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(span.end <= s.left_edge.i for s in subjects)
