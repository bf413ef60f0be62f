"""A scene set at the head of a sentence ("In Sulu, three soldiers were killed in a firefight
in the hinterlands of Patikul"; "In Lagos, police arrested 12 men in Ikeja"): news fronts
the city or province a story is about, set off by a comma, then says where in it the deed
was. The inner place is the event's own; the frame is no second place of it. So with a district
or province named right after the town that lies in it ("the community of X, in Y"): the
event that took Y's place is at X (`held_by_the_name_after`)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.placing.holding import names_a_holder_of, told_after_as_holder
from eventdesk.components.events.placing.phrases import outer_preposition
from eventdesk.components.events.placing.places import place_key
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.records import Place

# How far the inner place may lie from the frame's point: a city's districts and suburbs,
# a province's towns around its capital; a town farther off is a place of its own.
FRAME_KM = 25.0


def fronted_frame(doc: Doc, mention) -> bool:
    """"In Sulu, …": the name is the object of an "in" that opens its sentence (or its
    line's item, after a dash or a time), and a comma closes the phrase."""
    prep = outer_preposition(doc[mention.start:mention.end].root)
    if prep is None or prep.lower_ != "in" or prep.right_edge.i + 1 >= len(doc):
        return False
    opening = all(t.is_punct or t.like_num for t in doc_tokens(doc)[prep.sent.start:prep.i])
    return opening and doc[prep.right_edge.i + 1].text == ","


def took_the_inner_place(doc: Doc, mentions, mention, place: Place, cand: Candidate,
                         gazetteer) -> bool:
    """Whether the place `mention` names (`place`) lies in the scene a fronted phrase set
    (`fronted_frame`) and gave the event its place: one province of one country, near
    enough to be its district or its town. Then the event is there (the more precise
    place), and no copy of it is made. A name joined to the frame's own ("In Lagos and
    Ogun, …") is the frame again; a place the clause named within the frame already ("In
    the Hama countryside, rebels attacked a village in Salamiyah") stays the event's."""
    town = cand.place
    if held_by_the_name_after(doc, mentions, mention, place, town, gazetteer):
        cand.place = place   # "the community of X, in Y": the event is in X
        return True
    if town is None or town.latitude is None or place.latitude is None \
            or town.admin1 is None or (town.country_code, town.admin1) != (
                place.country_code, place.admin1) or haversine_km(
                town.latitude, town.longitude, place.latitude, place.longitude) > FRAME_KM:
        return False
    prep = outer_preposition(doc[mention.start:mention.end].root)
    countries = doc_ext(doc, "countries") or []
    if not any(other.start < mention.start and fronted_frame(doc, other)
               and outer_preposition(doc[other.start:other.end].root) is not prep
               and place_key(gazetteer.resolve(other, countries=countries)) == place_key(town)
               for other in mentions):
        return False
    cand.place = place
    return True


def held_by_the_name_after(doc: Doc, mentions, mention, place: Place, holder: Place | None,
                           gazetteer) -> bool:
    """"Armed men entered a house in the community of X, in Y", "in X, Y, a bomb went off":
    the event took its place from Y, the district or province that holds X, named right
    after X and set off from it (holding.py: `names_a_holder_of`,
    `told_after_as_holder`): Y only says where
    X lies, so the event is at X, and no copy of it is made at Y."""
    if place.latitude is None or not names_a_holder_of(holder, place):
        return False
    countries = doc_ext(doc, "countries") or []
    return any(other.start > mention.start
               and told_after_as_holder(doc, (mention.start, mention.end),
                                       (other.start, other.end))
               and place_key(gazetteer.resolve(other, countries=countries)) == place_key(holder)
               for other in mentions)
