"""Names listed with a town: "in rural areas of Tame and Saravena" names two towns, and so
does "on Sirwah and Raghwan districts".

The mention scan leaves out a capitalised English word standing alone ("Tame", "Mobile",
"Bath"): most such words are no place. Joined by "and"/"or" to a town the report names, and
known to the index as a town of that town's country, the word is a town of the list too —
and each town where fighting is reported is an event of its own (GUIDELINES); so is a name
of several words the NER reads as a person ("Tame and Puerto Rondon"). "Shot down over the
territories of Kharkiv, Sumy and Poltava regions": the plural region word is every name's,
so each is a region, and each a place of its own (the scan reads only the last as a region);
not so a list of aims ("drones launched against the Kherson and Dnipro regions": where
they were downed is not told).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from eventdesk.extensions import span_root
from eventdesk.geo.candidates import CITY_PART_DESIGNATORS, PlaceMention
from eventdesk.geo.gazetteer import Gazetteer

PLACE_CLASSES = frozenset({"P", "A"})  # populated places and administrative areas
# Plural place words a list of names is told with: "on Sirwah and Raghwan districts",
# "the Hodan and Wadajir neighbourhoods" (the parse joins the word, not the last name)
LIST_KINDS = frozenset({"districts", "towns", "villages", "cities", "provinces", "regions",
                        "governorates", "counties", "areas", "neighbourhoods",
                        "neighborhoods", "camps", "localities", "municipalities"})
# Singular place words a proper name names ("the Hodan district", "the Bab Sharqi quarter")
NAMED_PLACE_WORDS = CITY_PART_DESIGNATORS | {"town", "village", "city", "camp"}
# Singular settlement words a town's name is told with inside a list of places: "in
# Dorvan and Keswil city", "retook Marbat town and Tavira" (in lower case: "Keswil
# Town, A and B" is a name of its own)
LISTED_TOWN_WORDS = frozenset({"town", "city"})
# The plural region words a list of regions shares ("Sumy and Poltava regions").
LISTED_REGION_WORDS = frozenset({"regions", "provinces", "governorates", "states", "oblasts"})
# Prepositions of a list of aims, not of where the deed was
AIM_PREPOSITIONS = frozenset({"against", "towards", "toward", "to", "into", "at"})


def listed_kind(name: Token) -> Token:
    """The word a name is listed by: the plural place word it modifies ("Raghwan" in
    "Sirwah and Raghwan districts", which the parse joins to "Sirwah"), or the settlement
    word told after it in lower case that the parse joins to the list ("A and B city", "A
    town and B"; "Keswil Town" is a name), else the name."""
    kind = name.head
    if name.dep_ in ("amod", "compound", "nmod") and kind.lower_ in LIST_KINDS \
            and kind.dep_ == "conj":
        return kind
    if name.dep_ == "compound" and kind.text in LISTED_TOWN_WORDS and (
            kind.dep_ == "conj" or any(c.dep_ == "conj" for c in kind.children)):
        return kind
    return name


def joined_to_a_place(joined: Token, mentions, mention) -> bool:
    """The word a name is joined by "and" to (`joined`'s head) is another place of the
    clause: one of its names, a place word a proper name names ("shells on the Hodan
    district in X and the town of Y": the parse joins the town to the district's word), or
    a name a place word lists, known to the index or not ("the towns of X and Y")."""
    head = joined.head
    return any(o.start <= head.i < o.end for o in mentions if o is not mention) or (
        head.lower_ in NAMED_PLACE_WORDS
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)) \
        or listed_name(head)


def listed_name(name: Token) -> bool:
    """"the towns of X and Y", "the village of X": a proper name its place word lists, a
    place of the list even when the index lacks it (the event is then placed by its
    container, and the names listed beside it are places of their own)."""
    of = name.head
    return name.pos_ == "PROPN" and name.dep_ == "pobj" and of.lower_ == "of" \
        and of.head.lower_ in LIST_KINDS | NAMED_PLACE_WORDS


def heads_a_named_list(name: Token) -> bool:
    """"liberated the town of X and the village of Y": X's place word is joined by "and" to
    another place word that names a place (the parse joins the words, not the names), so X
    heads a list of places, each an event of its own."""
    if not listed_name(name):
        return False
    return any(c.dep_ == "conj" and c.lower_ in NAMED_PLACE_WORDS and any(
        p.lower_ == "of" and any(listed_name(n) for n in p.children) for p in c.children)
        for c in name.head.head.children)


