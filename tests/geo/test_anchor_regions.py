"""The place a town is put in reads the anchor too (issue 9): "Guarema, in the west of
Tavora" -- a town of 30,000 in Tavora state, named after a bigger city abroad and a small
town of another state -- is in the state, not in the city abroad; and a town inside a
province whose point (its capital) lies farther than ANCHOR_KM is still in it. Over
invented places."""

from __future__ import annotations

import pytest
import spacy

NLP = spacy.blank("en")

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9600001, "Tavora", "", -25.43, -49.27, "A", "ADM1", "BR", "18", 11_000_000),
    (9600002, "Guarema", "", -24.08, -54.25, "P", "PPL", "BR", "18", 32_000),
    (9600003, "Tavora", "", -31.73, -60.53, "P", "PPLA", "AR", "08", 250_000),
    (9600004, "Tavora", "", -12.6, -47.9, "P", "PPL", "BR", "31", 10_000),
    (9600005, "Guarema", "", -20.3, -48.3, "P", "PPL", "BR", "27", 39_000),
    (9600006, "Gualtes", "", -31.0, -60.0, "P", "PPL", "AR", "08", 3_000),
]
ADMIN1 = [("BR.18", "Tavora", "Tavora", 9600001), ("BR.27", "Sao Bento", "Sao Bento", 9600097),
          ("BR.31", "Tocarim", "Tocarim", 9600098),
          ("AR.08", "Entre Lagos", "Entre Lagos", 9600099)]


@pytest.fixture(scope="module")
def gaz(gazetteer_of):
    return gazetteer_of(PLACES, ADMIN1)


def found(gaz, text):
    return {m.text: sorted({(c.country_code, c.feature_code) for c in m.candidates})
            for m in gaz.find_mentions(NLP(text))}


def test_a_town_in_a_region_whose_capital_is_far_keeps_its_reading_there(gaz):
    mentions = found(gaz, "Gunmen wounded four people in Guarema, in the west of Tavora, "
                          "on Friday.")
    assert mentions["Guarema"] == [("BR", "PPL")]


def test_the_region_holding_the_town_is_the_anchor_not_its_namesakes(gaz):
    mentions = found(gaz, "Gunmen wounded four people in Guarema, in the west of Tavora, "
                          "on Friday.")
    assert mentions["Tavora"] == [("BR", "ADM1")]


def test_an_anchor_read_abroad_by_its_town_stays_when_the_town_is_there(gaz):
    # Gualtes lies only near the city abroad: the anchor is that city
    assert ("AR", "PPLA") in found(gaz, "Gunmen raided Gualtes, near Tavora.")["Tavora"]


@pytest.mark.slow
@pytest.mark.parametrize("region", ["in Tavora", "in the west of Tavora"])
def test_the_region_set_off_after_the_town_is_no_second_place_of_the_event(
        gaz, monkeypatch, region):
    import eventdesk

    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(gaz.path))
    events = eventdesk.extract(f"Four farmers were wounded by gunshots in an attack on their "
                               f"camp, in Guarema, {region}, on Friday.", published="2025-01-06")
    assert [(e.location, e.admin1) for e in events] == [("Guarema", "Tavora")]
