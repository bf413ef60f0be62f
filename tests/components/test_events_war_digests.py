"""How war digests are written: a governor's or a general staff's round-up of a day, item by
item, with its day's tallies. Invented sentences and places."""

import pytest

import eventdesk
from tests.components.merging_tellings import coded


@pytest.mark.slow
def test_a_death_joined_to_damage_after_a_strike_is_that_strikes_toll():
    """"dropped a bomb on the town; a man was killed and two houses were destroyed": the
    damaged houses are the passive subject, no doer; the killing and the damage are the
    strike's (one event, its dead counted), not an attack of their own."""
    report = ("Jets dropped a bomb on the town of Saraqib on Monday; a 60-year-old man was "
              "killed and two houses were destroyed, the civil defence said.")
    assert [s for s, _, _ in coded(report, "2021-06-15")] == ["Air/drone strike"]
    report = ("Jets dropped a bomb on the town of Saraqib on Monday; gunmen killed a "
              "60-year-old man and looted two houses.")
    assert len(coded(report, "2021-06-15")) == 2


@pytest.mark.slow
def test_the_weapon_an_attack_was_done_with_types_it_over_a_fire_it_set():
    """"attacked the capital with drones overnight, killing a woman and setting blocks
    ablaze": the drones are how the attack was done (an air strike), not a mob setting
    fires; a generic verb with no weapon after "with" is unchanged."""
    report = ("The rebels attacked Kirkuk with drones overnight on Monday, killing a woman and "
              "setting two apartment blocks ablaze.")
    assert [s for s, _, _ in coded(report, "2021-06-15")] == ["Air/drone strike"]


@pytest.mark.slow
def test_a_source_after_a_semicolon_vouches_for_the_unsourced_item_before_it():
    """"Jets hit X with a guided bomb; two people were injured, the governor reported": the
    governor's post tells the whole item; a part with a source of its own keeps it."""
    events = eventdesk.extract(
        "Jets hit the village of Saraqib with a guided bomb on Monday; two people were "
        "injured and a school was damaged, the governor reported.",
        published="2021-06-15", doc_id="digest")
    assert [e.claimed_by for e in events] == ["the governor"]
    events = eventdesk.extract(
        "Police said gunmen killed a trader in Saraqib on Monday; jets hit Ariha on Tuesday, "
        "the governor reported.", published="2021-06-15", doc_id="digest")
    assert sorted(e.claimed_by for e in events) == ["Police", "the governor"]
