"""Namesakes: the readings of a name the text does not support, dropped at detection (a
reading far from the place the text puts it near, a village named like the region
mentioned, a city abroad when the report's country has one).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from eventdesk.geo.anchors import (
    SETTLEMENT_APPOSITIONS,
    anchor_country_or_readings,
    anchor_of,
    ends_of_country_names,
    in_or_near,
)
from eventdesk.geo.candidates import (
    _COUNTRY_KIND,
    BIG_CITY_POPULATION,
    CITY_PART_DESIGNATORS,
    DISTRICT_DESIGNATORS,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    WELL_KNOWN_POPULATION,
    Candidate,
    PlaceMention,
    _city_part,
    _is_well_known,
    _km,
    is_district,
)
from eventdesk.geo.normalize import fold, name_key

# Villages smaller than this that share a region's name are not what a report means by it.
SMALL_NAMESAKE_POPULATION = 10_000
# "Tula, in the municipality of Chilapa", "X village in Y district": a place put in a town
# or a district lies within this of it (a district or a municipality is tens of km across)
TOWN_ANCHOR_KM = 100
# the words between a place and the town or district that holds it ("X, in the municipality
# of Y", "X, a locality in the district of Y"); and words after a town's name that make
# it an area's ("Y zone")
HOLDING_LINKS = frozenset({",", "in", "the", "of", "a", "an"}) | PLACE_DESIGNATORS \
    | SETTLEMENT_APPOSITIONS
AREA_WORDS = frozenset({"zone", "zones", "area", "areas", "countryside", "region"})
# "Isabela" in a report that names Zamboanga and Basilan: a reading of the same country
# within NEAR_KM of another place the report names is the one meant, when the first reading
# lies farther than FAR_KM from all of them
NEAR_KM = 100
FAR_KM = 300
# closer still: a reading within CLOSE_KM of another place of the report beats a first
# reading that lies beyond CLEAR_KM of them all ("Vereda Alta" filed from Porto Claro),
# when that first reading is no seat of a province or district (SEAT_CODES) and the close
# one has at least 1/COMPARABLE_SHARE of its people (a town, not a hamlet beside a city)
CLOSE_KM = 40
CLEAR_KM = 150
SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
COMPARABLE_SHARE = 50
# "the village of Moscow": words that make a big city's name a small place's
SMALL_PLACE_WORDS = frozenset({"village", "town", "township", "hamlet"})


def _without_small_namesakes_of_a_region(candidates: list[Candidate]) -> list[Candidate]:
    """"In Sinaloa" is the state, not a hamlet of 1,000 people elsewhere in Mexico nor
    Sinaloa de Leyva: small places of the region's country that are not its exact namesake
    inside it are dropped; a town of the very name inside the region (Aleppo, Kidal) or a
    sizeable one stays."""
    regions = {(c.country_code, c.admin1) for c in candidates
               if c.is_region and c.match == "exact" and c.feature_code == "ADM1"}
    if not regions:
        return candidates
    countries = {code for code, _ in regions}
    return [c for c in candidates if c.is_region or c.country_code not in countries
            or ((c.country_code, c.admin1) in regions and c.match == "exact"
                and c.matched_name == fold(c.name))
            or c.population >= SMALL_NAMESAKE_POPULATION]


def _without_anchored_namesakes(mentions: list[PlaceMention], words: list[str]
                                ) -> list[PlaceMention]:
    """Readings of a place far from where the text puts it ("the town of Taza, south of
    Kirkuk" is not Taza in Morocco; "Lebanon's Blida" not Blida in Algeria) are namesakes,
    for every mention of that name in the report; a mention left with no reading is dropped
    (the index lacks the place)."""
    far: dict[str, set[int]] = defaultdict(set)
    far_anchor: dict[str, set[int]] = defaultdict(set)
    country_ends = ends_of_country_names(mentions)
    for k, mention in enumerate(mentions):
        if mention.kind != "place" or not mention.candidates or _city_part(mention):
            continue
        anchor = anchor_of(mention, mentions[k + 1:], words)
        # "Lebanon's Blida": a country's possessive puts the town in that country
        country, readings = anchor_country_or_readings(anchor, words) if anchor else (
            country_ends.get(mention.start - 1) if mention.start > 1
            and words[mention.start - 1] in ("'s", "’s") else None, [])
        if country is None and not readings:
            continue
        key = name_key(mention.text)
        for cand in mention.candidates:
            if (cand.country_code != country) if country is not None else not any(
                    in_or_near(cand, r) for r in readings):
                far[key].add(cand.geonameid)
        # and the anchor's readings in a country none of the place's exact readings left is
        # in are namesakes abroad ("Guaíra, in the west of Paraná" is not the Argentine city);
        # so are, when a region reading holds one of them, its readings far from them all
        kept = [c for c in mention.candidates if c.match == "exact"
                and c.geonameid not in far[key]]
        codes = {c.country_code for c in kept}
        if any(r.country_code in codes for r in readings):
            held = any(r.is_region and in_or_near(c, r) for r in readings for c in kept)
            far_anchor[name_key(anchor.text)] |= {
                r.geonameid for r in readings if r.country_code not in codes
                or held and not any(in_or_near(c, r) for c in kept)}
    out = []
    for mention in mentions:
        ids = far.get(name_key(mention.text), set()) if mention.kind == "place" \
            and not _city_part(mention) else set()
        ids = ids | far_anchor.get(name_key(mention.text), set()) \
            if mention.kind != _COUNTRY_KIND else ids
        if ids:
            mention.candidates = [c for c in mention.candidates if c.geonameid not in ids]
            if not mention.candidates:
                continue
        out.append(mention)
    return out


def _without_namesakes_far_from_their_town(mentions: list[PlaceMention], words: list[str]
                                           ) -> list[PlaceMention]:
    """"the community of Tula, in the municipality of Chilapa", "Ramgarh, Alwar district": a
    place the text puts in or near a town or a district (not a region; not at a stated
    distance) lies within TOWN_ANCHOR_KM of that town's reading in this report (its first,
    once the report's countries and other places ordered them; any district so named, for
    a district). Its readings farther off are namesakes, for every mention of the name; a
    mention left with none names a place the index lacks (a Tula of Veracruz is no village
    of Chilapa)."""
    kept: dict[str, set[int]] = {}
    for k, mention in enumerate(mentions):
        towns = _holding_towns(mention, mentions[k + 1:], words)
        if towns:
            kept.setdefault(name_key(mention.text), set()).update(
                c.geonameid for c in mention.candidates if c.latitude is not None
                and any(_km(c, t) <= TOWN_ANCHOR_KM or _in_district(c, t) for t in towns))
    out = []
    for mention in mentions:
        ids = kept.get(name_key(mention.text)) if mention.kind == "place" else None
        if ids is not None:
            mention.candidates = [c for c in mention.candidates if c.geonameid in ids]
            if not mention.candidates:
                continue
        out.append(mention)
    return out


def _in_district(place: Candidate, district: Candidate) -> bool:
    """"near X in Y district": the index's own district of the place is Y, however far from
    Y's seat (a district may be 300 km across)."""
    return is_district(district) and bool(place.admin2) and (
        place.country_code, place.admin1, place.admin2) == (
        district.country_code, district.admin1, district.admin2)


