"""Names of a part of a town that the index lacks (issue 9), each with a tiny hand-built
gazetteer: "<City> al-X" is a part of City, not al-X's namesake abroad; "X Police District"
is a small town X only in a report about its country."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9300001, "Baghdad", "", 33.34058, 44.40088, "P", "PPLC", "IQ", "07", 7_216_000),
    (9300002, "El Jadida", "al-Jadida,Al Jadida", 33.25682, -8.50882, "P", "PPLA", "MA", "09",
     212_863),
    (9300003, "Westridge", "", 49.28, -122.95, "P", "PPL", "CA", "02", 2_521),
    # a big city abroad that "Kufra" reaches by an alternate name, and a Syrian hamlet of
    # that name: "Kufra al-Hamra" is one town the index lacks, no quarter of either
    (9300004, "Al Kufrah", "Kufra", 24.2, 23.3, "P", "PPLA", "LY", "05", 400_000),
    (9300005, "Kufra", "", 35.9, 36.6, "P", "PPL", "SY", "10", 900),
    (9300006, "Idlib", "", 35.93, 36.63, "P", "PPLA", "SY", "10", 165_000),
]
ADMIN1 = [("IQ.07", "Baghdad", "Baghdad", 9300001)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


@pytest.mark.parametrize("label", [None, "FAC", "PERSON"])
def test_a_town_prefixed_quarter_is_a_part_of_the_town(gaz, label):
    doc = NLP("A bomb went off near a police patrol in Baghdad al-Jadida on Monday.")
    if label:  # NER may call the whole name a site or a person
        doc.ents = [Span(doc, 8, 12, label=label)]
    mentions = gaz.find_mentions(doc)
    assert [(m.text, m.part) for m in mentions] == [("Baghdad al-Jadida", "al-Jadida")]
    place = gaz.resolve(mentions[0], countries=[])
    assert (place.location, place.country_code, place.geo_precision) == (
        "Baghdad - al-Jadida", "IQ", 2)


def test_the_quarters_name_alone_is_still_its_namesake(gaz):
    mentions = gaz.find_mentions(NLP("Protesters gathered in al-Jadida on Monday."))
    assert [(m.text, m.part, m.candidates[0].country_code) for m in mentions] == [
        ("al-Jadida", None, "MA")]


def test_a_police_units_name_is_a_small_town_only_in_its_country(gaz):
    text = "A gunman killed a polio worker in Cantt View Colony, Westridge Police District"
    assert [m.text for m in gaz.find_mentions(NLP(text + "."))] == []
    assert [m.text for m in gaz.find_mentions(NLP(text + " in Canada."))] == [
        "Westridge", "Canada"]


def test_a_name_opened_by_a_hamlets_name_is_no_quarter_of_it(gaz):
    # "Kufra" reads first as the Syrian hamlet in a report on Idlib; Al Kufrah abroad made
    # it look well known
    mentions = gaz.find_mentions(NLP("Jets bombed Idlib and Kufra al-Hamra on Monday."))
    assert [(m.text, m.part) for m in mentions] == [("Idlib", None)]
