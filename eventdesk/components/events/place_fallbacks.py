"""Fallbacks an analyst uses when the event's own place is not in the index (issue 9): the
nearest container the report gives, never a guess.

- a territory named as the scene that is also a region of its country ("in the central Gaza
  Strip", "in the West Bank"): that region (geo_precision 3), not the bare country;
- a town or village the index lacks ("the village of Mavo, Wase", "the towns of X and Y,
  situated in Somalia's Hiiran region"): the one place its sentence gives for it, a town
  as "Town - Village" (geo_precision 2), a region at its centre under the village's name
  (geo_precision 3; the record keeps no point, `place_names.known_point`);
- the report's first deed, placed nowhere by the body: the place its headline tells it at
  (headline_places.py);

Never a namesake abroad (every container is read in the report's country), never a
country's capital as a guess."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from eventdesk.coding.typology import AGREEMENT
from eventdesk.components.events.common import copy_place, read_once
from eventdesk.components.events.place_measures import (
    LANDMARK_KM,
    is_landmark,
    measured_from,
    measured_unknown_place,
    projected_point,
)
from eventdesk.components.events.place_mentions.other_names import only_a_roads_end
from eventdesk.components.events.place_names.holders import settlement_in
from eventdesk.extensions import doc_ext, span_root
from eventdesk.geo.candidates import REGION_DESIGNATORS, is_area
from eventdesk.geo.countries import coded_country
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, join_parts, town_of

# "in the Gaza Strip", "across the West Bank": a territory named as the scene (not "from
# the Gaza Strip", "Taiwan's tribes", "the fence separating the Gaza Strip from Israel")
SCENE_WORDS = frozenset({"in", "inside", "across", "throughout", "into", "at", "on", "near"})


def territory_region(gazetteer, doc: Doc, tokens, code: str | None, *,
                     name: str | None = None) -> Place | None:
    """The clause names as its scene a territory that is both a country to the index and one
    of that country's regions ("in the central Gaza Strip", "in the West Bank"): the region,
    geo_precision 3, under the unknown place's `name` when the clause gives one."""
    if code is None:
        return None
    ids = {t.i for t in tokens}
    for mention in doc_ext(doc, "places") or []:
        if mention.kind != "country" or mention.start not in ids \
                or coded_country(mention.country_code) != code:
            continue
        root = span_root(doc, mention.start, mention.end)
        if root.dep_ != "pobj" or root.head.lower_ not in SCENE_WORDS:
            continue
        region = _region_named(gazetteer, mention.text, mention.country_code)
        if region is None:
            continue
        if name:
            region.location = name
        return region
    return None


def _region_named(gazetteer, text: str, code: str | None) -> Place | None:
    """The region of country `code` the index holds under exactly this name, as a place at
    its centre (geo_precision 3)."""
    key = name_key(text)
    for cand in gazetteer.candidates(text):
        if cand.is_region and cand.country_code == code and cand.latitude is not None \
                and cand.match == "exact" and key in (name_key(cand.name),
                                                      name_key(cand.admin1 or "")):
            return Place(country=cand.country, country_code=cand.country_code,
                         admin1=cand.admin1, admin2=None, location=cand.display_name,
                         latitude=cand.latitude, longitude=cand.longitude, geo_precision=3,
                         geonameid=cand.geonameid)
    return None


def in_region(gazetteer, doc: Doc, mention, base: Place, settlement) -> Place:
    """"near X in Y province": a region the text names holds X, not its namesake town: the
    region (geo_precision 3: admin1, no point), else the town's admin1, else the report's
    name for it; a listed area ("the Z Valley region") stays at its main town."""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    word = mention.text.split()[-1].lower() if len(mention.text.split()) > 1 else ""
    if base.geo_precision == 3 or base.latitude is None \
            or any(is_area(c) for c in mention.candidates[:1]) \
            or not {word, after} & (REGION_DESIGNATORS - {"county"}):
        return settlement_in(base, settlement)
    core = mention.text.rsplit(" ", 1)[0] if word in REGION_DESIGNATORS else mention.text
    region = _region_named(gazetteer, core, base.country_code)
    if region is None:
        region = copy_place(base)
        region.admin1, region.admin2, region.geo_precision = base.admin1 or core, None, 3
    return settlement_in(region, settlement)


def sentence_container(placer, doc: Doc, clause, unknown: tuple[str, int],
                       country: str | None, incident) -> Place | None:
    """A town or village the index lacks (`unknown`: its name and first token), in a sentence
    that names one place the index knows in the report's country (or a region and places
    inside it), not only as a road's end ("on the X-Y highway"): that place holds it. A town
    becomes "Town - Village" at geo_precision 2; a region keeps its centre under the
    village's name (geo_precision 3). Several unrelated places, or none in the country: no
    place rather than a guess."""
    name, start = unknown
    if country is None:
        return None
    ids = {t.i for t in incident}
    countries = doc_ext(doc, "countries") or []
    places: list[tuple[object, Place]] = []
    for mention in doc_ext(doc, "places") or []:
        if mention.start not in ids or mention.kind == "country" or mention.start == start \
                or not placer.judge.may_be_scene(doc, mention) \
                or only_a_roads_end(doc, mention) \
                or (is_landmark(doc, mention.start) and measured_from(doc, mention)
                    and not _measures(placer, doc, mention, name)):
            continue
        place = placer.gazetteer.resolve(mention, countries=[country, *countries])
        if place is None or place.latitude is None \
                or coded_country(place.country_code) != country:
            continue
        places.append((mention, place))
    if not places:
        return None
    regions = [p for _, p in places if p.geo_precision == 3]
    towns = [p for _, p in places if p.geo_precision != 3]
    distinct = {p.geonameid for p in towns}
    if len(distinct) == 1:
        town = copy_place(towns[0])
        if regions and any(r.admin1 != town.admin1 for r in regions):
            return None  # a town and a region it is not in: which holds it is unsaid
        town.location = join_parts(town_of(town.location), name)
        town.geo_precision = 2
        mention = next(m for m, p in places if p.geonameid == town.geonameid)
        return _measured(placer, doc, mention, town)
    if not towns and len({r.admin1 for r in regions}) == 1:
        region = copy_place(regions[0])
        region.location = name
        return region
    return None