def _holding_towns(mention: PlaceMention, following: list[PlaceMention], words: list[str]
                   ) -> list[Candidate]:
    """The readings of the town or district the text puts `mention` in or near ("X, in the
    municipality of Y", "X, Y district", "X, near Y": what is near a town lies within a
    district's reach of it); none when it puts it elsewhere, at a distance, or in a
    region."""
    if mention.kind != "place" or not mention.candidates or _city_part(mention) \
            or mention.candidates[0].is_region or not following:
        return []
    anchor = following[0]
    links = {w.lower() for w in words[mention.end:anchor.start]}
    district = links == {","} and anchor.designator in DISTRICT_DESIGNATORS
    if not district and anchor_of(mention, following, words) is not anchor:
        return []
    town = anchor.candidates[0] if anchor.kind == "place" and anchor.candidates else None
    after = words[anchor.end].lower() if anchor.end < len(words) else ""
    if "near" in links and mention.start > 0 and words[mention.start - 1].lower() == "near":
        return []  # "near X, near Y": two places the deed was near, not X held by Y
    if town is None or town.is_region or town.match != "exact" or town.latitude is None \
            or any(c.is_region and c.match == "exact" for c in anchor.candidates) \
            or not (district or links & {"in", "near"}) or not links <= HOLDING_LINKS | {"near"} \
            or after in REGION_DESIGNATORS or after in AREA_WORDS:
        # "in South Gondar zone", "in northern Y": an area named after the town; "X in
        # Homs" may be in the governorate the town names
        return []
    # "Gangaloor village in Bijapur district": any district of that name may hold it
    return [town] + [c for c in anchor.candidates if is_district(c) and c.match == "exact"
                     and c.latitude is not None and anchor.designator in DISTRICT_DESIGNATORS]


