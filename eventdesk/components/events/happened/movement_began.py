"""How a protest movement began, told as its backdrop ("The demonstrations started on 3 May
against the new tax", "the unrest erupted on Friday with demonstrations against fuel
prices"): news of a
movement's later days recalls its first day with the definite noun of the movement as the
subject of a verb of beginning, and no place of its own. That names the movement, not a
gathering at one place on one day; a deed the sentence tells in its own "when" clause ("the
demonstrations started on Monday, when nurses from three hospitals marched on the ministry")
is coded from that clause, and a start told with its place ("started in X on Monday") is
left to the other cues. Beside backdrop.py `war_began`, a war's beginning.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger, names_a_place
from eventdesk.components.events.happened.backdrop import BEGAN
from eventdesk.components.events.happened.table import Modality
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_tokens, span_root


def movement_began(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """The clause's trigger is the movement (one of `words`, with "the") as the subject of
    a verb of beginning, or what such a subject began "with" ("the unrest erupted with
    demonstrations against …"), in a clause that names no place and tells no other deed,
    past the report's lead."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc_tokens(doc)[:clause.sent.start]):
        return False   # a lead's "Demonstrations started in X on Monday" is the news
    words = cues.words["movement_began"]
    if any(tok.lemma_.lower() not in words and tok.dep_ != "amod"
           for tok in (span_root(doc, m.start, m.end) for m in clause.triggers)):
        return False   # "started on Monday as thousands marched": the march is told here;
        # a participle that only describes a noun ("the since-banned party") tells no deed
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.lemma_.lower() in words:
        began, subject = tok.head.head, _subject_of(tok.head.head)
    elif tok.dep_ in ("nsubj", "nsubjpass"):
        began, subject = tok.head, tok
    else:
        return False
    return began.lemma_.lower() in BEGAN and subject is not None \
        and subject.lemma_.lower() in words \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
        and not names_a_place(doc, {t.i for t in clause.tokens})


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
