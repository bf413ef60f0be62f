"""A participle telling an earlier deed on a day of its own is a clause of its own
(own_day_participles.py), on sentences written for these tests."""

import datetime as dt

import pytest

import eventdesk

pytestmark = pytest.mark.slow


def _coded(text: str) -> list[tuple[str, dt.date]]:
    events = eventdesk.extract(text, published="2024-09-08", doc_id="own-day")
    return sorted((e.sub_event_type, e.event_date) for e in events)


def test_a_deed_told_in_a_participle_with_its_own_day_is_coded_at_that_day():
    """"funerals on Friday for the traders killed by gunmen on Tuesday": the killing is
    Tuesday's incident, not a part of Friday's funerals."""
    text = ("Hundreds of mourners attended funerals in Kano on Friday for the 12 traders "
            "killed by gunmen at the market on Tuesday.")
    assert ("Attack", dt.date(2024, 9, 3)) in _coded(text)


def test_a_participle_repeating_its_clause_day_stays_one_event():
    """"shelled X on Monday with mortars fired from the hills on Monday night": one day,
    one shelling."""
    text = "Troops shelled Kauru on Monday with mortars fired from the hills on Monday night."
    assert _coded(text) == [("Shelling/artillery/missile attack", dt.date(2024, 9, 2))]


def test_a_participle_with_no_day_of_its_own_joins_its_clause():
    """"funerals on Friday for the traders killed by gunmen": no day of the killing's
    own, nothing told apart from the funerals."""
    text = ("Hundreds of mourners attended funerals in Kano on Friday for the 12 traders "
            "killed by gunmen at the market.")
    assert all(date != dt.date(2024, 9, 3) for _, date in _coded(text))