def _big_cities_over_small_namesakes(mentions: list[PlaceMention]) -> None:
    """"Thousands marched through Moscow", in a report on Americans: the Russian capital,
    not Moscow, Idaho. A big city (a settlement of BIG_CITY_POPULATION; a small capital such
    as Victoria has namesakes as known) named exactly by its main name keeps its small
    namesakes (under WELL_KNOWN_POPULATION) only in a country the report names otherwise:
    by its name or by another place read there (a demonym names an actor's home, not where
    things happen). Not when the text calls it a town or a village ("the village of
    Moscow"); "a Damascus suburb" is the city's."""
    named: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        key = name_key(mention.text)
        if mention.kind == _COUNTRY_KIND:
            named[mention.country_code or ""].add(key)
            continue
        for cand in mention.candidates:
            if cand.match == "exact":
                named[cand.country_code or ""].add(key)
    for mention in mentions:
        if mention.kind == _COUNTRY_KIND or mention.designator in SMALL_PLACE_WORDS:
            continue
        key = name_key(mention.text)
        if not any(c.match == "exact" and c.feature_class == "P" and name_key(c.name) == key
                   and c.population >= BIG_CITY_POPULATION for c in mention.candidates):
            # a city, not a district of as many people (Nawa in Ivory Coast, Geneva's canton)
            continue
        # a small place the name reaches only as an alternate name of its own is no
        # likelier in the report's country ("a bombing in Baghdad" beside Tehran is not
        # Baghdadeh, an Iranian village also called Baghdad)
        kept = [c for c in mention.candidates if c.is_region
                or c.population >= WELL_KNOWN_POPULATION
                or named[c.country_code or ""] - {key} and name_key(c.name) == key]
        if kept:
            mention.candidates = kept


def _context_first(mentions: list[PlaceMention], strong: dict[str, float]) -> None:
    """Put each mention's candidates in the report's main countries first, best first within
    each group, so that `candidates[0]` is the likeliest reading in this report.

    Not for a city's district ("the X neighbourhood"): a namesake village elsewhere in the
    country is no likelier than one abroad."""
    top = max(strong.values())
    context = {code for code, weight in strong.items() if weight >= 0.2 * top}
    for mention in mentions:
        cands = mention.candidates
        if mention.designator in CITY_PART_DESIGNATORS:
            continue
        if len(cands) > 1 and cands[0].country_code not in context and any(
                c.country_code in context and c.match != "transliteration" for c in cands):
            mention.candidates = (
                [c for c in cands if c.country_code in context and c.match != "transliteration"]
                + [c for c in cands if not (c.country_code in context
                                            and c.match != "transliteration")])


