"""The conditions of the default-actor rules (sides/conditions.py): a strike told in a
relative clause on the deed's noun hit the place that clause names."""

import pytest

import eventdesk


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Rebels hold the hills east of Bentiu. The toll of the air strike that hit the cattle "
    "market in Bentiu on Friday has risen to nine, a doctor said.",
    "Rebels hold the hills east of Bentiu. The toll of the air strike that fell on a school "
    "in Bentiu on Friday has risen to nine, a doctor said.",
])
def test_a_strike_told_in_a_relative_clause_hit_where_people_live(text):
    strikes = [e for e in eventdesk.extract(text, published="2024-06-10")
               if e.sub_event_type == "Air/drone strike"]
    assert [e.actor2 for e in strikes] == ["Civilians (South Sudan)"]


@pytest.mark.slow
def test_a_strike_told_in_a_relative_clause_on_a_camp_of_fighters_keeps_its_target():
    strikes = [e for e in eventdesk.extract(
        "Rebels hold the hills east of Bentiu. The toll of the air strike that hit a rebel "
        "camp near Bentiu on Friday has risen to nine, a doctor said.", published="2024-06-10")
        if e.sub_event_type == "Air/drone strike"]
    assert all(e.actor2 != "Civilians (South Sudan)" for e in strikes)
