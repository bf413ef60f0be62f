"""Deeds told at large: a present perfect whose victims or targets are a bare plural
("have raped women", "have looted homes") and whose place is many places or a
whole country ("in villages of X", "in neighbouring Mali, including in Gao"). A rights
group's or an official's charge about a side's conduct, not one incident (GUIDELINES:
generic accusations with no specific incident), even said "today" or with a region named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import lexicon, names_a_place
from eventdesk.components.events.happened.table import modality
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext

# Words on a noun that make it count or point at some ("two", "the", "their", "several"):
# a noun with one of them names these victims, not people at large.
POINTING = frozenset({"nummod", "det", "poss", "quantmod", "predet"})
# Prepositions whose places the deed is told at ("in villages of X", "across towns").
AT = frozenset({"in", "across", "throughout", "at", "on"})


def _bare_plural(noun: Token) -> bool:
    """A plural noun with no count, article or owner ("civilians", "ancient sites")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in POINTING or c.like_num
                                          for c in noun.children)


def _places_at_large(doc: Doc, heads: list[Token]) -> bool:
    """The place of the verb or its objects (`heads`) is many places ("in neighbourhoods
    of X": a bare plural ground word) or a country with examples ("in neighbouring Mali,
    including in Gao")."""
    ground = lexicon()["ground_words"]
    countries = {m.start for m in doc_ext(doc, "places") or [] if m.kind == "country"}
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep"):
        if prep.lower_ == "including":
            return True
        if prep.lower_ not in AT:
            continue
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.lemma_.lower() in ground and _bare_plural(place):
                return True
            if any(t.i in countries for t in place.subtree):
                return True
    return False


def told_at_large(doc: Doc, clause: Clause) -> bool:
    """The deed's objects are all bare plurals, and its place is many places or a
    country, or — for people at large (modality.toml `at_large` words: "civilians",
    "women") — no place of its own: "have abducted civilians, Amnesty said today"."""
    verb = clause.root
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(_bare_plural(o) for o in objects):
        return False
    if _places_at_large(doc, [verb, *objects]):
        return True
    people = modality().words["at_large"]
    # the verb's own place: its phrases, not a dateline the parse hung on its subject
    own = {t.i for c in (verb, *objects) for p in c.children if p.dep_ in ("prep", "advmod")
           for t in p.subtree}
    return all(o.lemma_.lower() in people or o.lower_ in people for o in objects) \
        and not names_a_place(doc, own)