def _quarters_of_well_known_towns(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"Daraa al-Balad", "Baghdad al-Jadida": a town and its quarter the index lacks only
    when the town's likeliest reading in this report is itself well known; "Busra al-Harir"
    is no quarter of a Syrian hamlet that the word Busra reaches because Basra abroad is
    big: one town's name the index lacks, dropped (the report's other places hold it)."""
    return [m for m in mentions if not m.part or not m.candidates or _is_well_known(
        m.candidates[0], name_key(m.text[:len(m.text) - len(m.part)]))]


def _near_the_rest_first(mentions: list[PlaceMention]) -> None:
    """Of a name's readings in one country, the one near the report's other places first
    ("Isabela" beside Zamboanga and Basilan is Isabela City on Basilan, not the town of the
    Visayas): its score is raised above the first reading's, unless that is a capital or a
    big city. The other places are the first readings, named exactly, of the report's other
    names."""
    firsts = {name_key(m.text): m.candidates[0] for m in mentions
              if m.kind == "place" and m.candidates and m.candidates[0].match == "exact"
              and m.candidates[0].latitude is not None}
    for mention in mentions:
        if mention.kind != "place" or len(mention.candidates) < 2 or _city_part(mention):
            continue
        key = name_key(mention.text)
        others = [c for k, c in firsts.items() if k != key]
        top = mention.candidates[0]
        if not others or top.feature_code == "PPLC" or top.population >= BIG_CITY_POPULATION \
                or any(_km(top, o) <= CLEAR_KM for o in others):
            continue  # a capital or a big city needs no neighbour: "Washington, New York"
        reach = NEAR_KM if all(_km(top, o) > FAR_KM for o in others) else CLOSE_KM
        if reach == CLOSE_KM and top.feature_code in SEAT_CODES:
            continue  # a district's seat 200 km off is not traded for a village nearer
        near = [c for c in mention.candidates[1:]
                if c.country_code == top.country_code and not c.is_region
                and c.match == "exact" and any(_km(c, o) <= reach for o in others)
                and (reach != CLOSE_KM or _comparable(c, top))]
        if not near:
            continue
        best = min(near, key=lambda c: min(_km(c, o) for o in others))
        raised = dataclasses.replace(best, score=max(best.score, top.score + 0.5),
                                     reasons=[*best.reasons, "near the report's other places"])
        mention.candidates = [raised] + [c for c in mention.candidates if c is not best]


def _comparable(near, top) -> bool:
    """A namesake close to the report's other places is a town of a size with the first
    reading (at least 1/COMPARABLE_SHARE of its people), no hamlet beside a city."""
    return near.population * COMPARABLE_SHARE >= top.population


# "Syria's border city of Ras al-Ain": the words for a town that a country's possessive
# opens, before "of" and the town's name
TOWN_WORDS = frozenset({"city", "town", "village", "capital", "port", "hamlet"})


def _country_of_the_town_word(mention: PlaceMention, words: list[str],
                              country_ends: dict[int, str]) -> str | None:
    """The country "Syria's border city of X" puts X in: a country's possessive, at most two
    lower-case words, a town word, "of"."""
    k = mention.start - 1
    if k < 2 or words[k].lower() != "of" or words[k - 1].lower() not in TOWN_WORDS:
        return None
    k -= 2
    for _ in range(2):
        if k >= 0 and words[k].islower() and words[k] not in ("'s", "’s"):
            k -= 1
    return country_ends.get(k) if k >= 1 and words[k] in ("'s", "’s") else None


def _in_the_named_country(mentions: list[PlaceMention], words: list[str]) -> None:
    """A town the text puts in a country ("Syria's border city of Ras al-Ain") keeps only its
    readings there, when the index has one (Ceylanpinar across the border is a namesake)."""
    country_ends = ends_of_country_names(mentions)
    for mention in mentions:
        if mention.kind != "place" or not mention.candidates:
            continue
        code = _country_of_the_town_word(mention, words, country_ends)
        inside = [c for c in mention.candidates if c.country_code == code]
        if code and inside:
            mention.candidates = inside


def district_of_the_town(candidates: list[Candidate], best: Candidate,
                         designator: str | None) -> Candidate:
    """"Gangaloor village in Bijapur district", in a report whose other places put the town
    Bijapur in one state: a district is named after its town, so of a name's district
    readings in one country the one in the region of the town the report means (its first
    reading, `candidates[0]`, ordered by the report's places) is meant, not a more populous
    namesake district elsewhere in the country."""
    town = candidates[0] if candidates else None
    if designator not in DISTRICT_DESIGNATORS or not is_district(best) or town is None \
            or town.is_region or town.match != "exact" \
            or (town.country_code, town.admin1) == (best.country_code, best.admin1) \
            or town.country_code != best.country_code:
        return best
    same = [c for c in candidates if is_district(c) and c.match == "exact"
            and (c.country_code, c.admin1) == (town.country_code, town.admin1)]
    return same[0] if same else best
