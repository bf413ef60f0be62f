"""The launcher of drones or missiles an interception stopped (sides/launchers.py): the
rebel force the report names, in a war whose other side is not a state; a mine defused
keeps no owner."""

import pytest

import eventdesk


def _interceptions(text):
    return [e for e in eventdesk.extract(text, published="2023-05-15")
            if e.sub_event_type == "Disrupted weapons use"]


@pytest.mark.slow
def test_drones_downed_with_no_launcher_named_are_the_rebels_the_report_names():
    events = _interceptions(
        "Houthi fighters hold the hills around Taiz. Government air defences shot down three "
        "drones over the city on Sunday night, an official said.")
    assert [e.actor2 for e in events] == ["Houthis (Ansar Allah)"]


@pytest.mark.slow
def test_a_mine_defused_keeps_no_owner():
    events = _interceptions(
        "Boko Haram fighters hold the forest east of Bama. Soldiers defused a landmine on the "
        "road near Bama on Sunday.")
    assert [e.actor2 for e in events] in ([], [None])


@pytest.mark.slow
def test_a_cache_of_missiles_seized_keeps_no_owner():
    events = _interceptions(
        "Houthi fighters hold the hills around Taiz. Government forces seized a depot of "
        "anti-tank missiles in the city on Sunday, an official said.")
    assert all(e.actor2 != "Houthis (Ansar Allah)" for e in events)
