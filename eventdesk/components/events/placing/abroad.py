"""A place abroad only when the report says so (issue 9): the country evidence a report
gives besides a place's own name, and the namesake abroad it overrules.

A report names its country in many ways: by name ("in Colombia"), by its dateline
("MOGADISHU -"), by its other towns and regions, by demonyms ("the Somali army") and by the
local armed groups it names, whose home is one country ("Al-Shabaab", "the Gulf Clan").
A town placed in a country the report gives no such evidence of, while it gives evidence
of the land of another, is a namesake abroad ("Balad" read in Iraq in a report filed from
Mogadishu on Al-Shabaab): the name's reading in that other country, else the name kept
as a local place the index lacks under what holds it there, else that country alone.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from eventdesk.coding.typology import NON_STATE_ARMED
from eventdesk.components.events.common import copy_place, read_once
from eventdesk.components.events.place_fallbacks import report_region, sentence_container
from eventdesk.components.events.place_measures import (
    BEARINGS,
    MEASURE_SPAN,
    PROJECTED_MAX_KM,
    PROJECTED_MIN_KM,
    measure_before,
)
from eventdesk.components.events.place_mentions import called_a_small_place
from eventdesk.components.events.placing.called_city import called_a_city
from eventdesk.components.events.placing.deeds import same_incident_tokens, without_other_deeds
from eventdesk.components.events.placing.other_name_abroad import by_another_name
from eventdesk.components.events.placing.places import country_only, measured_off
from eventdesk.components.events.placing.side_places import (
    where_a_speaker_spoke,
    where_the_source_is,
)
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_ext, doc_text, doc_tokens, doc_words
from eventdesk.geo.candidates import (
    BIG_CITY_POPULATION,
    WELL_KNOWN_POPULATION,
    in_named_province,
)
from eventdesk.geo.countries import coded_country
from eventdesk.geo.country_context import (
    _before_border,
    _in_compound,
    _named_as_land,
    _of_a_force,
)
from eventdesk.geo.name_spans import word_before
from eventdesk.geo.normalize import fold, fold_uncached, name_key
from eventdesk.records import Place, join_parts, town_of

EVIDENCE_KEY = "eventdesk_country_evidence"
# Actors whose home says where they fight: rebels, political and identity militias. A
# state's forces act abroad as often as at home, and the context names civilians,
# protesters and unidentified groups after the report's own country.
LOCAL_INTERS = frozenset(NON_STATE_ARMED)


@dataclasses.dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of country evidence: the country (as coded), whether it names the land
    itself (`land`: a country named as a place, a town or region named exactly that can be
    the scene, a local armed group) or only a home (a demonym not of a force, "Saudi-led",
    the dateline, where a speaker spoke, a loose spelling), the key of its place name and
    that name's first token (None for others), and whether it is a country's name. A town is
    the land only in its own sentence (elsewhere, a neighbour's in passing); `_kind`, anywhere."""

    code: str
    land: bool
    name: str | None = None
    at: int | None = None
    country_named: bool = False


def country_evidence(placer, doc: Doc) -> tuple[Evidence, ...]:
    """The report's country evidence, read once per report."""
    return read_once(doc, EVIDENCE_KEY, None, lambda: tuple(_read_evidence(placer, doc)))


