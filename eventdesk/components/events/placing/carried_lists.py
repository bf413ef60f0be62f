"""Places of a list told each with a word of its own (for `list_places.listed_apart`).

News lists the places of one deed not only as bare names joined by "and" ("shelled X and Y")
but each with a common noun that carries it: "shelled the outskirts of X and the outskirts
of Y", "fighting went on in X and Y city", "clashes in Kunar's X district and Paktia's Y
district". The parse then joins the carrying nouns, not the names, so the names read as one
place and the event was coded once; each is a place where the deed was reported, an event of
its own (GUIDELINES). The same holds for a name joined to a day told after the first place:
"took X on Friday and Y on Saturday" (the parse joins Y to "Friday"). Kept in a module of its
own: list_places.py reads names the parse joins directly.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.extensions import span_root

# The words that hang a name on its carrying noun: "Y city", "the Y district" (not a
# possessive: "Paktia's Y district" names the province that holds Y).
CARRIED_DEPS = frozenset({"compound", "amod", "nmod"})
NOUN_TAGS = frozenset({"NOUN"})
# The nouns that carry a place ("the outskirts of X", "X city"); not an office or a body of
# the place ("the governor of Kirkuk and the mayor of Tikrit", "Kirkuk police").
PLACE_NOUNS = frozenset({
    "outskirts", "outskirt", "suburbs", "suburb", "area", "areas", "vicinity", "edge",
    "edges", "environs", "countryside", "town", "towns", "village", "villages", "city",
    "district", "districts", "province", "region", "county", "municipality", "neighbourhood",
    "neighborhood", "quarter", "camp", "sector", "front", "axis", "locality", "township",
    "subdistrict", "governorate", "centre", "center"})


def carried_apart(doc, head: Token, mentions, mention) -> bool:
    """`mention` (its root `head`) is carried by a noun joined by "and" to the noun carrying
    another place of the clause ("the outskirts of X and the outskirts of Y"), or is joined
    to a day told after another place of the same verb ("took X on Friday and Y on
    Saturday")."""
    return _joined_carriers(doc, head, mentions, mention) \
        or _joined_to_a_day(doc, head, mentions, mention)


def carrier(name: Token) -> Token | None:
    """The common noun a name is told with: "city" in "Y city", "district" in "Paktia's Y
    district", "outskirts" in "the outskirts of Y"; None for a bare name."""
    tok = name
    while tok.dep_ in CARRIED_DEPS and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head  # "Spin Boldak district": the last word of the name first
    if tok.dep_ in CARRIED_DEPS and tok.head.pos_ in NOUN_TAGS:
        return tok.head if tok.head.lower_ in PLACE_NOUNS else None
    of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in NOUN_TAGS \
            and of.head.lower_ in PLACE_NOUNS:
        return of.head
    return None


def _conj_chain(tok: Token) -> set[int]:
    """The words a conjunct is joined to, up to the first of its list."""
    chain = set()
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        chain.add(tok.i)
    return chain


def _joined_carriers(doc, head: Token, mentions, mention) -> bool:
    if mention.start > 0 and doc[mention.start - 1].text == "-" \
            and not doc[mention.start - 1].whitespace_:
        return False  # "Paktia's Dand-e-Patan district": the tail of a longer name
    own = carrier(head)
    if own is None or own.dep_ != "conj":
        return False
    chain = _conj_chain(own)
    for other in mentions:
        if other is mention:
            continue
        root = span_root(doc, other.start, other.end)
        theirs = carrier(root)
        if root.i in chain or (theirs is not None and theirs.i in chain):
            return True
    return False


def _joined_to_a_day(doc, head: Token, mentions, mention) -> bool:
    day = head.head
    if head.dep_ != "conj" or day.i == head.i or day.ent_type_ != "DATE" \
            or day.dep_ != "pobj" or day.head.pos_ != "ADP":
        return False
    verb = day.head.head
    for other in mentions:
        if other is mention or other.start >= day.i:
            continue
        root = span_root(doc, other.start, other.end)
        if verb in root.ancestors:
            return True
    return False
