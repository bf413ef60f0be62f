"""A place read in another state than every other place of a local report
(`placing.stray_region`): the report's one state, with the name kept and no point, when the
name reaches it only by a looser spelling, or as a small town by its own name beside two
places of a state the report names; kept as read when the text writes the place's own
state, when the other places lie in two states, when a big city is named by its own name,
or when a small town stands beside one place only. Made-up places; the report's readings
(`_readings`) are given, so each rule is tried alone."""

import dataclasses

import pytest
import spacy

from eventdesk.components.events.candidate import Candidate as Telling
from eventdesk.components.events.placing import stray_region
from eventdesk.geo.candidates import Candidate, PlaceMention
from eventdesk.records import Place

TAVARA, MORVAN = "Tavara", "Morvan"


def _reading(gid, name, admin1, *, match="exact", population=20_000, code="PPL"):
    cand = Candidate(geonameid=gid, name=name, country_code="IN", country="India",
                     admin1=admin1, admin2=None, feature_class="A" if code == "ADM1" else "P",
                     feature_code=code, population=population, latitude=20.0, longitude=80.0,
                     match=match, reasons=[f"{match} name '{name.lower()}'", "its main name"])
    mention = PlaceMention(0, 1, 0, len(name), name, [cand])
    place = Place(country="India", country_code="IN", admin1=admin1, location=name,
                  latitude=None if code == "ADM1" else 20.0, longitude=80.0, geo_precision=1,
                  geonameid=gid)
    return mention, place


DANDARI = _reading(1, "Dandari", TAVARA)
BHIRPUR = _reading(2, "Bhirpur", TAVARA)
STATE = _reading(3, TAVARA, TAVARA, code="ADM1", population=25_000_000)
OTHER_STATE_TOWN = _reading(4, "Sevli", "Karsa")


def _settle(monkeypatch, stray, others, text="Maoists shot dead a headman on Monday."):
    monkeypatch.setattr(stray_region, "_readings", lambda placer, doc: [stray, *others])
    _, place = stray
    telling = Telling("Violence against civilians", "Attack", 0, 10, 0,
                      place=dataclasses.replace(place))
    doc = spacy.blank("en")(text)
    stray_region.home_region_for_strays(None, doc, [telling])
    found = telling.place
    return found.location, found.admin1, found.latitude, found.geo_precision


def test_a_looser_spelling_of_a_town_of_another_state_goes_home(monkeypatch):
    stray = _reading(9, "Kolpet", MORVAN, match="normalised", population=9_000)
    assert _settle(monkeypatch, stray, [DANDARI]) == ("Kolpet", TAVARA, None, 3)


def test_a_small_town_by_its_own_name_goes_home_beside_two_places_of_a_named_state(
        monkeypatch):
    stray = _reading(9, "Kolpet", MORVAN, population=9_000)
    assert _settle(monkeypatch, stray, [DANDARI, STATE]) == ("Kolpet", TAVARA, None, 3)


@pytest.mark.parametrize("others", [
    [STATE],                # one region named once: another story of the wire
    [DANDARI, BHIRPUR],     # the report names no state
])
def test_a_small_town_by_its_own_name_is_kept_otherwise(monkeypatch, others):
    stray = _reading(9, "Kolpet", MORVAN, population=9_000)
    assert _settle(monkeypatch, stray, others)[1] == MORVAN


def test_a_big_city_by_its_own_name_is_a_scene_of_its_own(monkeypatch):
    stray = _reading(9, "Ravelgarh", MORVAN, population=700_000)
    assert _settle(monkeypatch, stray, [DANDARI, BHIRPUR, STATE])[1] == MORVAN


def test_a_place_whose_state_the_text_writes_is_kept(monkeypatch):
    stray = _reading(9, "Kolpet", MORVAN, match="normalised", population=9_000)
    text = "Maoists shot dead a headman in Kulpet in Morvan on Monday."
    assert _settle(monkeypatch, stray, [DANDARI], text)[1] == MORVAN


