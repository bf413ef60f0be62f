"""A live ticker's entries ("14:05 EAT - …") and a digest's labelled lines ("UPDATE: …")
each tell a scene of their own: two tellings in two lines are two events unless the later
refers back to the earlier."""

import pytest
import spacy

import eventdesk
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.scenes import lines_apart
from eventdesk.components.events.preamble import digest_line
from tests.components.merging_tellings import draft

PROTEST = ("Protest with intervention", "Protests")


def test_tellings_in_two_lines_stay_apart_unless_the_later_refers_back():
    first = draft(*PROTEST, start=0, line=0)
    second = draft(*PROTEST, start=40, line=40)
    assert lines_apart(first, second)
    assert len(merge([first, second])) == 2
    # "the same crowd", "the town": the later entry tells the earlier's scene again
    again = draft(*PROTEST, start=40, line=40, crowd_again=True)
    assert len(merge([draft(*PROTEST, start=0, line=0), again])) == 1
    town = draft(*PROTEST, start=40, line=40, place_by_anaphor=True)
    assert len(merge([draft(*PROTEST, start=0, line=0), town])) == 1
    # one line, or a report of no lines: merged as before
    assert len(merge([draft(*PROTEST, start=0, line=0), draft(*PROTEST, start=9, line=0)])) == 1
    assert len(merge([draft(*PROTEST, start=0), draft(*PROTEST, start=40)])) == 1


def test_clock_times_with_a_time_zone_open_the_lines_of_a_ticker():
    text = ("Marches across the country\n"
            "09:40 WAT - Riot police fired tear gas at traders in Ondo.\n"
            "11:15 WAT - Students blocked a road outside the campus.")
    doc = spacy.blank("en")(text)
    second = text.index("11:15")
    assert digest_line(doc, text.index("Riot")) == (text.index("09:40"), text.index("Riot"))
    assert digest_line(doc, text.index("Students")) == (second, text.index("Students"))
    assert digest_line(doc, 3) is None   # the heading is no entry
    # one clock time opens no ticker
    lone = spacy.blank("en")("09:40 WAT - Riot police fired tear gas at traders in Ondo.")
    assert digest_line(lone, 20) is None


@pytest.mark.slow
def test_a_ticker_entry_with_no_place_of_its_own_is_not_the_entry_before_it():
    text = ("Kenya protests live\n"
            "10:05 EAT - Riot police fired tear gas at hawkers in Kitale.\n"
            "12:40 EAT - Protesters blocked the main highway, witnesses said.")
    events = eventdesk.extract(text, published="2025-07-08")
    assert len(events) == 2
    assert [e.location for e in events][0] == "Kitale"
    assert events[1].location != "Kitale"
    # the same lines with no clock times: one running story, as before
    plain = eventdesk.extract(text.replace("10:05 EAT - ", "").replace("12:40 EAT - ", ""),
                              published="2025-07-08")
    assert len(plain) == 1


@pytest.mark.slow
def test_the_day_one_entry_tells_is_its_own_the_day_above_the_entries_holds():
    text = ("Live updates\n"
            "10:05 EAT - Gunmen killed two traders in Kitale on Monday.\n"
            "12:40 EAT - Gunmen killed a farmer in Eldoret.")
    days = {e.location: str(e.event_date)
            for e in eventdesk.extract(text, published="2025-06-25")}
    assert days == {"Kitale": "2025-06-23", "Eldoret": "2025-06-25"}
    # a day told by a deed above the entries stays in force for every entry
    lead = ("Gunmen attacked villages near Bungoma on Monday.\n"
            "10:05 EAT - Gunmen killed two traders in Kitale.\n"
            "12:40 EAT - Gunmen killed a farmer in Eldoret.")
    days = {e.location: str(e.event_date)
            for e in eventdesk.extract(lead, published="2025-06-25")}
    assert days["Kitale"] == days["Eldoret"] == days["Bungoma"]
