"""One telling, several events: a list of days, a killing told beside an abduction
(GUIDELINES "What is an event": one type of interaction, at one place, on one day)."""

import datetime as dt

import pytest

import eventdesk


def _events(text):
    return eventdesk.extract(text, published="2024-03-20")


@pytest.mark.slow
@pytest.mark.parametrize("text, days", [
    ("Airstrikes hit Idlib city on Monday and again on Wednesday.",
     {dt.date(2024, 3, 18), dt.date(2024, 3, 20)}),
    ("Hundreds of demonstrators protested in Sofia on Thursday and Friday.",
     {dt.date(2024, 3, 14), dt.date(2024, 3, 15)}),
])
def test_one_event_per_listed_day(text, days):
    events = _events(text)
    assert {e.event_date for e in events} == days
    assert len(events) == len(days)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Fighting raged between Monday and Wednesday in Kidal.",   # a span: its middle day
    "Fighting raged in Kidal on Monday, the army said on Wednesday.",   # a saying's day
])
def test_days_that_are_no_list_make_one_event(text):
    assert len(_events(text)) == 1


@pytest.mark.slow
@pytest.mark.parametrize("text, kinds", [
    ("Gunmen abducted 20 students in Kaduna and killed a teacher in Zamfara on Friday.",
     {("Abduction/forced disappearance", "Kaduna"), ("Attack", "Zamfara")}),
    ("Bandits kidnapped 15 passengers and killed the driver near Kaduna on Sunday.",
     {("Abduction/forced disappearance", "Kaduna"), ("Attack", "Kaduna")}),
])
def test_a_killing_beside_an_abduction_is_an_attack(text, kinds):
    events = _events(text)
    assert {(e.sub_event_type, e.location) for e in events} == kinds


@pytest.mark.slow
def test_killings_in_an_attack_stay_its_toll():
    events = _events("Gunmen stormed the village of Kajuru and killed ten people on Sunday.")
    assert [e.sub_event_type for e in events] == ["Attack"]
