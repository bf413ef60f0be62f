"""A report moving on to another scene or incident ("In al-Bireh, …", "Separately, …",
a bomb in a district named in its own sentence): what keeps two tellings of one type,
place and day apart."""

from __future__ import annotations

import itertools

from spacy.tokens import Span

from eventdesk.coding.typology import EXPLOSIONS
from eventdesk.components.events.common import Candidate, read_once
from eventdesk.components.events.place_names import is_city_part
from eventdesk.components.events.placing import place_key
from eventdesk.geo.normalize import name_key


def moved_to_another_place(a: Candidate, b: Candidate) -> bool:
    """"Clashes erupted in Jenin on Thursday … In al-Bireh, young men confronted the
    forces": the later of two tellings in different sentences whose sentence opens on its
    place ("In X, …") moves the report to another scene; placed apart from the other at
    all (a district of its city too), it is another event."""
    later = max(a, b, key=lambda c: c.sent_index)
    return a.sent_index != b.sent_index and later.place_fronted \
        and place_key(a.place) != place_key(b.place)


# The words a sentence may open with before the place it moves to ("Also in X, …").
OPENING_WORDS = frozenset({"also", "and", "but", ",", "then"})
# The prepositions that open a sentence on a place ("In X, …", "Near X, …").
PLACE_OPENERS = frozenset({"in", "at", "near", "outside", "around"})


# doc.user_data key: {sentence start: whether it opens on its place}, see sentence_fronted
FRONTED_KEY = "eventdesk.merging.fronted"


def sentence_fronted(sent: Span) -> bool:
    """`opens_on_a_place`, read once per sentence (`doc.user_data[FRONTED_KEY]`): it depends
    on the sentence alone, and every candidate the sentence tells asks for it."""
    return read_once(sent.doc, FRONTED_KEY, sent.start, lambda: opens_on_a_place(sent))


def opens_on_a_place(sent: Span) -> bool:
    """"In Quetta, one protester was killed …", "In the western city of Zawiya, …": the
    sentence opens with a preposition of place and a name (not a day: "In March, …"),
    set off by a comma, before its clause."""
    tokens = (t for t in sent if not t.is_space)   # read only as far as the opening goes
    tok = next(tokens, None)
    while tok is not None and tok.lower_ in OPENING_WORDS:
        tok = next(tokens, None)
    if tok is None or tok.lower_ not in PLACE_OPENERS:
        return False
    named = False
    for tok in itertools.islice(tokens, 9):
        if tok.text == ",":
            return named
        if tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in ("VERB", "AUX", "PRON", "NUM"):
            return False
        named = named or tok.pos_ == "PROPN"
    return False


def told_apart(a: Candidate, b: Candidate) -> bool:
    """"An air strike hit a market in X on Monday … Separately, another strike hit a
    school in the town": the later of two tellings in different sentences marked as
    another incident is one, even at the same place on the same day; so is one told "also"
    at another place of the town ("the nearby town of X also burned that day")."""
    later = max(a, b, key=lambda c: c.sent_index)
    return a.sent_index != b.sent_index and (
        later.another_incident or later.told_also and place_key(a.place) != place_key(b.place))


def district_told_apart(a: Candidate, b: Candidate) -> bool:
    """"A suicide bombing in the capital …; hours later, a roadside bomb exploded in the
    Shaab district": an explosion by another weapon that names a district of the city in
    its own sentence is another incident, not the city's event told again (a town taken
    and a clash in one of its districts are one battle)."""
    if a.event_type != EXPLOSIONS or a.sub_event_type == b.sub_event_type \
            or place_key(a.place) == place_key(b.place):
        return False
    return (is_city_part(a.place) or is_city_part(b.place)) \
        and not (a.place_from_context or b.place_from_context)


def names_an_unknown_place(sent: Span, place) -> bool:
    """"In Gidan Dawa, gunmen killed three farmers": the telling's place is a name its own
    sentence writes and the index lacks (no place mention of the sentence reads it), kept
    as the place's own part ("Gidan Dawa", "Maru - Gidan Dawa") -- not a place carried
    from an earlier sentence, nor one the index knows."""
    own = (place.location or "").rpartition(" - ")[2] if place is not None else ""
    key = name_key(own)
    if not key or key not in name_key(sent.text):
        return False
    return not any(sent.start <= m.start < sent.end and name_key(m.text) == key
                   and m.candidates and m.kind != "country" for m in sent.doc._.places or [])


def own_places_apart(a: Candidate, b: Candidate) -> bool:
    """"Gunmen killed five villagers in Maru … In Gidan Dawa, gunmen killed three farmers":
    a telling at a place of its own that the index lacks and one at a town the index knows,
    under another name, are two events, whatever their type and day (issue 8: the village
    held at its region was taken for the town's event told again)."""
    for own, other in ((a, b), (b, a)):
        if own.own_unknown and other.place is not None and other.place.latitude is not None \
                and other.place.geo_precision != 3 and not other.own_unknown \
                and place_key(own.place) != place_key(other.place):
            return True
    return False
