"""A name the index lacks, placed by the report once, is placed everywhere the report names it
(issue 9): "Ulang town in Upper Nile State" then "its hospital in Ulang was looted" -- the
second telling names the same place, so it takes what the first gave it (the region under
the name, geo_precision 3, or the town holding it, "Juba - Gudele", geo_precision 2) rather
than the country alone, and may then merge with the event it retells."""

from __future__ import annotations

from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import copy_place
from eventdesk.geo.countries import coded_country
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, local_name_of


def _key(place: Place, name: str) -> tuple[str | None, str]:
    """The name read in the place's country: a name is one place within one country."""
    return coded_country(place.country_code), name_key(name)


def placed_by_name(candidates: list[Candidate]) -> None:
    """Each event placed only under a name (no region, no point) takes the place another
    event of the report in the same country has under that name: its own name
    ("Ulang", Upper Nile) or its part of a town ("Juba - Gudele"). Two different places
    under one name: which is meant is unsaid, it stays as it is."""
    held: dict[tuple[str | None, str], list[Place]] = {}
    for cand in candidates:
        place = cand.place
        if place is None or not place.admin1 or not place.location:
            continue
        for name in {place.location, local_name_of(place.location)}:
            held.setdefault(_key(place, name), []).append(place)
    for cand in candidates:
        place = cand.place
        if place is None or place.admin1 or place.latitude is not None or not place.location:
            continue
        found = held.get(_key(place, place.location), [])
        if found and len({(p.admin1, p.latitude, p.longitude) for p in found}) == 1:
            cand.place = copy_place(found[0])
