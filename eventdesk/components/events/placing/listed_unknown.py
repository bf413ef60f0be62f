"""A name the index lacks, listed beside a town it knows ("Israeli artillery shelled the
outskirts of Khiam and the town of Kfar Kila", "arrested 11 suspects in the villages of
Beit Fajjar and Tuqu", "repelled attacks in the areas of Avdiivka, Sieverne and Stepove"):
each listed place is an event of its own (GUIDELINES: "code, as its own event, each
distinct place where fighting or an attack is reported"). The event was coded once, at the
known town, so the other place's event was folded into it (issue 8, "merged into another
event").

The unknown name keeps the known town's region (geo_precision 3, no point), a place of its
own (`own_unknown`), as `places.unheld_sibling` does for "the towns of X and Y". Listed
means joined in one coordination with the known name: by "and" or a comma, directly or
through the words that carry each name ("the outskirts of X and the town of Y", "a compound
in the area of X and a post in the area of Y"). Not a route's two ends ("the road linking X
and Y"), nor a name set in a place of its own ("on Sohmor in the western Bekaa"), nor a
name that is an actor's, a person's or an organisation's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import (
    Candidate,
    actor_tokens,
    copy_candidate,
    copy_place,
    namelike,
)
from eventdesk.components.events.place_mentions.other_names import ROUTE_LINKS
from eventdesk.components.events.place_mentions.readings import SETTLEMENT_WORDS
from eventdesk.components.events.place_names.words import name_end
from eventdesk.components.events.placing.held_by import holders_dropped
from eventdesk.components.events.placing.listed_parts import listed_parts
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root
from eventdesk.geo.candidates import is_district
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, local_name_of, town_of

# The words a name's part of a proper name hangs by, climbed to reach the name's head.
NAME_DEPS = frozenset({"compound", "flat", "nmod"})
# Place words written after a name ("Lalibela town", "Kisekka market").
KIND_WORDS = SETTLEMENT_WORDS | {"area", "district", "market", "camp", "neighbourhood",
                                 "neighborhood", "front", "sector"}
# Named entities that are no place (NER reads many a village the index lacks as a person:
# listed beside a town, it is a place, as geo/coordinated.py also reads it).
NOT_PLACES = frozenset({"ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL",
                        "MONEY", "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW",
                        "PRODUCT", "LANGUAGE"})


def listed_elsewhere(placer, doc: Doc, clause: Clause, cand: Candidate,
                     extra: list[Candidate]) -> list[Candidate]:
    """The events `same_event_elsewhere` adds: its copies at the known towns of a list, but
    not at a place named only as what holds the event's (`held_by.holders_dropped`); a
    city's listed parts (`listed_parts.listed_parts`); then the names the index lacks listed
    beside a known town (`listed_unknown`)."""
    extra = holders_dropped(doc, clause, cand, extra)
    return extra + listed_parts(doc, clause, cand) + listed_unknown(placer, doc, clause,
                                                                    cand, extra)


def listed_unknown(placer, doc: Doc, clause: Clause, cand: Candidate,
                   extra: list[Candidate]) -> list[Candidate]:
    """The event again for each name the index lacks that the clause lists beside a town it
    knows, at that town's region with the name kept (geo_precision 3, no point). Not a name
    the event itself was placed at as a part of the town ("Y - X"): measured, moving that
    event to the name's own place let the report's other parts of Y fold into it."""
    if cand.place is None:
        return []
    # the clause's words and its verb's whole phrase ("apprehended 11 suspects in the villages
    # of X and Y", where the parse may end the clause before the list)
    ids = {t.i for t in clause.tokens} | _verb_phrase(clause.root)
    judge = placer.judge
    placed = {_town_key(c.place) for c in [cand, *extra] if c.place is not None}
    known = [m for m in doc_ext(doc, "places") or [] if m.start in ids and m.kind == "place"
             and m.candidates and judge.plausible(doc, m)]
    if not known:
        return []
    # a town read only as a namesake elsewhere is as unknown as one the index lacks
    covered = {i for m in doc_ext(doc, "places") or [] for i in range(m.start, m.end)
               if m.kind != "place" or judge.plausible(doc, m)} | actor_tokens(doc)
    taken = {name_key(local_name_of(c.place.location or "")) for c in [cand, *extra]
             if c.place is not None}
    countries = doc_ext(doc, "countries") or []
    found: list[Candidate] = []
    held = {i for m in doc_ext(doc, "places") or [] if m.kind != "country"
            for i in range(m.start, m.end)}
    for name, start in _unknown_names(doc, ids, covered, held):
        key = name_key(name)
        for mention in known:
            head = span_root(doc, mention.start, mention.end)
            if not listed_together(doc[start], head):
                continue
            best = mention.candidates[0]
            if best.match == "transliteration" or best.is_region or is_district(best):
                break  # a guess at the known town is no holder of its neighbour; nor is a
                # division ("the villages of X district - A, B and C": one event there)
            town = placer.gazetteer.resolve(mention, countries=countries)
            if town is None or town.latitude is None or not town.admin1 \
                    or _town_key(town) not in placed:
                break  # the list is the one the event was placed by
            if key not in taken:
                copy = _copy_at(cand, _held_place(town, name))
                copy.own_unknown = True
                found.append(copy)
            taken.add(key)
            break
    return found


def _verb_phrase(root: Token) -> set[int]:
    """The clause verb's words, but not a clause of its own subject joined to it ("agreed to
    a ceasefire, and shops reopened in X and Y")."""
    skip = {t.i for c in root.children if c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree}
    return {t.i for t in root.subtree} - skip


