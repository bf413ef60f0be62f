"""Villages the index lacks, listed beside a town it knows: "repelled attacks in the areas of
A, B and C", "near A and B", "towards A and B" -- a communiqué's roundup names the front's
villages in one list, and the gazetteer often knows only the largest. Each listed place is
an event of its own (GUIDELINES: each distinct place where fighting or an attack is
reported); a name the index lacks, or reads only as a namesake elsewhere, is not dropped but
kept at what the report does tell of it: the region of the town it is listed with (its own
name, that region, no point, geo_precision 3), honest about knowing no more.

Not a list of names the index lacks only, nor one the report puts in a holder ("the villages
of A and B in X district", "A and B, near X"): such a list is coded once, at what holds it
(measured: coding each of them apart added more false events than it found). Not a route's
ends, names a region word closes, an address ("A, B, C" with no "and"), nor names beside
other words (`_plain_list`); nor a name NER reads as a person (measured: such a name listed
beside a town added a false event).

Apart from `listed_copies.same_event_elsewhere` (which copies the event to the listed names the
index knows) because the names here are no place mentions of the clause: only the parse's
list and their written form say they are places."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.candidate import Candidate, copy_candidate
from eventdesk.components.events.common import actor_tokens, namelike
from eventdesk.components.events.place_mentions.other_names import ROUTE_LINKS, ROUTE_WORDS
from eventdesk.components.events.place_names import region_held
from eventdesk.components.events.placing.phrases import joined_head
from eventdesk.components.triggers import Clause
from eventdesk.extensions import span_root
from eventdesk.geo.candidates import DISTRICT_DESIGNATORS, REGION_DESIGNATORS
from eventdesk.geo.coordinated import LIST_KINDS
from eventdesk.geo.countries import country_code
from eventdesk.geo.normalize import name_key
from eventdesk.records import is_city_part, local_name_of

# "A and B in X", "A and B, near X": the words that put a list in one holder
HOLDER_PREPS = frozenset({"in", "near", "of", "outside", "around"})
# a name NER reads as a person: a list's position alone does not make it a village
NOT_PLACES = frozenset({"PERSON"})
# a name NER reads as a day or a time: never a village, whatever governs it ("took X on
# Friday and Y on Saturday": the parse may join Y to "Friday")
NOT_EVER_PLACES = frozenset({"DATE", "TIME"})
# words whose "of" governs a list of places ("the outskirts of X and Y")
PLACE_WORDS = LIST_KINDS | {"outskirts", "area", "vicinity", "environs", "edges"}
# the words that join a list's last name to the others
JOINING_WORDS = frozenset({"and", "or"})
# words after a list that make its names regions or districts, not villages
HOLDING_WORDS = REGION_DESIGNATORS | DISTRICT_DESIGNATORS | {
    "districts", "territories", "townships", "counties", "municipalities", "lgas", "oblasts"}


def listed_unknowns(doc: Doc, clause: Clause, cand: Candidate, mentions,
                    taken: list[Candidate]) -> list[Candidate]:
    """The event again for each name its clause's sentence lists beside a place mention of
    the clause that the index does not know, at the region of the event's own town (see the
    module's docstring).
    `mentions` are the clause's place mentions; `taken` the copies already made (their
    names are not made again)."""
    place = cand.place
    if place is None or place.latitude is None or not place.admin1 \
            or place.geo_precision == 3 or is_city_part(place):
        return []  # a list of names the index lacks only: often one event at what holds them
    # a name the index reads only as a namesake elsewhere (not among the clause's plausible
    # mentions) is as unknown here as one it lacks
    known = actor_tokens(doc) | {i for m in mentions for i in range(m.start, m.end)}
    # "the outskirts of X and the town of Y": Y's list is joined by its place word
    heads = [joined_head(span_root(doc, m.start, m.end)) for m in mentions]
    seen = {name_key(local_name_of(c.place.location or "")) for c in [cand, *taken]
            if c.place is not None}
    extra = []
    for head in heads:
        members = _list_of(head)
        if not _plain_list(doc, sorted([head, *members], key=lambda t: t.i)):
            continue
        for member in members:
            if member.i in known or not _may_be_a_village(member):
                continue  # "near X and Mohammed al-Khatib", "on Friday and Y": no village
            name = _name_of(doc, member, known)
            if name is None or name_key(name) in seen or country_code(name):
                continue
            seen.add(name_key(name))
            region = region_held(place, name)
            region.admin2 = None  # the region of the town it is listed with, not its district
            copy = copy_candidate(cand)
            copy.place, copy.fatalities, copy.fatalities_text = region, None, None
            copy.site, copy.own_unknown = None, True
            extra.append(copy)
    return extra


def _may_be_a_village(member: Token) -> bool:
    """A listed name may be a village: not a day or a time, nor a person's name unless a
    place word governs the list."""
    if member.ent_type_ in NOT_EVER_PLACES:
        return False
    return member.ent_type_ not in NOT_PLACES or _of_a_place_word(member)


def _of_a_place_word(member: Token) -> bool:
    """"the outskirts of X and Y", "the areas of X and Y", "the towns of X and Y": a list
    a place word governs names places, whatever NER reads a one-word name of it as (a
    person is most often named with two words or more: "Walid Haddad")."""
    if member.left_edge.i != member.i or _told_as_a_person(member):
        return False
    first = member
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    of = first.head
    return first.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PLACE_WORDS


def _told_as_a_person(member: Token) -> bool:
    """"the outskirts of X and Ahmed, a local activist, said", "the vicinity of X and Hamid
    said": a name set beside a description of who it is, or the subject of a verb after it,
    is a person the parse hung on the list, not a village."""
    if any(c.dep_ == "appos" for c in member.children):
        return True
    doc, after = member.doc, member.i + 1
    if after + 1 < len(doc) and doc[after].text == "," \
            and doc[after + 1].lower_ in ("a", "an", "the"):
        return True
    return after < len(doc) and doc[after].pos_ in ("VERB", "AUX")


def _plain_list(doc: Doc, heads: list[Token]) -> bool:
    """The names are one list of places: joined by commas and a last "and"/"or", nothing
    else between them ("in Marsabo, police and border guards" is no list); not a route's
    ends ("the road between A and B"); not names a region word after them makes regions or
    districts ("Kordafa and Tindoumar regions", "in Jaldomo, Tavira and Belcosta province"),
    nor names a division told first holds ("the hamlets of X district -- A, B and C"), nor an
    address ("Kaw Lu, Dembel, Kordafa del Norte": no "and")."""
    if len(heads) < 2:
        return False
    between = [t for prev, nxt in zip(heads, heads[1:], strict=False)
               for t in doc[prev.i + 1:nxt.left_edge.i]]
    if any(t.text != "," and t.lower_ not in JOINING_WORDS for t in between) \
            or not any(t.lower_ in JOINING_WORDS for t in between):
        return False
    start = heads[0].left_edge.i
    if any(t.lower_ in ROUTE_LINKS | ROUTE_WORDS for t in doc[max(0, start - 4):start]):
        return False
    if any(t.lower_ in HOLDING_WORDS for t in doc[start:heads[0].i]):
        return False  # "the hamlets of X district -- A, B and C": held by X, told first
    last = heads[-1]   # "... and the town of Y": the list ends after Y's name
    after = (last.i if last.pos_ == "PROPN" else last.right_edge.i) + 1
    if after < len(doc) and doc[after].lower_ in HOLDING_WORDS:
        return False
    return not _held_after(doc, after)


def _held_after(doc: Doc, at: int) -> bool:
    """"the villages of A and B in X district", "A and B, near X": a list the report puts in
    one holder, which is then coded once, at what holds them."""
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc) or doc[at].lower_ not in HOLDER_PREPS:
        return False
    at += 1
    while at < len(doc) and doc[at].lower_ in ("the", "a"):
        at += 1
    return at < len(doc) and (namelike(doc[at]) or doc[at].lower_ in HOLDING_WORDS)


def _list_of(head: Token) -> list[Token]:
    """The heads of the names of the list `head` is in ("A, B and C": the parse hangs B on
    A and C on B as conjuncts), `head` left out; proper nouns only."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members = [first]
    for member in members:
        members.extend(c for c in member.children if c.dep_ == "conj" and c.i > member.i)
    return [m for m in members if m.i != head.i and m.pos_ == "PROPN"]


def _name_of(doc: Doc, head: Token, known: set[int]) -> str | None:
    """A listed name's words up to its head ("Verkhneye Zarechye", "al-Qasrawi"), each
    written as a name and none read as a known place or an actor."""
    start = head.left_edge.i + (head.left_edge.lower_ == "the")
    words = doc[start:head.i + 1]
    if not len(words) or len(words) > 4 or any(w.i in known for w in words) \
            or not all(namelike(w) for w in words) or len(words) == 1 and words[0].is_upper:
        return None
    return words.text
