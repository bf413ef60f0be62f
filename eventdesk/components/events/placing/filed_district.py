"""The district or province a report is filed from: local pages date their items by the
district, not by a town ("ORAKZAI DISTRICT: A shopkeeper was wounded ... in a hamlet of X
tehsil"), so a village of such an item that the index lacks lies in that district; and a
provincial correspondent files from the province's town ("DORI, 9 June (Agency) – Armed men
raided the hamlet of X, in the commune of Y"), so a village the index lacks, in a report
that names no known town of another province, lies in the dateline town's province."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.place_names import region_held
from eventdesk.extensions import doc_ext
from eventdesk.geo.candidates import BIG_CITY_POPULATION, is_district
from eventdesk.geo.countries import coded_country
from eventdesk.records import Place

# doc.user_data key: {scene country: the first-level regions of the body's known towns}
BODY_REGIONS_KEY = "eventdesk.filed_body_regions"


def filed_district(placer, doc: Doc, country: str | None, name: str) -> Place | None:
    """The unknown place `name` held in the dateline's district (every reading of the
    dateline a second-level division, in the scene `country`): that district's admin1 and
    admin2, and no point (`holders.known_point`: the seat is not the village); else in the
    province of a provincial dateline town (`_filed_province`)."""
    for mention in doc_ext(doc, "places") or []:
        if mention.kind == "country" or not placer.judge.is_dateline(doc, mention):
            continue
        if not mention.candidates:
            return None
        place = placer.gazetteer.resolve(mention, countries=[country] if country else None)
        if place is None or coded_country(place.country_code) != country:
            return None
        if not all(is_district(c) for c in mention.candidates):
            return _filed_province(placer, doc, mention, place, country, name)
        return region_held(place, name)
    return None


def _filed_province(placer, doc: Doc, mention, place: Place, country: str,
                    name: str) -> Place | None:
    """`name` in the dateline town's first-level region (admin1 alone, no point), when the
    town is a provincial one -- not the capital nor a big city, where national desks file
    news of the whole country from ("COTONOU –", "LAGOS –") -- and the body names no town the
    index knows in another region of the country."""
    town = next((c for c in mention.candidates if c.geonameid == place.geonameid), None)
    if town is None or town.feature_code == "PPLC" or town.population >= BIG_CITY_POPULATION \
            or not place.admin1 or mention.kind != "place":
        return None
    found = doc.user_data.setdefault(BODY_REGIONS_KEY, {})
    if country not in found:
        found[country] = _body_regions(placer, doc, country)
    if found[country] - {place.admin1}:
        return None
    held = region_held(place, name)
    held.admin2 = None  # the town's district need not hold the village
    return held


def _body_regions(placer, doc: Doc, country: str) -> set[str]:
    """The first-level regions of the places the body names in `country` (the index's)."""
    regions = set()
    for mention in doc_ext(doc, "places") or []:
        if mention.kind == "country" or not mention.candidates \
                or placer.judge.is_dateline(doc, mention) \
                or not placer.judge.plausible(doc, mention):
            continue
        place = placer.gazetteer.resolve(mention, countries=[country])
        if place is not None and place.admin1 and coded_country(place.country_code) == country:
            regions.add(place.admin1)
    return regions
