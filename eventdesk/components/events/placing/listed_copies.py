"""Copies of an event for each other place its clause lists as the deed's own ("retook the
towns of X and Y", "in X on Tuesday and in Y on Wednesday"): one event per place, as ACLED
codes them. Kept apart from the Placer (placer.py), which finds the one place of a clause.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.candidate import Candidate, copy_candidate
from eventdesk.components.events.common import Context
from eventdesk.components.events.dating import day_told_within
from eventdesk.components.events.place_mentions.destinations import beyond_a_gateway
from eventdesk.components.events.place_mentions.other_names import ROUTE_LINKS
from eventdesk.components.events.placing.abroad import namesake_abroad
from eventdesk.components.events.placing.deeds import joined_deed_tokens
from eventdesk.components.events.placing.frames import took_the_inner_place
from eventdesk.components.events.placing.held_by import copies_elsewhere
from eventdesk.components.events.placing.list_places import listed_apart, names_the_events_own
from eventdesk.components.events.placing.phrases import day_after, joined_head, names_its_region
from eventdesk.components.events.placing.places import place_key, unheld_sibling
from eventdesk.components.events.placing.told_deeds import told_deed_scene
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root


def same_event_elsewhere(placer, doc: Doc, clause: Clause, cand: Candidate,
                         ctx: Context) -> list[Candidate]:
    """"retook the towns of X and Y": one event per place; "in X on Tuesday and in Y on
    Wednesday": each on the day told after its name; a list of a city's parts, each."""
    ids = {t.i for t in clause.tokens} | joined_deed_tokens(clause) \
        | told_deed_scene(clause)
    mentions = [m for m in doc_ext(doc, "places") or [] if m.start in ids and m.kind == "place"
                and placer.judge.plausible(doc, m) and not beyond_a_gateway(doc, m.start)]
    extra = []
    countries = doc_ext(doc, "countries") or []
    for mention in mentions:
        head = span_root(doc, mention.start, mention.end)
        joined = joined_head(head)
        if not listed_apart(doc, head, joined, mentions, mention) \
                or names_the_events_own(mention, cand):
            continue
        if joined.head.head.lower_ in ROUTE_LINKS:  # a route's ends ("the road linking X
            continue  # and Y"): one event, at the first
        place = placer.gazetteer.resolve(mention, countries=countries)
        if place is None or place.latitude is None:
            continue
        place = namesake_abroad(placer, doc, head.sent, clause, place) or place
        if place_key(place) == place_key(cand.place) \
                or names_its_region(doc, mention, place, cand.place):
            continue
        place = placer._with_precision(doc, clause, place, mention)  # "near X and Y"
        if took_the_inner_place(doc, mentions, mention, place, cand, placer.gazetteer):
            continue  # "In Sulu, … in Patikul": one event, at the place within the scene
        unheld_sibling(cand, place, head)  # "the towns of X and Y", X unknown: not Y's part
        copy = copy_candidate(cand)
        copy.place, copy.fatalities, copy.fatalities_text = place, None, None
        copy.site, copy.own_unknown = None, False  # its site and place are its own
        own_day = day_after(doc, mention)
        day = own_day and day_told_within(doc, *own_day, own_day[0], ctx)
        if day:
            copy.date, copy.time_precision, copy.date_told = *day, True
        extra.append(copy)
    region = None if cand.own_unknown else cand.place  # a listed unknown: apart
    if extra and region is not None and region.geo_precision == 3 and all(
            c.place.country_code == region.country_code and c.place.admin1 == region.admin1
            for c in extra):
        # "unrest across X as mobs burned houses in Y and Z": the region is where its towns are
        cand.place = extra.pop(0).place
    return copies_elsewhere(doc, clause, cand, mentions, extra)
