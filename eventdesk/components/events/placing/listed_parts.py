"""Parts of a city the index lacks, listed after one verb ("have restored security to the
neighbourhoods of A, B and C in the east of X"): a communiqué's list of quarters taken,
struck or fought in is one event per quarter (GUIDELINES: each distinct place), each at
the city with its own name kept, as the district reader placed the first of them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.candidate import Candidate, copy_candidate
from eventdesk.components.events.common import copy_place, namelike
from eventdesk.components.events.place_mentions import CITY_PARTS
from eventdesk.components.triggers import Clause
from eventdesk.geo.normalize import name_key
from eventdesk.records import is_city_part, join_parts, local_name_of, town_of


def listed_parts(doc: Doc, clause: Clause, cand: Candidate) -> list[Candidate]:
    """The event again for each other part its clause lists with the one it was placed at
    ("X - A"): "the neighbourhoods of A, B and C" gives "X - B" and "X - C", with the
    city's point (geo_precision 2), the day and sides of the first, and no toll of their
    own (the toll told is the list's, kept by the first)."""
    place = cand.place
    if not is_city_part(place):
        return []
    city, first = town_of(place.location), local_name_of(place.location)
    for names in _part_lists(doc, clause):
        keys = [name_key(name) for name in names]
        if name_key(first) not in keys:
            continue
        extra, seen = [], {name_key(first)}
        for name, key in zip(names, keys, strict=True):
            if key in seen:
                continue
            seen.add(key)
            copy = copy_candidate(cand)
            copy.place = copy_place(place)
            copy.place.location = join_parts(city, name)
            copy.fatalities, copy.fatalities_text, copy.site = None, None, None
            extra.append(copy)
        return extra
    return []


def _part_lists(doc: Doc, clause: Clause) -> list[list[str]]:
    """The names a plural word of a city's part lists after "of" ("the neighbourhoods of
    A, B and C", "the districts of A and B"): two or more, each written as a name; not
    "the neighbourhoods of the city"."""
    lists = []
    for tok in clause.tokens:
        low = tok.lower_
        if not (low.endswith("s") and low[:-1] in CITY_PARTS):
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for first in (g for g in prep.children if g.dep_ == "pobj"):
                names = [_name_of(doc, head) for head in _listed(first)]
                if len(names) >= 2 and all(names):
                    lists.append(names)
    return lists


def _listed(first: Token) -> list[Token]:
    """The heads of a list's names, in order: the parse hangs "B" of "A, B and C" on "A"
    as a conjunct or an apposition, and "C" on "B"."""
    heads = [first]
    for head in heads:
        heads.extend(c for c in head.children if c.dep_ in ("conj", "appos") and c.i > head.i)
    return sorted(heads, key=lambda t: t.i)


def _name_of(doc: Doc, head: Token) -> str | None:
    """A listed name's words up to its head ("Jabal Tarik", "al-Mashhad"), when each is
    written as a name."""
    start = head.left_edge.i + (head.left_edge.lower_ == "the")
    words = doc[start:head.i + 1]
    return words.text if len(words) and all(namelike(w) for w in words) else None
