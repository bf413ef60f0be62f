"""A small place read in another first-level region than every other place the report names
(local press: "in a village under Dorvali police station limits", in a report whose towns
and districts all lie in one state, read as a namesake town of a neighbouring state; "Kulpet
village" read by a looser spelling as a town of the next state). Local dailies name the
villages, wards and police-station areas of one district or state; the index knows few of
them and often holds a namesake elsewhere in the country. Such a reading is a guess the
report contradicts: the event keeps its name, in the report's one region, with no point
(geo_precision 3, as `place_fallbacks.report_region` codes a place the index lacks).

Only a weak reading is doubted, and only when the text never writes the name of the region
it lies in ("MORVAN:", "Sevli LGA of Morvan State": the report knows it is there):
- a name that reaches a place under `SMALL_PLACE` people by a looser spelling only ("Kulpet"
  for Kolpet), beside any other place of the report's one region;
- a small town by one of its own names, or a bigger one by a looser spelling ("South of
  Dandari, ... in the town of Suwera": Suweirah, Morvan), beside two places of one
  region at least, one of them the region itself named as such ("Tavara's Dandari
  district"): a wire naming one region for another story ("drones launched at Morvan
  region") or a roundup of towns with no state named may be news of two regions.
A big town named by one of its own names (Ravelgarh in a Tavara report, or a big town
written in another transliteration) is a scene the report chose. The other places must be
of the place's country, each named by a name as spelt, all in one region; the dateline says
where the reporter sits, not where deeds were.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import read_once
from eventdesk.components.events.place_fallbacks import at_the_only_town
from eventdesk.components.events.placing.city_part_strays import (
    as_part_of,
    called_a_city_part,
    the_only_big_city,
)
from eventdesk.components.events.placing.dateline_lede import at_the_dateline_town
from eventdesk.components.events.placing.filed_region import in_the_filed_region
from eventdesk.extensions import doc_ext, doc_text
from eventdesk.geo.countries import coded_country
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place

# Places this big, read by their main name, are scenes of their own even in another region.
SMALL_PLACE = 50_000
# doc.user_data key: the report's (mention, place) readings of every scene-like name
READINGS_KEY = "eventdesk.stray_region"


def settle_places(placer, doc: Doc, candidates: list, country: str | None) -> None:
    """The report-wide last word on places, before merging: a deed placed nowhere goes to
    the report's only town (`place_fallbacks.at_the_only_town`), or a lede's to the dateline
    town the body names again (`dateline_lede`), then a stray reading goes
    home to the report's one region (`home_region_for_strays`)."""
    at_the_only_town(placer.only_town(doc), candidates, country,
                     filed=lambda: placer.filed_from(doc))
    at_the_dateline_town(placer, doc, candidates, country)
    in_the_filed_region(placer, doc, candidates, country)
    home_region_for_strays(placer, doc, candidates)


def home_region_for_strays(placer, doc: Doc, candidates: list) -> None:
    """Move each candidate whose weakly read place lies in a region no other place of the
    report shares, while every other place lies in one region, to that region (no point,
    its name kept)."""
    readings = None
    for cand in candidates:
        place = cand.place
        if place is None or place.latitude is None or place.geonameid is None \
                or not place.admin1 or not place.country_code:
            continue
        if readings is None:
            readings = read_once(doc, READINGS_KEY, 0, lambda: _readings(placer, doc))
        own = [m for m, p in readings if p.geonameid == place.geonameid]
        doubt = [_doubt(m, place.geonameid) for m in own]
        if not own or min(doubt) == 0:
            continue
        home = coded_country(place.country_code)
        support = [(m, p) for m, p in readings if p.geonameid != place.geonameid
                   and coded_country(p.country_code) == home and _exact(m, p.geonameid)]
        others = {p.admin1 for _, p in support}
        city = the_only_big_city([(m, p) for m, p in support if _doubt(m, p.geonameid) == 0])
        if city is not None and city.admin1 != place.admin1 and _small(own, place.geonameid) \
                and not _said(doc, place) and any(called_a_city_part(doc_text(doc), m.text)
                                                  for m in own):
            cand.place = as_part_of(city, place)  # a city's part, not a town elsewhere
            continue
        if len(others) != 1 or place.admin1 in others or _said(doc, place):
            continue
        if min(doubt) == 1 and (len({p.geonameid for _, p in support}) < 2 or not any(
                _names_region(m, p.geonameid) for m, p in support)):
            continue  # a town by its own name: only beside two places of a state named
        (region,) = others
        cand.place = Place(country=place.country, country_code=place.country_code,
                           admin1=region, location=place.location, geo_precision=3)


def _readings(placer, doc: Doc) -> list[tuple]:
    """(mention, place) for every name of the report that may be a scene, as the placer
    reads it in the report's main country (the dateline and where people went left out)."""
    out = []
    countries = doc_ext(doc, "countries") or []
    for mention in doc_ext(doc, "places") or []:
        if mention.kind == "country" or not mention.candidates \
                or not placer.judge.may_be_scene(doc, mention):
            continue
        place = placer.gazetteer.resolve(mention, countries=countries[:1] or None)
        if place is None or not place.admin1:
            continue
        out.append((mention, place))
    return out


def _doubt(mention, geonameid: int) -> int:
    """How weakly the mention reaches the place: 2 a small place by a looser spelling only
    (or by a reading the resolver added), 1 a small place by one of its names as spelt or a
    big one by a looser spelling ("Suwayra" for As Suwayrah), 0 a big one by its name."""
    for cand in mention.candidates:
        if cand.geonameid == geonameid:
            if cand.population >= SMALL_PLACE or cand.population == 0:
                return 1 if cand.match != "exact" else 0  # (0: GeoNames gives no count)
            return 2 if cand.match != "exact" else 1
    return 2


def _small(mentions, geonameid: int) -> bool:
    """Every mention reaches the place as a small place (under `SMALL_PLACE` people)."""
    return all(c.population < SMALL_PLACE for m in mentions for c in m.candidates
               if c.geonameid == geonameid)


def _said(doc: Doc, place: Place) -> bool:
    """The report writes the place's region ("MORVAN:", "Sevli LGA of Morvan State"), though
    not as a place the placer reads as a scene: the report knows the place is there. As the
    index spells the region, or by any name a mention reaches the region by ("Morvania")."""
    key = name_key(place.admin1 or "")
    text = read_once(doc, READINGS_KEY, 1, lambda: f" {name_key(doc_text(doc))} ")
    return bool(key) and f" {key} " in text or any(
        c.feature_code == "ADM1" and c.admin1 == place.admin1
        and c.country_code == place.country_code
        for m in doc_ext(doc, "places") or [] for c in m.candidates)


def _names_region(mention, geonameid: int) -> bool:
    """The mention names a first-level region itself ("Tavara's Dandari district")."""
    return any(c.geonameid == geonameid and c.feature_code == "ADM1" for c in mention.candidates)


def _exact(mention, geonameid: int) -> bool:
    """The mention names the place by one of its names, as spelt (a place that supports the
    report's region; a looser spelling's reading is no evidence)."""
    return any(c.geonameid == geonameid and c.match == "exact" for c in mention.candidates)
