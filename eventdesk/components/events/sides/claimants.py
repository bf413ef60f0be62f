"""The source that names the group a report says did a deed it tells with no doer: "a
suicide bomber blew himself up at the station … The BLA claimed the attack", "the police
station was attacked with drones … the attack was perpetrated by the ELN", "… police
blamed the ELN". Reports name the attacker after the deed as often as in it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.coding import typology
from eventdesk.components.events.common import lexicon
from eventdesk.components.events.implicit_sides import blamed_and_denied
from eventdesk.components.events.preamble import same_line
from eventdesk.components.events.sides.table import SideFacts, condition, source
from eventdesk.components.events.subtype.shared import COMBATANT_NOUNS, MEMBER_NOUNS
from eventdesk.extensions import doc_ext, doc_tokens, span_root
from eventdesk.records import Actor

# "X claimed the attack": the subject owns the deed
CLAIMING = frozenset({"claim"})
# "officials blamed X", "blamed on X", "accused X", "attributed to X": the charge's target
BLAMING = frozenset({"blame", "accuse", "attribute"})
# "the attack was perpetrated / carried out / claimed by X": the passive's doer
DOING = frozenset({"perpetrate", "carry", "commit", "conduct", "launch", "stage", "claim",
                   "orchestrate", "execute", "mount"})
# How many sentences after the deed's own may name its doer (a quote or a toll between).
LOOKAHEAD = 3
# Words marking a deed's word as a new deed, not the one told before.
NEW_DEED = frozenset({"a", "an", "another", "second", "third", "new", "separate"})


@condition.add
def actor1_unidentified_group(f: SideFacts) -> bool:
    """The acting side is ACLED's unidentified armed group: the report named no group for
    the deed where it told it."""
    return f.actor1 is not None and f.actor1.armed_men


# "the army and the rebels blamed each other", "accused one another": a charge each side
# lays on the other names no doer
EACH_OTHER = frozenset({"other", "another"})


@condition.add
def sides_blamed_each_other(f: SideFacts) -> bool:
    """The event's sentence or one of the next three on its line says the sides blamed or
    accused each other: the report leaves the doer open."""
    for s, _ in _sentences_after(f.doc, f.clause.root.sent):
        if any(t.lemma_.lower() in BLAMING and any(
                c.dep_ in ("dobj", "pobj") and c.lower_ in EACH_OTHER for c in t.children)
               for t in s):
            return True
    return False


@source.add
def actor1_as_found(f: SideFacts, year) -> Actor | None:
    """The acting side as the roles and earlier rules left it."""
    return f.actor1


@source.add
def group_said_to_have_done_it(f: SideFacts, year) -> Actor | None:
    """The named non-state armed group the event's sentence or one of the next three (in
    a digest, on the same line; none past another incident or a new deed) says claimed
    the deed, was blamed for it (and did not deny it), or did it ("was perpetrated by");
    not the other side. The deed is named again ("the attack", "responsibility", "it") or,
    in the next sentence only, not at all ("police blamed the ELN"): "X claimed an attack
    on Y" tells another deed."""
    doc = f.doc
    for s, far in _sentences_after(doc, f.clause.root.sent):
        for mention in doc_ext(doc, "actors") or []:
            if not s.start <= mention.start < s.end or mention.role_hint != "armed" \
                    or mention.actor.inter not in typology.NON_STATE_ARMED \
                    or f.other is not None and mention.actor.name == f.other.name:
                continue
            if _said_to_have_done(doc, _its_people(span_root(doc, mention.start, mention.end)),
                                  far):
                return mention.actor
    return None


def _its_people(tok: Token) -> Token:
    """The word naming the group's people when the charge or claim names them, not the
    group ("blamed the attack on suspected members of X", "claimed by fighters of X"): the
    group's word hangs on theirs by "of"; else the group's own word."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i \
            and head.head.lemma_.lower() in MEMBER_NOUNS | COMBATANT_NOUNS:
        return head.head
    return tok


def _sentences_after(doc: Doc, sent: Span) -> list[tuple[Span, bool]]:
    """The event's sentence and the next LOOKAHEAD on its line, each with whether it lies
    beyond the next one (there the deed must be named again); none after one that tells
    another incident ("Separately, …") or a new deed ("a second bomb", "another attack")."""
    cues = lexicon()["another_incident"] | {"separate", "separately"}
    found, end = [(sent, False)], sent.end
    while end < len(doc) and len(found) <= LOOKAHEAD \
            and same_line(doc, sent.start_char, doc[end].idx):
        after = doc[end].sent
        if any(t.lower_ in cues for t in doc_tokens(doc)[after.start:after.root.i]):
            break
        far, new = len(found) > 1, _new_deed(doc, after)
        if far and new:
            break
        found.append((after, far))
        if new:
            break
        end = after.end
    return found


def _new_deed(doc: Doc, sent: Span) -> bool:
    """The sentence tells a deed of its own: a deed's word with "a", "another" or an
    ordinal ("a second blast"), which the sentences after it would name again instead."""
    return any(sent.start <= m.start < sent.end and any(
        c.dep_ in ("det", "amod") and c.lower_ in NEW_DEED for c in doc[m.start].children)
        for m in doc_ext(doc, "triggers") or [])


def _said_to_have_done(doc: Doc, tok: Token, far: bool = False) -> bool:
    """The word is the subject of a claim of the deed, the doer of a passive verb of doing
    whose subject is the deed, or the target of a charge not denied; far from the deed, a
    charge must name it again ("blamed the bombing on X", not "blamed X")."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() in CLAIMING:
        return any(_the_deed(doc, o) for o in head.children if o.dep_ == "dobj")
    if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in DOING:
        return any(_the_deed(doc, o) for o in head.head.children if o.dep_ == "nsubjpass")
    verb = head.head if tok.dep_ == "pobj" else head
    if tok.dep_ == "pobj" and verb.dep_ == "dobj" and verb.head.lemma_.lower() in BLAMING:
        verb = verb.head  # "blamed [the attack on X]": the parse hangs "on X" on the deed
    if tok.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in BLAMING \
            or blamed_and_denied(tok):
        return False
    # "blamed X for the attack", "blamed the attack on X", "the attack was blamed on X"
    charged = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
               for g in p.children if g.dep_ == "pobj"] + [
        o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and o.i != tok.i]
    return (bool(charged) or not far) and all(_the_deed(doc, o) for o in charged)


def _the_deed(doc: Doc, noun: Token) -> bool:
    """A deed named again: "responsibility", "it", or a deed's word with "the", "this" or a
    possessive ("the attack", "Sunday's bombing")."""
    if noun.lemma_.lower() == "responsibility" or noun.lower_ in ("it", "this"):
        return True
    return any(m.start <= noun.i < m.end for m in doc_ext(doc, "triggers") or []) and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
        for c in noun.children)
