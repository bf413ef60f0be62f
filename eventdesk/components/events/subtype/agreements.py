"""Predicates of agreements and surrenders: an agreement only kept, aimed at or named (no
event), and fighters' surrender. Split from strategic.py, which reads assets destroyed, posts
handed over, property burned, raids and weapons taken.
"""

from __future__ import annotations

from eventdesk.components.events.common import ARMED_ROLES, armed_subject
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root

# Verbs that say an agreement already made lasted or ended ("the ceasefire held").
AGREEMENT_KEPT = frozenset({"hold", "last", "survive", "endure", "collapse", "falter",
                            "expire", "lapse", "crumble", "unravel"})


@predicate.add
def agreement_only_kept(facts: ClauseFacts) -> bool:
    """"The ceasefire held for a third day", "the truce collapsed": an agreement made
    before is said to last or to end — no agreement is reached in this clause."""
    doc = facts.doc
    for m in facts.clause.triggers:
        if m.category != "agreement":
            continue
        tok = span_root(doc, m.start, m.end)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in AGREEMENT_KEPT:
            return True
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in AGREEMENT_KEPT
               for c in tok.children):
            return True
    return False


# Nouns of aiming or talking that an agreement word can hang on ("agreed on the need for
# a ceasefire", "called for a truce", "talks on a prisoner exchange"): no deal is made.
AGREEMENT_AIMED_AT = frozenset({
    "need", "call", "push", "importance", "proposal", "plan", "bid", "hope", "prospect",
    "possibility", "chance", "effort", "talk", "negotiation", "demand", "appeal",
    "framework", "roadmap", "idea", "support"})


# What sides agree to do that is talking, not a deal ("agreed to keep up the dialogue",
# "agreed to meet again"): not "agreed to release prisoners" or "to halt fighting".
TALKING = frozenset({"keep", "continue", "meet", "discuss", "work", "consider", "study",
                     "explore", "cooperate", "pursue", "resume", "maintain", "strengthen",
                     "deepen", "boost", "seek", "talk", "negotiate", "revive", "examine",
                     "push", "hold"})


@predicate.add
def agreement_only_aimed_at(facts: ClauseFacts) -> bool:
    """"The two leaders agreed on the need for a ceasefire", "both sides agreed to keep up
    the dialogue": every agreement word of the clause is an aim or more talk, no deal made
    (a deal reached "to release prisoners" or "on a ceasefire" is one)."""
    doc = facts.doc
    found = [m for m in facts.clause.triggers if m.category == "agreement"]
    if not found:
        return False
    for m in found:
        tok = span_root(doc, m.start, m.end)
        if tok.pos_ in ("NOUN", "PROPN"):
            prep = tok.head if tok.dep_ == "pobj" else None
            if prep is None or prep.dep_ != "prep" \
                    or prep.head.lemma_.lower() not in AGREEMENT_AIMED_AT:
                return False
            continue
        if tok.lemma_.lower() != "agree":
            return False
        doing = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)]
        if not doing or any(c.lemma_.lower() not in TALKING for c in doing):
            return False
        deals = {i for d in found if span_root(doc, d.start, d.end).pos_ in ("NOUN", "PROPN")
                 for i in range(d.start, d.end)}
        if any(t.i in deals for c in doing for t in c.subtree):
            return False   # "agreed to extend the ceasefire": a deal
    return True


@predicate.add
def surrender_of_fighters(facts: ClauseFacts) -> bool:
    """"The rebels surrendered to the army": an armed side's verb that gives up no object
    (no post, no town), so the fighters gave up themselves; wanted men surrendering to
    the police are no side."""
    root = facts.clause.root
    return root.lemma_.lower() == "surrender" and (
        armed_subject(facts.clause) or _members_of_an_armed_side(root)) and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in root.children)


# Nouns of some of a side's people ("two members of the militia", "one of the rebels")
MEMBER_NOUNS = frozenset({"member", "members", "one", "some", "two", "three", "several",
                          "dozens", "commander", "fighter", "fighters"})


