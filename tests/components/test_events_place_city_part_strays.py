"""A small town of another state, in a report whose only other firm place is one big city
and which calls the name a city's part ("the Kolpet complex"; `placing.city_part_strays`
through `stray_region`): the city's part at the city's point ("Ravelgarh - Kolpet",
precision 2); kept as read when nothing calls it a city's part, when the text writes the
town's state, when the city is small or read by a looser spelling, or when the town is big.
Made-up places; the report's readings are given, so each rule is tried alone."""

import dataclasses

import pytest
import spacy

from eventdesk.components.events.candidate import Candidate as Telling
from eventdesk.components.events.placing import stray_region
from eventdesk.geo.candidates import Candidate, PlaceMention
from eventdesk.records import Place

TAVARA, MORVAN, KARSA = "Tavara", "Morvan", "Karsa"


def _reading(gid, name, admin1, *, match="exact", population=20_000, lat=20.0):
    cand = Candidate(geonameid=gid, name=name, country_code="IN", country="India",
                     admin1=admin1, admin2=None, feature_class="P", feature_code="PPL",
                     population=population, latitude=lat, longitude=80.0, match=match,
                     reasons=[f"{match} name '{name.lower()}'"])
    mention = PlaceMention(0, 1, 0, len(name), name, [cand])
    place = Place(country="India", country_code="IN", admin1=admin1, location=name,
                  latitude=lat, longitude=80.0, geo_precision=1, geonameid=gid)
    return mention, place


CITY = _reading(1, "Ravelgarh", TAVARA, population=4_000_000, lat=25.0)
# another of the city's quarters, itself read as a small town of a third state
QUARTER = _reading(2, "Bhirpur", KARSA, population=30_000)


PART = "Police shot dead two men in the Kolpet complex on Monday."


def _settle(monkeypatch, stray, others, text=PART):
    monkeypatch.setattr(stray_region, "_readings", lambda placer, doc: [stray, *others])
    _, place = stray
    telling = Telling("Violence against civilians", "Attack", 0, 10, 0,
                      place=dataclasses.replace(place))
    stray_region.home_region_for_strays(None, spacy.blank("en")(text), [telling])
    found = telling.place
    return found.location, found.admin1, found.latitude, found.geo_precision


@pytest.mark.parametrize("others", [[CITY], [CITY, QUARTER]])
def test_a_small_town_of_another_state_beside_one_big_city_is_its_part(monkeypatch, others):
    stray = _reading(9, "Kolpet", MORVAN, population=9_000)
    assert _settle(monkeypatch, stray, others) == ("Ravelgarh - Kolpet", TAVARA, 25.0, 2)


@pytest.mark.parametrize("city", [
    _reading(1, "Ravelgarh", TAVARA, population=400_000, lat=25.0),      # no big city
    _reading(1, "Ravelgarh", TAVARA, population=4_000_000, lat=25.0,
             match="normalised"),                                        # a looser spelling
])
def test_beside_a_smaller_or_loosely_read_city_the_town_is_kept(monkeypatch, city):
    stray = _reading(9, "Kolpet", MORVAN, population=9_000)
    assert _settle(monkeypatch, stray, [city])[1] == MORVAN


def test_a_big_town_or_one_whose_state_is_written_is_kept(monkeypatch):
    assert _settle(monkeypatch, _reading(9, "Kolpet", MORVAN, population=90_000),
                   [CITY])[1] == MORVAN
    text = "Police shot dead two men in the Kolpet complex in Morvan on Monday."
    assert _settle(monkeypatch, _reading(9, "Kolpet", MORVAN, population=9_000),
                   [CITY], text)[1] == MORVAN


@pytest.mark.parametrize("text", [
    "Police shot dead two men in Kolpet on Monday.",             # a town, as far as told
    "Police shot dead two men in the Kolpet district on Monday.",  # a rural division
])
def test_a_town_nothing_calls_a_city_part_is_kept(monkeypatch, text):
    stray = _reading(9, "Kolpet", MORVAN, population=9_000)
    assert _settle(monkeypatch, stray, [CITY], text)[1] == MORVAN


@pytest.mark.parametrize(("text", "called"), [
    ("raids in the Kolpet complex", True),
    ("a march in the favela of Kolpet", True),
    ("the Kolpet quarterly market", False),
    ("the town of Kolpet near the quarter", False),
])
def test_called_a_city_part(text, called):
    from eventdesk.components.events.placing.city_part_strays import called_a_city_part

    assert called_a_city_part(text, "Kolpet") is called
