"""A toll update's lead and the incident retold with its day (events/retold_day.py)."""

import datetime as dt

import pytest

import eventdesk

LEAD = ("The death toll from the coordinated attacks on communities in the Homs district of "
        "Homs Governorate has risen to 40, officials said on Tuesday.")


@pytest.mark.slow
def test_an_aggregate_retelling_gives_the_toll_leads_incident_its_day(tiny_index):
    """The lead has no day of its own (a present perfect, told on Tuesday); the next
    sentence, many villages at once and no event of its own, tells the incident's day."""
    report = LEAD + (" Gunmen attacked more than 20 villages in the area on Sunday night, "
                     "shooting residents in their homes.")
    events = eventdesk.extract(report, published="2021-06-15", doc_id="retold-day")
    assert [(e.sub_event_type, e.event_date, e.time_precision, e.fatalities)
            for e in events] == [("Attack", dt.date(2021, 6, 13), 1, 40)]


@pytest.mark.slow
def test_a_toll_lead_with_no_retelling_keeps_the_publication_week(tiny_index):
    events = eventdesk.extract(LEAD, published="2021-06-15", doc_id="toll-lead")
    assert [(e.event_date, e.time_precision) for e in events] == [(dt.date(2021, 6, 15), 2)]


@pytest.mark.slow
def test_an_aggregate_told_of_another_place_gives_no_day(tiny_index):
    """The villages attacked are another place's: no retelling of the lead's incident."""
    report = LEAD + (" Gunmen attacked more than 20 villages near Aleppo on Sunday night, "
                     "shooting residents in their homes.")
    events = eventdesk.extract(report, published="2021-06-15", doc_id="other-place")
    homs = [e for e in events if e.location == "Homs"]
    assert [(e.event_date, e.time_precision) for e in homs] == [(dt.date(2021, 6, 15), 2)]
