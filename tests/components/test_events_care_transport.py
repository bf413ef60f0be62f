"""The wounded carried to a hospital by helicopter are no air strike (subtype/care_transport.py,
rule carried-to-care); a helicopter that struck is, whatever hospital the wounded reached."""

import pytest

import eventdesk


@pytest.mark.slow
def test_the_wounded_flown_to_a_hospital_are_no_strike(tiny_index):
    events = eventdesk.extract(
        "Gunmen ambushed an army patrol near Homs on Monday, wounding three soldiers. The "
        "wounded were flown by helicopter to the military hospital in Aleppo.",
        published="2016-03-30")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.slow
def test_a_helicopter_that_struck_is_a_strike(tiny_index):
    events = eventdesk.extract(
        "A helicopter gunship struck a rebel convoy near Homs on Monday, and the wounded were "
        "taken to a hospital in Aleppo.", published="2016-03-30")
    assert "Air/drone strike" in [e.sub_event_type for e in events]