def with_coordinated_names(gazetteer: Gazetteer, doc: Doc,
                           mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions, with the names joined to a town's name by "and"/"or" that the index
    knows in that town's country, and each region of a list of regions a place."""
    if not doc.has_annotation("DEP"):
        return mentions
    return _tallied_regions(doc, _listed_regions(
        doc, _with_listed_towns(gazetteer, doc, _listed_regions(doc, mentions))))


def _tallied_regions(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"downed 30 drones, 20 over the A region and ten over the B region": each region of a
    tally, a count of its own standing for the object counted, is where that count was
    downed or struck, a place of the list (the event's, or one of its own)."""
    return [dataclasses.replace(m, kind="place") if m.kind == "region" and _counted_there(
        span_root(doc, m.start, m.end)) else m for m in mentions]


def _counted_there(name: Token) -> bool:
    """The name (or the region word it names) is the object of a phrase hung on a count
    joined by "and" or a comma to another count: "eight over the B region", "20 drones over
    the A region and ten over the B region"."""
    word = name.head if name.dep_ == "compound" else name
    prep = word.head
    count = prep.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or not _a_count(count):
        return False
    return (count.dep_ == "conj" and _a_count(count.head)) or any(
        c.dep_ == "conj" and _a_count(c) for c in count.children)


def _a_count(word: Token) -> bool:
    """A number, or a word a number counts ("20 drones")."""
    return word.like_num or any(c.dep_ == "nummod" for c in word.children)


def _listed_regions(doc: Doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"Kharkiv, Sumy and Poltava regions": every name of the list that a plural region word
    closes is read with that word, as a place of the list (the event's, or one of its own)."""
    shared: dict[int, str] = {}
    for mention in mentions:
        word = doc[mention.end] if mention.end < len(doc) else None
        if word is None or word.lower_ not in LISTED_REGION_WORDS:
            continue
        members = _list_members(listed_kind(span_root(doc, mention.start, mention.end)))
        if not _aimed_at(word):
            shared.update((member.i, word.lower_) for member in members)
    return [dataclasses.replace(m, kind="place", designator=shared[root]) if (
        root := span_root(doc, m.start, m.end).i) in shared and m.kind != "country" else m
        for m in mentions]


def _aimed_at(word: Token) -> bool:
    """"launched against the A and B regions", "fired towards A and B provinces": the list
    names where the fire was aimed (the preposition the list hangs from, past "of" and the
    word it follows: "against the territories of A and B regions")."""
    prep = word.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.lower_ in AIM_PREPOSITIONS


def _with_listed_towns(gazetteer: Gazetteer, doc: Doc,
                       mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions, with the names joined to a town's name that the index knows in that
    town's country."""
    towns = [m for m in mentions if m.kind == "place" and m.candidates]
    if not towns:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: dict[int, PlaceMention] = {}
    for town in towns:
        country = town.candidates[0].country_code
        head = listed_kind(span_root(doc, town.start, town.end))
        for word in _list_members(head):
            start, end = _name_span(word)
            if head.i in range(start, end) or start in added \
                    or covered.intersection(range(start, end)) \
                    or not _a_listed_name(doc[start:end], head):
                continue
            text = doc[start:end].text
            candidates = [c for c in gazetteer.candidates(text)
                          if c.country_code == country and c.feature_class in PLACE_CLASSES]
            if candidates:
                added[start] = PlaceMention(start, end, doc[start].idx,
                                            doc[start].idx + len(text), text, candidates)
    if not added:
        return mentions
    return sorted([*mentions, *added.values()], key=lambda m: m.start)


def _list_members(head: Token) -> list[Token]:
    """The words of the list `head` is in: the first conjunct and every word joined to it
    by "conj", in order ("Kupiansk, Lyman and Siversk": the parse chains each to the one
    before)."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, todo = [], [first]
    while todo:
        word = todo.pop()
        members.append(word)
        todo.extend(c for c in word.children if c.dep_ == "conj")
    return sorted(members, key=lambda t: t.i)


def _name_span(word: Token) -> tuple[int, int]:
    """The token span of the name a listed word is in: the named entity holding it ("Puerto
    Rondon", "Deir al-Ahmar", which the parse splits into compounds and conjuncts), else the
    word with the compounds just before it (an entity running over a comma is no name)."""
    if word.ent_iob_ in ("B", "I"):
        ent = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
        if ent is not None and not any(t.is_punct and t.text != "-" for t in ent):
            return ent.start, ent.end
    start = word.i
    while start > 0 and word.doc[start - 1].dep_ == "compound" \
            and word.doc[start - 1].head.i == word.i:
        start -= 1
    return start, word.i + 1


def _a_listed_name(name: Span, town: Token) -> bool:
    """A name (its words capitalised, its last no part of a longer name) that the parse
    joins to the town with a coordinating word between them, not the start of the
    sentence."""
    first, last = name[0], name[-1]
    if first.pos_ != "PROPN" or not first.text[:1].isupper() or first.is_sent_start \
            or last.dep_ == "compound":
        return False
    lo, hi = (name.end - 1, town.i) if name.start < town.i else (town.i, name.start)
    between = name.doc[lo + 1:hi]
    return any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in between)