def _read_evidence(placer, doc: Doc):
    words = doc_words(doc)
    for mention in doc_ext(doc, "places") or []:
        if mention.kind == "country":
            if mention.country_code:
                yield Evidence(coded_country(mention.country_code), _named_as_a_land(
                    placer, doc, words, mention), country_named=True)
            continue
        if not mention.candidates or not placer.judge.plausible(doc, mention):
            continue
        best = mention.candidates[0]
        if best.country_code and best.match != "transliteration":
            # the dateline, where a speaker or a source is (where the reporter or the
            # speaker was) and a loose spelling ("Khana" as Khanna) are no land
            scene = best.match == "exact" and placer.judge.may_be_scene(doc, mention) \
                and not where_a_speaker_spoke(doc, mention) \
                and not where_the_source_is(doc, mention)
            yield Evidence(coded_country(best.country_code), scene, name_key(mention.text),
                           mention.start)
            # a name read as big or bigger in another country ("Donetsk region": Rostov's
            # Donetsk ranked before Ukraine's oblast city) is a home of that one too
            for code in {c.country_code for c in mention.candidates[1:]
                         if c.match == "exact" and c.country_code
                         and (c.is_region or c.population >= best.population)} \
                    - {best.country_code}:
                yield Evidence(coded_country(code), False, name_key(mention.text), mention.start)
    for k, word in enumerate(words):
        code = placer.gazetteer.demonym_country(word) if word[:1].isupper() else None
        if code and not (_in_compound(words, k, k + 1) or _before_border(words, k + 1)
                         or _of_a_force(words, k + 1)):
            # "Kenyan leaders", not "Ethiopian troops" (a force acts abroad as often as at
            # home), "Saudi-led" or "the Afghan border"
            yield Evidence(coded_country(code), False)
    for found in doc_ext(doc, "actors") or []:
        actor = found.actor
        if actor.country and actor.inter in LOCAL_INTERS and _written_as_a_name(doc, found) \
                and not _named_after_the_context(placer, actor.name):
            yield Evidence(coded_country(actor.country), True)


def _named_as_a_land(placer, doc: Doc, words: list[str], mention) -> bool:
    """"in Somalia", "inside Syria", "Syria's Idlib province": the country as where things
    are; not a party ("Israel captured", "Saudi-led", "Israel's artillery", "the Islamic
    State of Iraq")."""
    if _in_compound(words, mention.start, mention.end) \
            or _of_a_force(words, mention.end, possessive=True) \
            or placer.judge.in_a_name(doc, mention):
        return False
    possessive = mention.end < len(words) and words[mention.end] in ("'s", "’s")
    fronted = mention.start > 0 and words[mention.start - 1] in ("In", "Inside", "Across")
    return possessive or fronted or _named_as_land(words, mention.start)


def _named_after_the_context(placer, name: str) -> bool:
    """"Unidentified Armed Group (Mexico)", "Civilians (Spain)": an actor the report's
    country names, no evidence of it ("Houthis (Ansar Allah)" is)."""
    inner = name.rpartition("(")[2].rstrip(")")
    return "(" in name and placer.gazetteer.country_code_of(inner) is not None


def _written_as_a_name(doc: Doc, found) -> bool:
    """"Al-Shabaab", "the Gulf Clan": named, not told by a common word the report's
    country resolves ("rebels", "Gunmen" opening a sentence)."""
    text = found.text
    return any(ch.isupper() for ch in text[1:]) or (
        text[:1].isupper() and not doc[found.start].is_sent_start)


def _outweighs(placer, doc: Doc, home: str, own: str) -> bool:
    """The report's evidence weighs `home` more than `own` (the country of the name read
    abroad, whose own weight counts), read once per report."""
    weights = read_once(doc, EVIDENCE_KEY, "weights", lambda: dict(
        placer.gazetteer.document_countries(doc, mentions=doc_ext(doc, "places") or [])))
    return weights.get(home, 0.0) > weights.get(own, 0.0)


