"""Did it happen? Modality: a clause with a trigger word is an event only when the report
says it happened — not planned, feared, threatened, denied, negated, conditional,
habitual, background or old news (GUIDELINES.md, "What is an event").

The cue words live in data/rules/modality.toml; this module says where in the parse each
cue is looked for. `why_not` names the first cue that applies, so a decision can be
explained and each cue tested on its own examples.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from eventdesk.components.attribution import claim_for
from eventdesk.components.events.common import (
    clause_span_chars,
    is_weak,
    lexicon,
    main_trigger,
    semicolon_between,
    text,
)
from eventdesk.components.events.rules import load_table
from eventdesk.components.triggers import Clause

# The cues read from the heads above a trigger, in the order they are reported.
HEAD_CUES = ("plan", "threat", "fear", "denial", "accusation", "order", "attempt")


@dataclass(frozen=True, slots=True)
class Modality:
    """The word lists of modality.toml, as sets."""

    speech: frozenset[str]
    negating_determiners: frozenset[str]
    negating_preps: frozenset[str]
    modal: frozenset[str]
    condition: frozenset[str]
    other_time: frozenset[str]
    heads: dict[str, frozenset[str]]
    denial_claims: frozenset[str]
    aggregate: tuple[str, ...]
    max_age_days: int
    month_max_age_days: int


@functools.lru_cache(maxsize=1)
def modality() -> Modality:
    cue = load_table("modality")["cue"]
    return Modality(
        speech=frozenset(cue["speech"]["words"]),
        negating_determiners=frozenset(cue["negation"]["determiners"]),
        negating_preps=frozenset(cue["negation"]["prepositions"]),
        modal=frozenset(cue["modal"]["words"]),
        condition=frozenset(cue["condition"]["words"]),
        other_time=frozenset(cue["other_time"]["words"]),
        heads={name: frozenset(cue[name]["words"]) for name in HEAD_CUES},
        denial_claims=frozenset(cue["denial"]["claim_cues"]),
        aggregate=tuple(cue["aggregate"]["words"]),
        max_age_days=cue["old_news"]["max_age_days"],
        month_max_age_days=cue["old_news"]["month_max_age_days"],
    )


def why_not(doc: Doc, clause: Clause) -> str | None:
    """The name of the first modality cue that says the clause did not happen, else None."""
    cues = modality()
    root = clause.root
    if root.lemma_.lower() in cues.speech:
        return "speech"
    if named_again(doc, clause):
        return "named_again"
    if root.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                   for c in root.head.children):
        return "infinitive"  # "ordered the troops to release him and pull back"
    for child in root.children:
        if child.dep_ == "neg":
            return "negation"
        if child.dep_ == "aux" and child.lower_ in cues.modal:
            return "modal"
        if child.dep_ == "aux" and child.tag_ == "TO":
            return "infinitive"
        if child.dep_ == "mark" and child.lower_ in cues.condition:
            return "condition"
        if child.dep_ == "mark" and child.lower_ in cues.other_time:
            return "other_time"
    found = _under_irrealis_head(doc, clause, cues)
    if found is not None:
        return found
    start, end = clause_span_chars(doc, clause)
    claim = claim_for(doc._.claims or [], start, end)
    if claim is not None and claim.cue in cues.denial_claims:
        return "denial"
    return background(doc, clause)


def _under_irrealis_head(doc: Doc, clause: Clause, cues: Modality) -> str | None:
    """Negation on the trigger itself, then the heads from the trigger up through its
    clause and beyond: "plans to retake", "fear that militants will storm"."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children):
        return "negation"
    if tok.head.lower_ in cues.negating_preps:
        return "negation"
    if any(c.dep_ == "det" and c.lower_ in cues.negating_determiners for c in tok.children):
        return "negation"
    t = tok
    for _ in range(12):
        for name, words in cues.heads.items():
            if t.lemma_.lower() in words or t.lower_ in words:
                return name
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in cues.modal
                                             for c in t.children):
            return "modal"
        # a co-ordinated clause is not under its sibling's modality, nor is one across a
        # semicolon
        if t.head.i == t.i or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")) \
                or semicolon_between(doc, t.i, t.head.i):
            break
        t = t.head
    return None


def background(doc: Doc, clause: Clause) -> str | None:
    """Aggregates with no single day or place: "since 2011", "have killed 500 since
    December", "18 people had been killed across the country"."""
    start, end = clause_span_chars(doc, clause)
    if is_weak(clause):
        # a bare toll is read with its whole sentence: "… killed and 185 wounded across
        # the city since Sunday"
        sent = clause.sent
        start, end = sent.start_char, sent.end_char
        if re.search(r"\bsince\b", text(doc)[start:end].lower()):
            return "since_tally"
    lowered = text(doc)[start:end].lower()
    if any(cue in lowered for cue in modality().aggregate):
        return "aggregate"
    kinds = {d.kind for d in doc._.dates or [] if start <= d.start_char < end}
    if "background" in kinds and not kinds & {"day", "relative"}:
        return "background_date"
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                  for c in clause.root.children)
    if not perfect or kinds & {"day", "relative", "week"}:
        return None
    # "have taken the city, officials said on Thursday" is news; "the war has killed
    # thousands" and "both sides have shelled neighbourhoods" are not
    sent = clause.sent
    dated = any(sent.start_char <= d.start_char < sent.end_char
                and d.kind in ("day", "relative", "week") for d in doc._.dates or [])
    if not dated or "kill" in {m.category for m in clause.triggers}:
        return "perfect_tally"
    return None


def named_again(doc: Doc, clause: Clause) -> bool:
    """"The protests came as …": only definite nouns, as subjects, name the event — one
    told before, not a new one."""
    if any(m.category == "kill" for m in clause.triggers):
        return False
    for m in clause.triggers:
        tok = doc[m.start:m.end].root
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                   for c in tok.children):
            return False
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
    return clause.root.lemma_.lower() not in lexicon()["strike_verbs"]


def is_old_news(doc: Doc, date: dt.date | None, precision: int | None) -> bool:
    """Events over a month before publication (a week for a month-only date) are
    background ("the ceasefire agreed in Minsk in September")."""
    published = doc._.published
    if published is None or date is None:
        return False
    age = (published - date).days
    cues = modality()
    return age > cues.max_age_days or (precision == 3 and age > cues.month_max_age_days)
