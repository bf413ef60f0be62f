"""End-to-end coding of reports written for these tests (the real model and gazetteer)."""

import datetime as dt
import re
import unicodedata

import pytest

import eventdesk

pytestmark = pytest.mark.slow

SYRIA_REPORT = (
    "ALEPPO, March 12 (Test Wire) - Government helicopters dropped barrel bombs on the town "
    "of Jisr al-Shughur on Friday, killing at least 14 civilians, the Syrian Observatory for "
    "Human Rights said. Rebels clashed with army troops near Maarat al-Numan on Thursday. "
    "The army plans to launch an offensive on Saraqib in the coming weeks. Residents said "
    "the army did not shell Kafr Nabl."
)


@pytest.fixture(scope="module")
def syria_events():
    return eventdesk.extract(SYRIA_REPORT, published="2016-03-12", doc_id="t1")


def _folded(name):
    """"Ma‘arrat an Nu‘mān" -> "maarratannuman": compare names without marks and spaces."""
    text = unicodedata.normalize("NFKD", name or "")
    return re.sub(r"[^a-z]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def _one(events, sub_type):
    found = [e for e in events if e.sub_event_type == sub_type]
    assert len(found) == 1, [(e.sub_event_type, e.location) for e in events]
    return found[0]


def test_air_strike_is_coded_with_place_date_victims_and_source(syria_events):
    strike = _one(syria_events, "Air/drone strike")
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.event_date == dt.date(2016, 3, 11)
    assert strike.time_precision == 1
    assert strike.country == "Syria"
    assert "shughur" in _folded(strike.location)
    assert strike.latitude == pytest.approx(35.81, abs=0.1)
    assert strike.fatalities == 14
    assert strike.actor1 == "Military Forces of Syria" and strike.inter1 == 1
    assert strike.actor2 == "Civilians (Syria)" and strike.inter2 == 7
    assert "Observatory" in (strike.claimed_by or "")


def test_clash_near_a_town_has_precision_two(syria_events):
    clash = _one(syria_events, "Armed clash")
    assert clash.event_date == dt.date(2016, 3, 10)
    assert "numan" in _folded(clash.location)
    assert clash.geo_precision == 2
    assert {clash.inter1, clash.inter2} == {1, 2}


def test_planned_and_negated_events_are_not_coded(syria_events):
    places = _folded(" ".join(e.location or "" for e in syria_events))
    assert "saraqib" not in places
    assert "nabl" not in places
    assert len(syria_events) == 2


def test_evidence_is_the_reports_own_words(syria_events):
    for event in syria_events:
        assert SYRIA_REPORT[event.evidence_start:event.evidence_end] == event.evidence
        assert event.doc_id == "t1"


def test_no_publication_date_means_no_invented_date():
    events = eventdesk.extract(
        "Police fired tear gas to disperse hundreds of protesters in Khartoum on Friday."
    )
    assert events, "the protest should still be coded"
    protest = events[0]
    assert protest.event_type == "Protests"
    assert protest.sub_event_type == "Protest with intervention"
    assert protest.event_date is None