def _measures(placer, doc: Doc, mention, name: str) -> bool:
    """The landmark gives the unknown place's own point ("Kanambe village which lies about
    120 km north of Kalemie"): it holds the place by that measure, not as its town."""
    measured = measured_unknown_place(doc, mention, placer.judge.plausible_tokens(doc))
    return measured is not None and measured.name == name


def _measured(placer, doc: Doc, mention, town: Place) -> Place:
    """"Kanambe village which lies about 120 km north of Kalemie": the town holding the
    unknown village is only the landmark it is measured from; the village is at the point
    the text gives (under its own name, geo_precision 2), not at the town."""
    measured = measured_unknown_place(doc, mention, placer.judge.plausible_tokens(doc))
    if measured is None:
        return town
    town.latitude, town.longitude = projected_point(town.latitude, town.longitude,
                                                    measured.km, measured.bearing)
    town.location, town.geonameid = measured.name, None
    if measured.km > LANDMARK_KM:
        town.admin1 = town.admin2 = None  # far from the landmark: maybe another region
    return town


# doc.user_data key: {scene country: `_region_parts` of the report's one region, or None}
REPORT_REGION_KEY = "eventdesk.report_region"


def report_region(placer, doc: Doc, country: str | None, name: str | None = None, *,
                  lone_town: Callable[[], bool] = lambda: False) -> Place | None:
    """The report's one region: every town the report's body names in the scene `country`
    (and every region it names there) lies in one first-level region, and the clause names
    no place the index knows ("opened fire on the crowd as it left the mosque", in a report
    on the villages of Daraa province; "seized the town of X", X unknown, in a report on
    the towns of one province): that region's name alone, with no point in it (geo_precision
    3, the unknown place's `name` kept as its location) -- the region holds the event as
    surely as it holds every place the report names, and a point would be a guess. Towns of
    two regions, or one town alone (a report may name only one place of a wider story): no
    region, unless the clause names a town the index lacks (`lone_town()`, asked only then:
    "shelled the town of X" where Y is the one known town: Y's region); a region named as
    such is the scene.
    The dateline and where people went ("a team to Damascus") say nothing of where deeds were.

    The region is read once per report and country (`doc.user_data[REPORT_REGION_KEY]`):
    it depends on the report's places alone, and the placer asks for it once per clause."""
    if country is None:
        return None
    found = read_once(doc, REPORT_REGION_KEY, country,
                      lambda: _region_parts(*_report_region(placer, doc, country)))
    if found is None or found[3] and not lone_town():
        return None
    country_name, code, admin1, _ = found
    return Place(country=country_name, country_code=code, admin1=admin1, location=name,
                 geo_precision=3)


def _region_parts(region: Place | None, lone: bool) -> tuple[str, str, str, bool] | None:
    """What `report_region` keeps: country, country code, admin1, one town alone."""
    return region and (region.country, region.country_code, region.admin1, lone)


def _report_region(placer, doc: Doc, country: str) -> tuple[Place | None, bool]:
    """`report_region` read afresh: the one region's first place (else None), one town?"""
    regions: set[str] = set()
    seen: set = set()
    region: Place | None = None
    for mention in doc_ext(doc, "places") or []:
        if mention.kind == "country" or not mention.candidates \
                or placer.judge.is_dateline(doc, mention) or placer.judge.is_away(doc, mention) \
                or not placer.judge.plausible(doc, mention) \
                or not placer.judge.may_be_scene(doc, mention):
            continue
        place = placer.gazetteer.resolve(mention, countries=[country])
        if place is None or not place.admin1:
            continue
        if coded_country(place.country_code) != country:
            return None, False  # a place abroad: the report is not about one region
        regions.add(place.admin1)
        seen.add(place.geonameid)
        region = region or place
        if len(regions) > 1:
            return None, False
    # one town alone; one region named as such is the report's scene
    return region, region is not None and len(seen) < 2 and region.geo_precision != 3


def at_the_only_town(town: Place | None, candidates: list, country: str | None, *,
                     filed: Callable[[], Place | None] = lambda: None) -> None:
    """A deed placed nowhere (not even under a name the index lacks) in a report about one
    town (`FocusFinder.only_town`): that town, when the deed's country (the report's main
    `country` if nothing finer) is the town's -- a statement datelined abroad ("LONDON --
    exiles condemned the crackdown in Kenya") is not placed where it was issued. An
    agreement in a report whose body names no town is where the report was `filed`
    (`FocusFinder.filed_from`): a deal is told from where it was signed, no other deed is.
    `filed` is asked only for such an agreement, and once."""
    dateline: list[Place | None] = []
    for cand in candidates:
        place = cand.place
        if place is not None and (place.latitude is not None or place.admin1 or place.location):
            continue
        at = town
        if at is None and cand.sub_event_type == AGREEMENT:
            if not dateline:
                dateline.append(filed())
            at = dateline[0]
        if at is None:
            continue
        home = coded_country(at.country_code)
        code = (place.country_code if place is not None else None) or country
        if coded_country(code) == home:
            cand.place = copy_place(at)
