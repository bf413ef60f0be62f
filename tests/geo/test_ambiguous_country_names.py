"""The country a report is about, read from its evidence rather than one ambiguous word: a
country name news gives two countries ("Congo") is the one the rest of the report names,
and a half of a hyphenated name the index lacks is no place of another country."""

from __future__ import annotations

import pytest
import spacy

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9420001, "Kalemie", "", -5.95, 29.19, "P", "PPLA", "CD", "12", 150_000),
    (9420002, "Dolisie", "", -4.20, 12.67, "P", "PPLA", "CG", "11", 80_000),
    (9420003, "Kessa", "", 35.00, 50.30, "P", "PPLA2", "IR", "39", 200_000),
    (9420004, "Garoua", "", 9.30, 13.40, "P", "PPLA", "CM", "07", 400_000),
    (9420005, "Pitoa", "", 9.38, 13.53, "P", "PPL", "CM", "07", 30_000),
]
ADMIN1 = [("CD.12", "Tanganyika", "Tanganyika", 9420010), ("CG.11", "Niari", "Niari", 9420011),
          ("IR.39", "Qom", "Qom", 9420012), ("CM.07", "North", "North", 9420013)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def _congo_code(gaz, text: str) -> str:
    doc = spacy.blank("en")(text)
    return next(m.country_code for m in gaz.find_mentions(doc) if m.text == "Congo")


def test_an_ambiguous_country_name_is_the_country_the_rest_of_the_report_names(gaz):
    assert _congo_code(gaz, "Militiamen burned a market in eastern Congo on Sunday, and "
                            "fled towards Kalemie, officials said.") == "CD"
    assert _congo_code(gaz, "Police fired tear gas at traders in Congo on Sunday, and the "
                            "unrest spread to Dolisie, officials said.") == "CG"


def test_an_ambiguous_country_name_alone_is_its_wire_style_reading(gaz):
    assert _congo_code(gaz, "Rebels seized a mining town in eastern Congo.") == "CD"


def test_a_half_of_an_unknown_hyphenated_name_is_no_place(gaz):
    doc = spacy.blank("en")("Gunmen raided a village in the Wadi-Kessa department near "
                            "Garoua on Friday.")
    mentions = gaz.find_mentions(doc)
    assert [m.text for m in mentions] == ["Garoua"]
    assert [code for code, _ in gaz.document_countries(doc, mentions=mentions)] == ["CM"]


def test_the_opening_of_a_hyphenated_name_stays_a_place(gaz):
    doc = spacy.blank("en")("Bandits ambushed a bus on the Garoua-Pitoa road.")
    assert [m.text for m in gaz.find_mentions(doc)][:1] == ["Garoua"]
