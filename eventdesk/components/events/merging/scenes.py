"""A report moving on to another scene or incident ("In al-Bireh, …", "Separately, …",
a bomb in a district named in its own sentence): what keeps two tellings of one type,
place and day apart."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span

from eventdesk.coding.typology import EXPLOSIONS
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import read_once
from eventdesk.components.events.merging.places_days import same_place
from eventdesk.components.events.place_names.settlements import AREA_WORDS, HOLDER_NOUNS
from eventdesk.components.events.placing import place_key
from eventdesk.extensions import doc_ext, doc_text
from eventdesk.geo.normalize import name_key
from eventdesk.records import is_city_part, local_name_of


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


# "the Catatumbo region", "Wapenamanda District", "Bulen woreda": an unknown name followed by
# one of these is an area or a division, which holds the report's towns, not a place apart
AREA_NAME_WORDS = HOLDER_NOUNS | AREA_WORDS | {
    "zone", "sector", "woreda", "valley", "forest", "countryside", "front", "axis", "hills",
    "mountains", "plain", "plains", "basin"}


def names_an_unknown_place(sent: Span, place) -> bool:
    """"In Gidan Dawa, gunmen killed three farmers": the telling's place is a name its own
    sentence writes and the index lacks, kept with no point ("Gidan Dawa", held by its
    region) or as a part of a town ("Maru - Gidan Dawa") -- not a place carried from an
    earlier sentence, one the index knows, nor an area or a division ("the Catatumbo
    region")."""
    if place is None or place.latitude is not None and not is_city_part(place):
        return False
    own = local_name_of(place.location)
    key = name_key(own)
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # sent.text makes each word anew
    if not key or key not in name_key(text):
        return False
    after = re.search(re.escape(own) + r"\W+(\w+)", text)
    if after is not None and after.group(1).lower() in AREA_NAME_WORDS:
        return False
    return not any(sent.start <= m.start < sent.end and name_key(m.text) == key
                   and m.candidates and m.kind != "country"
                   for m in doc_ext(sent.doc, "places") or [])


def own_places_apart(a: Candidate, b: Candidate) -> bool:
    """"Gunmen killed five villagers in Maru … In Gidan Dawa, gunmen killed three farmers":
    a telling at a place of its own that the index lacks and one at a town the index knows
    are two events, whatever their type and day (issue 8: the village held at its region
    was taken for the town's event told again) -- unless the place is a part of that town
    (`same_place`), one of them is placed only by "the town", or the later one names the
    earlier's target, attackers or crowd again ("The convoy was attacked near the village
    of X", "dropped bombs on the school in X": `noun_named_again`)."""
    later = max(a, b, key=lambda c: (c.sent_index, c.start_char))
    if a.place_by_anaphor or b.place_by_anaphor or later.noun_again \
            or later.attackers_again or later.crowd_again or same_place(a, b):
        return False
    for own, other in ((a, b), (b, a)):
        if own.own_unknown and other.place is not None and other.place.latitude is not None \
                and other.place.geo_precision != 3 and not other.own_unknown:
            return True
    return False


def lines_apart(a: Candidate, b: Candidate) -> bool:
    """"14:05 EAT - Police fired tear gas at marchers in X.\n15:20 EAT - Thousands marched
    in Y.": the entries of a live ticker or the lines of a digest (`digest_line`) each tell
    their own scene, so two tellings in different lines are two events -- unless the later
    refers back to the earlier ("the same crowd", "the town", the attackers or target named
    again)."""
    if a.line < 0 or b.line < 0 or a.line == b.line:
        return False
    later = max(a, b, key=lambda c: (c.sent_index, c.start_char))
    return not (later.place_by_anaphor or later.crowd_again or later.target_again
                or later.attackers_again)
