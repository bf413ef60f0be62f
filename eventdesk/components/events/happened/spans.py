"""The war told as a span of time: the event named as a span of weeks or months ("after
four months of fighting"), or as the subject of a verb that counts how long it has lasted
("entered its second week") — a stretch of the war, the report's backdrop, no incident.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger, names_a_place
from eventdesk.components.events.happened.table import Modality
from eventdesk.components.events.happened.times import day_named
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root


def span_of(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Followed days of drone strikes", "after four months of fighting": the event named
    as a span of weeks, months or years (or of days not counted) is a stretch of the war
    told as background, no single incident; not when the clause names its day ("after
    days of attacks in X, where gunmen killed five people on Saturday")."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    span = tok.head.head
    if span.tag_ != "NNS" or span.lemma_.lower() not in cues.words["span_of"]:
        return False
    counted = any(c.dep_ == "nummod" for c in span.children)
    return (span.lemma_.lower() != "day" or not counted) and not day_named(doc, clause)


# "passed its fortieth day without a single convoy reaching X": a phrase beside the span
# that tells no deed, whose town is not where the fighting went on (one that holds a deed,
# "with heavy shelling in X", tells where it went on)
ASIDE = frozenset({"with", "without", "amid", "despite"})


def entered_span(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"As fighting between the army and the militia entered its second week", "the
    offensive has reached its third month": a verb that counts how long the event has
    lasted is no deed of its own ("entered" is no entry), and the event named as its
    subject is the war told as a state, the report's backdrop; with neither a day nor a
    place in their words it is no incident ("fighting in X entered its third day on
    Monday" is news from X and stays)."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    triggers = {m.start for m in clause.triggers}
    if _counts_its_span(tok, cues):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i not in triggers:
            return True
        tok = subject   # "fighting … entered its third day": the fighting is read below
    if tok.pos_ not in ("NOUN", "VERB") or tok.pos_ == "VERB" and tok.tag_ != "VBG":
        return False
    after = tok.right_edge.i + 1
    while after < len(doc) and doc[after].pos_ == "AUX":
        after += 1   # "the offensive has reached"
    # the small parser may not hang "fighting … entered" as subject and verb
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [doc[after]] if after < len(doc) else []
    verb = next((v for v in verbs if _counts_its_span(v, cues)), None)
    if verb is None:
        return False
    ids = {t.i for t in tok.subtree} | {t.i for t in verb.subtree} - {
        t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ASIDE
        and not any(m.start in {g.i for g in c.subtree} for m in clause.triggers)
        for t in c.subtree}
    starts = {doc[i].idx for i in ids}
    day = any(d.kind in ("day", "relative") and d.start_char in starts
              for d in doc_ext(doc, "dates") or [])
    # a side's name read as a place too ("fighting between troops and Fano militiamen")
    sides = {i for m in doc_ext(doc, "actors") or [] for i in range(m.start, m.end)}
    return not day and not names_a_place(doc, ids - sides)


def _counts_its_span(verb: Token, cues: Modality) -> bool:
    """"entered its second week", "reached its 100th day": a verb whose object is a day,
    week, month or year of the subject's own, counted."""
    return verb.lemma_.lower() in cues.words["entered_span"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues.words["span_of"]
        and any(g.dep_ in ("poss", "amod", "nummod") for g in c.children)
        for c in verb.children)