def test_a_report_of_two_states_keeps_its_places(monkeypatch):
    stray = _reading(9, "Kolpet", MORVAN, match="normalised", population=9_000)
    assert _settle(monkeypatch, stray, [DANDARI, OTHER_STATE_TOWN])[1] == MORVAN


def test_a_big_town_by_a_looser_spelling_beside_one_landmark_city_is_kept(monkeypatch):
    """"South of Dandari, ten were killed ... in the town of Suwera": a big town spelt
    loosely, measured from one city of another state, is where the report says."""
    stray = _reading(9, "Suwera", MORVAN, match="normalised", population=77_000)
    assert _settle(monkeypatch, stray, [DANDARI])[1] == MORVAN
    assert _settle(monkeypatch, stray, [DANDARI, BHIRPUR, STATE])[1] == TAVARA


def test_a_town_whose_population_is_unknown_is_no_small_town(monkeypatch):
    """GeoNames gives some towns no population (0): unknown, not small."""
    stray = _reading(9, "Marrat", MORVAN, match="normalised", population=0)
    assert _settle(monkeypatch, stray, [DANDARI])[1] == MORVAN


def test_a_place_whose_state_the_text_writes_by_another_name_is_kept(monkeypatch):
    """"Morvania" is Morvan's other name: a mention reaching the state as an ADM1 reading
    says the report knows where the place is, though the index spells the state otherwise."""
    from eventdesk.extensions import register_extensions

    register_extensions()
    stray = _reading(9, "Kolpet", MORVAN, match="normalised", population=9_000)
    text = "Maoists shot dead a headman in Kulpet in Morvania on Monday."
    state, _ = _reading(5, "Morvania", MORVAN, code="ADM1", population=30_000_000)
    monkeypatch.setattr(stray_region, "_readings", lambda placer, doc: [stray, DANDARI])
    _, place = stray
    telling = Telling("Violence against civilians", "Attack", 0, 10, 0,
                      place=dataclasses.replace(place))
    doc = spacy.blank("en")(text)
    doc._.places = [state]
    stray_region.home_region_for_strays(None, doc, [telling])
    assert telling.place.admin1 == MORVAN


@pytest.fixture
def tavara_index(tiny_index_with):
    """Two invented states of India: Tavara with a district seat, a town and the state's own
    row; Morvan with a small town the index reads for a Tavara report's village."""
    return tiny_index_with(places=[
        (9100501, "Dandari", "Dandari", "", 20.0, 81.0, "P", "PPLA2", "IN", "41", 40_000),
        (9100502, "Bhirpur", "Bhirpur", "", 20.2, 81.2, "P", "PPL", "IN", "41", 30_000),
        (9100503, TAVARA, TAVARA, "", 20.5, 81.5, "A", "ADM1", "IN", "41", 25_000_000),
        (9100504, "Kharvani", "Kharvani", "", 19.5, 80.5, "P", "PPL", "IN", "42", 30_000),
        (9100505, MORVAN, MORVAN, "", 19.0, 79.0, "A", "ADM1", "IN", "42", 30_000_000),
    ], admin1=[("IN.41", TAVARA, TAVARA, 9100503), ("IN.42", MORVAN, MORVAN, 9100505)])


@pytest.mark.slow
def test_a_stray_town_goes_home_through_the_pipeline(tavara_index):
    """End to end (`settle_places` over the report's own readings): the second deed's small
    town of Morvan, in a report of Tavara's district and towns, is Tavara's, with no point."""
    import eventdesk

    events = eventdesk.extract(
        "Maoists killed two policemen in Tavara's Dandari district on Monday, police in "
        "Bhirpur said. On Tuesday, Maoists shot dead a trader at Kharvani.",
        published="2023-07-11")
    trader = next(e for e in events if e.event_type == "Violence against civilians")
    assert (trader.location, trader.admin1, trader.latitude, trader.geo_precision) == (
        "Kharvani", TAVARA, None, 3)