def namesake_abroad(placer, doc: Doc, sent, clause, place: Place | None) -> Place | None:
    """The place to use instead of `place` when it is a namesake abroad (see the module's
    doc), else None. The name read at `place` is the name overruled. A capital or a big
    city is its own evidence ("protested in Berlin"), unless called a town; a name with no
    reading in the other land is kept there as a local name only when the report names
    that land as where, weighs it more or gives two kinds of evidence of it anywhere (its
    militia, a town of it), and -- for a well-known town abroad the text does not call a
    town ("the towns of X and Y") -- gives two kinds of evidence of it in the sentence."""
    if place is None or place.latitude is None or not place.country_code or not place.geonameid:
        return None
    # the sentence's own name first, else one the report named before (its talk's place)
    named = [m for m in doc_ext(doc, "places") or [] if m.kind != "country"
             and any(c.geonameid == place.geonameid for c in m.candidates)]
    mention = next((m for m in named if sent.start <= m.start < sent.end),
                   named[0] if named else None)
    if mention is None:
        return None
    reading = next(c for c in mention.candidates if c.geonameid == place.geonameid)
    if (reading.feature_code == "PPLC" or reading.population >= BIG_CITY_POPULATION) \
            and not called_a_small_place(doc, mention):
        return None
    own = coded_country(place.country_code)
    key = name_key(mention.text)
    evidence = [e for e in country_evidence(placer, doc) if e.name != key]
    if any(e.code == own for e in evidence):
        return None
    lands = [e for e in evidence if e.land and (e.at is None or sent.start <= e.at < sent.end)]
    if not any(e.name for e in lands):
        lands += _towns_of_one_land(evidence) or _filed_in_one_land(placer, doc, evidence) \
            or _places_of_one_land(evidence)
    land = [e.code for e in lands]
    countries = [coded_country(c) for c in doc_ext(doc, "countries") or []]
    if not land:  # no evidence at all: the report's first country is all it says
        return None if evidence else by_another_name(placer, doc, sent, clause, mention,
                                                     reading, countries)
    home = next((c for c in countries if c in land), None) or max(
        dict.fromkeys(land), key=land.count)
    inside = [c for c in mention.candidates
              if coded_country(c.country_code or "") == home and c.match != "transliteration"]
    if inside:
        local = placer.gazetteer.resolve(dataclasses.replace(mention, candidates=inside),
                                         countries=[home])
        if local is not None and local.latitude is not None:
            return placer._with_precision(doc, clause, local, mention)
    kinds = {_kind(e) for e in lands if e.code == home}
    if len(kinds) < (2 if reading.population >= WELL_KNOWN_POPULATION
                     and not called_a_small_place(doc, mention) else 1) or not (
            "country" in kinds or _outweighs(placer, doc, home, own)
            or len({_kind(e) for e in evidence if e.land and e.code == home}) > 1):
        return None
    unknown = (" ".join(mention.text.split()), mention.start)
    incident = without_other_deeds(same_incident_tokens(sent, clause), clause)
    return sentence_container(placer, doc, clause, unknown, home, incident) \
        or _off_the_capital(placer, doc, sent, mention, home, unknown[0]) \
        or report_region(placer, doc, home, unknown[0]) or country_only(home)


def _kind(e: Evidence) -> str:  # what names the land
    return "country" if e.country_named else "town" if e.name else "group"


def _towns_of_one_land(evidence: list[Evidence]) -> list[Evidence]:
    """The towns and regions the report names as scenes in other sentences, when there are
    two or more and all lie in one land ("Ruma upazila ... of Bandarban", "at the edge of
    Khagrachhari town", then "arrested nine people in Ruma", read in Serbia): that land's
    evidence for a sentence that names no town or region of its own; none when they lie in
    two."""
    towns = [e for e in evidence if e.land and e.name]
    if len({e.code for e in towns}) != 1 or len({e.name for e in towns}) < 2:
        return []
    return towns


def _places_of_one_land(evidence: list[Evidence]) -> list[Evidence]:
    """The report's places and country names, all of one land, one a town named as a
    scene ("TYRE, Lebanon - ... shells hit Blida ... a strike near Bint Jbeil", Blida read
    in Algeria): that land's evidence, whatever homes demonyms name ("Israeli strikes")."""
    places = [e for e in evidence if e.name or e.country_named]
    if len({e.code for e in places}) != 1 or len({e.name for e in places}) < 2 \
            or not any(e.land and e.name for e in places):
        return []
    return places


def _filed_in_one_land(placer, doc: Doc, evidence: list[Evidence]) -> list[Evidence]:
    """The report's evidence, when it is filed from a town of one land (its dateline) and
    all its other evidence -- one piece or more -- is of that land too ("DHAKA - ... the
    Bangladeshi police ... set fire to a centre in X", X read only in India): the dateline
    gives the country context a sentence naming no land of its own lacks (issue 9). None
    when any piece names another land."""
    codes = {e.code for e in evidence}
    if len(codes) != 1 or len(evidence) < 2:
        return []
    filed = any(e.at == m.start and placer.judge.is_dateline(doc, m)
                for e in evidence if e.name for m in doc_ext(doc, "places") or [])
    return evidence if filed else []