def _town_key(place: Place) -> str:
    return name_key(town_of(place.location or ""))


def _copy_at(cand: Candidate, place: Place) -> Candidate:
    copy = copy_candidate(cand)
    copy.place, copy.fatalities, copy.fatalities_text, copy.site = place, None, None, None
    copy.own_unknown = False
    return copy


def _held_place(town: Place, name: str) -> Place:
    """The unknown place under its own name, held by the known town's region: no point."""
    own = copy_place(town)
    own.location = name
    own.admin2 = own.latitude = own.longitude = own.geonameid = None
    own.geo_precision = 3
    return own


def _unknown_names(doc: Doc, ids: set[int], covered: set[int], held: set[int]):
    """(name, head token) of each proper name of the clause's words (`ids`) the index lacks
    that may be a place: capitalised, not an actor's nor an organisation's."""
    seen: set[int] = set()
    for tok in (doc[i] for i in sorted(ids)):
        if tok.i in seen or tok.i in covered or tok.pos_ != "PROPN" or not namelike(tok) \
                or not tok.text[:1].isupper() or tok.ent_type_ in NOT_PLACES:
            continue
        start = tok.i
        while start > 0 and start - 1 in ids and namelike(doc[start - 1]) \
                and doc[start - 1].pos_ == "PROPN":
            start -= 1
        end = max(name_end(doc, start), tok.i + 1)
        words = doc[start:end]
        seen.update(range(start, end))
        head = next((t for t in words if not start <= t.head.i < end or t.head.i == t.i),
                    None)
        if head is None or any(t.i in covered or t.ent_type_ in NOT_PLACES for t in words) \
                or _own_place_phrase(head, held):
            continue
        yield words.text, head.i


def _own_place_phrase(head: Token, held: set[int]) -> bool:
    """"on Sohmor in the western Bekaa": the name says where it lies itself; "the villages of
    X and Y in Z district": the list is held by a place it names (`held`: the tokens of the
    names of places below a country; or a name the index lacks), an event there."""
    items = [head]
    if head.dep_ == "pobj" and head.head.pos_ == "ADP":
        items.append(head.head)  # "and on Sohmor in the western Bekaa": the phrase's own
    while items[-1].dep_ == "conj" and items[-1].head.i != items[-1].i:
        items.append(items[-1].head)
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        t.i in held or t.pos_ == "PROPN" for t in c.subtree)
        for item in items for c in item.children)


def _ascent(tok: Token) -> list[tuple[int, bool]]:
    """The words a name's list item hangs by, from the name's head up: its place word, the phrase
    carrying it ("the outskirts of X", "a compound in the area of X") up to the noun it
    belongs to, and the item before it that "and" (or a comma) joins it to; each with
    whether it was reached by that joining. Not past a name ("X near Y", "Y in the Z
    area": Y says where X lies, it is no item of X's list) nor a verb."""
    path = [(tok.i, False)]
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in NAME_DEPS and head.lower_ in KIND_WORDS:
            pass  # "Lalibela town and Gashena": the town word carries the name
        elif tok.dep_ == "conj" and _and_joined(tok, head):
            pass
        elif tok.dep_ == "pobj" and head.pos_ == "ADP":
            if head.lower_ in ROUTE_LINKS:
                return []  # "the road between X and Y": a route's two ends, one event
        elif tok.dep_ == "prep" and head.pos_ == "NOUN":
            pass
        else:
            break
        path.append((head.i, tok.dep_ == "conj"))
        tok = head
    return path


def _route_before(doc: Doc, first: int) -> bool:
    """"the road between X and Y", "between the towns of X and Y": a route's ends, however
    the parse hangs them."""
    return any(t.lower_ in ROUTE_LINKS for t in doc[max(0, first - 4):first])


def _and_joined(tok: Token, head: Token) -> bool:
    """The joining is a list's: "and" or "or" is told among its items ("X, Y and Z"), not
    only a comma ("in Bintaro, South Tangerang": the second says where the first lies)."""
    items = [head, tok, *(c for c in head.children if c.dep_ == "conj"),
             *(c for c in tok.children if c.dep_ == "conj")]
    return any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in items for c in t.children)


def listed_together(name: Token, other: Token) -> bool:
    """The two names are items of one list: their ascents meet at a word one of them was
    joined to by "and" (or a comma) -- the first item, or the word both items hang on."""
    if name.i == other.i or _route_before(name.doc, min(name.left_edge.i, other.left_edge.i)):
        return False
    a, b = _ascent(name), _ascent(other)
    b_joined = dict(b)
    for i, joined in a:
        if i in b_joined:
            return joined or b_joined[i]
    return False
