"""Which place names of a clause are places of a list, each the scene of an event of its own
(GUIDELINES: "code, as its own event, each distinct place where fighting or an attack is
reported"), for `listed_copies.same_event_elsewhere`.

A name joined by "and" to another place, one in a phrase parallel to a first one ("on X and
on Y", "killed four in X and two in Y"), or the first of a list of names: each is a place of
the list. So is the first of a list of parallel phrases ("strikes on the market town of X and
on Y district beyond it", "six died in X district, and two more in Y district"): the
clause's place reading may prefer a later name to it (a town before a name the index also
reads as a province; a "district of" phrase before a bare district), and then the first is
no less a place of the list than the others -- it was left out because it was taken to be
the event's own place. Not a phrase that only says where the place before it lies ("in X, in
the municipality of Y": `phrases.holds_the_place_before`), nor a phrase fronted before its
verb ("In X, a mortar round struck a bakery in Y": the frame the scene lies in, frames.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import read_once
from eventdesk.components.events.placing.day_lists import joined_to_a_day
from eventdesk.components.events.placing.phrases import (
    heads_a_list,
    holds_the_place_before,
    in_a_parallel_phrase,
    outer_preposition,
    parallel_to,
)
from eventdesk.extensions import doc_ext, span_root
from eventdesk.geo.coordinated import joined_to_a_place
from eventdesk.geo.normalize import name_key
from eventdesk.records import part_of

# The prepositions that set a place of a list in its phrase (`phrases.in_a_parallel_phrase`).
PLACE_PREPS = frozenset({"on", "in", "at", "near", "against"})
# doc.user_data key: each sentence's place mentions, by the sentence's first token
SENTENCE_PLACES_KEY = "eventdesk.list_places.sentence_places"


def listed_apart(doc: Doc, head: Token, joined: Token, mentions, mention) -> bool:
    """`mention` (its root `head`, the word "and" joins it by `joined`) is a place of a list
    of the clause's places: joined to another place, in a phrase parallel to a first one,
    heading a list of names, heading a list of parallel phrases, or joined to the day told
    after another place ("took X on Friday and Y on Saturday": day_lists.py)."""
    return (joined.dep_ == "conj" and joined_to_a_place(joined, mentions, mention)) \
        or in_a_parallel_phrase(doc, head, mentions, mention) \
        or heads_a_list(doc, head, mentions, mention) \
        or leads_parallel_phrases(doc, head, mentions, mention) \
        or joined_to_a_day(doc, head, mentions, mention)


def leads_parallel_phrases(doc: Doc, head: Token, mentions, mention) -> bool:
    """`mention` is named in the first of a list of parallel phrases: a later place of its
    sentence stands in a phrase parallel to its own ("on the market town of X and on Y
    district", "in X district, and two more in Y district"), whether or not the clause's reading
    kept that place among its own (a name the index reads better abroad is still a place
    of the list)."""
    prep = outer_preposition(head)
    if prep is None or prep.lower_ not in PLACE_PREPS or prep.i < prep.head.i:
        return False  # "In X, a mortar hit a bakery in Y": a fronted frame, no list
    for other in _sentence_places(doc, head.sent):  # a name the clause's reading set aside
        if other.start <= mention.start:
            continue
        later = outer_preposition(span_root(doc, other.start, other.end))
        if later is not None and later.lower_ in PLACE_PREPS \
                and not holds_the_place_before(later) and parallel_to(later, prep):
            return True
    return False


def _sentence_places(doc: Doc, sent) -> list:
    """The place mentions of `sent` but countries, read from the doc's once per sentence (a
    clause asks for each of its names)."""
    places = doc_ext(doc, "places") or []
    return read_once(doc, SENTENCE_PLACES_KEY, (sent.start, id(places)), lambda: [
        m for m in places if m.kind != "country" and sent.start <= m.start < sent.end])


def names_the_events_own(mention, cand) -> bool:
    """The name is the part of a town the event was placed at ("in the X neighbourhood of Y,
    in Z": the event is at "Y - X"; a namesake village X elsewhere is no second place). Not
    the town's own name: "the town of Y and the village of X", read as "Y - X", is two
    places."""
    location = cand.place.location if cand.place is not None else None
    return bool(part_of(location)) and name_key(mention.text) == name_key(part_of(location))