def _off_the_capital(placer, doc: Doc, sent, mention, home: str, name: str) -> Place | None:
    """"Balad, about 30 km north of the capital": the point the text gives from the
    capital of the land the report is about, under the name."""
    for tok in doc_tokens(doc)[mention.end:min(sent.end, mention.end + MEASURE_SPAN + 4)]:
        the = word_before(doc, tok.i)
        link = word_before(doc, the)
        if tok.lower_ != "capital" or the < 1 or doc[the].lower_ != "the" \
                or doc[link].lower_ != "of":
            continue
        measure = measure_before(doc, link)
        bearing = BEARINGS.get(measure.word_before)
        capital = placer._capital([home], doc_ext(doc, "published"))
        if bearing is None or measure.km is None or capital is None \
                or capital.latitude is None \
                or not PROJECTED_MIN_KM <= measure.km <= PROJECTED_MAX_KM:
            return None
        return measured_off(capital, name, measure.km, bearing)
    return None


# A loose reading this far from every place the report names is a namesake
NAMESAKE_KM = 150
FOLDED_TEXT_KEY = "eventdesk.folded_text"


def _folded_text(doc: Doc) -> str:
    """The report's text folded once per report (each placed event asks)."""
    folded = doc.user_data.get(FOLDED_TEXT_KEY)
    if folded is None:
        folded = doc.user_data[FOLDED_TEXT_KEY] = fold_uncached(doc_text(doc))
    return folded


def loose_namesake(placer, doc: Doc, place: Place | None) -> Place | None:
    """Its country (its region, if the report has one) with no point, when `place` is read
    by a spelling the report does not write ("near Tal Qirmesh" as a Tall Qirmish) and lies
    outside every province of its country the report names (`in_named_province`),
    NAMESAKE_KM or more from every place it names: a namesake of a village the index lacks
    (no point beats a wrong one); or the town named right after it, if it holds it."""
    if place is None or place.latitude is None or not place.location:
        return None
    name = fold(town_of(place.location))
    if not name or name in _folded_text(doc):
        return None   # the report's own spelling
    mentions = doc_ext(doc, "places") or []
    held = _held_by_next_town(placer, doc, mentions, place)
    if held is not None:
        return held
    if _in_report_region(mentions, place) or any(
            c.geonameid == place.geonameid and c.match != "transliteration"
            for m in mentions for c in m.candidates) or any(
            haversine_km(c.latitude, c.longitude, place.latitude, place.longitude)
            < NAMESAKE_KM for m in mentions for c in m.candidates[:1]
            if c.match != "transliteration" and c.latitude is not None) \
            or called_a_city(doc, place):
        # another name of the place it knows, near a place it names, or a city called one
        return None
    code, name = place.country_code, place.location
    return report_region(placer, doc, code, name) or country_only(code, name)


def _held_by_next_town(placer, doc: Doc, mentions, place: Place) -> Place | None:
    """"in Kampung Melayu, Central Sendara", read by another spelling as a Kampong Malayo of
    another province: the town named right after it, behind a comma, holds the place the index
    lacks ("Sendara - Kampung Melayu", geo_precision 2). Else None."""
    own = next((m for m in mentions if m.candidates and m.candidates[0].geonameid ==
                place.geonameid and m.candidates[0].match == "transliteration"), None)
    if own is None or own.end >= len(doc) or doc[own.end].text != ",":
        return None
    after = next((m for m in mentions if m.kind == "place" and (m.start == own.end + 1 or (
        m.start == own.end + 2 and doc[own.end + 1].text[:1].isupper()))), None)
    town = None if after is None else placer.gazetteer.resolve(
        after, countries=[place.country_code])
    if town is None or town.latitude is None or town.geo_precision == 3 \
            or town.country_code != place.country_code or town.admin1 == place.admin1:
        return None
    town = copy_place(town)
    town.location = join_parts(town_of(town.location), doc[own.start:own.end].text)
    town.geo_precision = 2
    return town


def _in_report_region(mentions, place: Place) -> bool:
    """`in_named_province`, but a report that names no region of the country and only
    towns of other regions than the reading's (Kashmir's towns, and a loose reading of a
    Kashmir quarter as a village a thousand miles off) does not hold the reading."""
    towns = [c for m in mentions for c in m.candidates[:1] if c.match != "transliteration"
             and c.country_code == place.country_code and not c.feature_code.startswith("ADM")]
    if towns and all(c.admin1 != place.admin1 for c in towns) and not any(
            c.feature_code == "ADM1" and c.match == "exact" for m in mentions
            for c in m.candidates):
        return False
    return in_named_province(mentions, place)