def _members_of_an_armed_side(verb) -> bool:
    """"Two members of the rebel group surrendered", "three members of the militia surrendered":
    the subject counts people of an armed side named after "of", or of "the group" the
    report named before, a side's own fighters giving themselves up."""
    doc = verb.doc
    heads = [o for s in verb.children if s.dep_ == "nsubj" and s.lower_ in MEMBER_NOUNS
             for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in SIDES_NAMED_BEFORE and any(c.lower_ == "the" for c in o.children)
               or any(m.role_hint in ARMED_ROLES and m.start <= o.i < m.end
                      for m in doc_ext(doc, "actors") or [])
               for o in heads)


# "the group", "the militia": a side the report named before
SIDES_NAMED_BEFORE = frozenset({"group", "militia", "faction", "movement", "outfit"})


# Nouns of the people or the parts of an agreement ("the signatories of the peace
# agreement", "the terms of the deal"): the agreement named, not made.
AGREEMENT_HOLDERS = {"signatory", "signatories", "signer", "signers", "supporter", "opponent",
                     "critic", "architect", "negotiator", "guarantor", "mediator",
                     "beneficiary", "term", "terms", "text", "detail", "anniversary",
                     "clause", "provision", "implementation"}


@predicate.add
def agreement_only_named(facts: ClauseFacts) -> bool:
    """Every agreement word of the clause names people or parts of an agreement after
    "of" ("combatants took two signatories of the peace agreement out of their homes",
    "the terms of the truce"): an agreement made before, named, not one reached."""
    doc = facts.doc
    found = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "agreement"]
    return bool(found) and all(
        t.dep_ == "pobj" and t.head.lower_ == "of"
        and t.head.head.lemma_.lower() in AGREEMENT_HOLDERS for t in found)


def _relative(verb) -> bool:
    """A relative clause ("the districts that Armenia agreed to hand over"), or one the
    parse took for an adverbial clause opened by "that" or "which"."""
    return verb.dep_ in ("relcl", "acl") or verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("that", "which") for c in verb.children)


def _dated(verb) -> bool:
    """A day or time told by the verb or a verb it governs directly ("agreed on Monday
    to hand over"), not by a clause hung on one of its nouns ("the deal that ended six
    weeks of fighting")."""
    own = {verb} | {c for c in verb.children if c.dep_ == "xcomp"}
    for tok in verb.subtree:
        if tok.ent_type_ not in ("DATE", "TIME"):
            continue
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head is not head:
            head = head.head
        if head in own:
            return True
    return False


@predicate.add
def agreement_qualifies_a_thing(facts: ClauseFacts) -> bool:
    """"The last of the districts that Armenia agreed to hand over under the deal": an
    agreement told in a relative clause, with no day of its own, says which things a deed
    is about — a deal made before, not one reached on the report's day."""
    doc = facts.doc
    found = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "agreement"]
    verbs = [t for t in found if t.lemma_.lower() == "agree"]
    return bool(verbs) and all(_relative(v) and not _dated(v) for v in verbs)


@predicate.add
def agreement_in_someones_past(facts: ClauseFacts) -> bool:
    """"Police detained a militia leader whose group had signed the truce": every agreement
    of the clause is told in a past-perfect relative clause on a noun, with no day of its
    own — who or what it was, a deal made before, not one reached in the news. A day in
    the relative clause ("rebels who had signed a truce on Monday attacked ...") keeps the
    agreement, as agreement-told-of-a-thing does."""
    doc = facts.doc
    found = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "agreement"]
    return bool(found) and all(_in_a_past_relative(t) for t in found)


def _in_a_past_relative(tok) -> bool:
    """The word, or the verb it is the object of, heads a relative clause in the past
    perfect ("who had joined a deal", "which had signed the agreement") on a noun."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if tok.dep_ == "pobj":
        verb = tok.head.head
    return verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children) \
        and not _dated(verb) and not _day_hung_after(verb)


def _day_hung_after(verb) -> bool:
    """"Rebels who had signed a truce on Monday attacked a post on Wednesday": the parse
    hangs the relative clause's day on the main verb, between the two; it is the relative
    clause's when the main verb names a day of its own after it."""
    noun, main = verb.head, verb.head.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or main.i <= verb.right_edge.i:
        return False
    days = [c.i for c in main.children if c.dep_ == "prep"
            and any(g.ent_type_ == "DATE" for g in c.subtree)]
    return any(verb.right_edge.i < i < main.i for i in days) and any(i > main.i for i in days)
