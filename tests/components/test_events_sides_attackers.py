"""Strikes a report leaves without an attacker: the foreign state its attack verbs name
(sides/attackers.py), not the country's air defences or a quoted Air Force
(sources.air_force_named_earlier); and civil works struck with no one hurt have no second
side (conditions.struck_civil_works)."""

import pytest

import eventdesk


def _strikes(text, published="2024-08-14"):
    """The placed strikes (a lead with no place is not scored)."""
    return [e for e in eventdesk.extract(text, published=published)
            if e.event_type == "Explosions/Remote violence" and e.location]


@pytest.mark.slow
def test_a_missile_with_no_attacker_is_the_foreign_state_that_launched_the_barrage():
    events = _strikes(
        "Russia launched 60 missiles and 80 drones at Ukraine overnight, the Air Force said. "
        "Ukrainian air defences shot down 50 missiles and 61 drones across the country. "
        "In Uzhhorod, one person was killed when a missile struck a residential building, "
        "the mayor said.")
    assert [e.actor1.startswith("Military Forces of Russia") for e in events] == [True]


@pytest.mark.slow
def test_air_defences_do_not_make_a_drone_their_countrys():
    events = _strikes(
        "Russia launched 80 drones at Ukraine overnight, the Air Force said. Ukrainian air "
        "defences shot down 61 drones across the country. In Cherkasy Oblast, a drone hit a "
        "power plant in the town of Uman, causing a fire. No one was hurt.")
    assert [(e.actor1.startswith("Military Forces of Russia"), e.actor2) for e in events] \
        == [(True, None)]


@pytest.mark.slow
def test_civil_works_damaged_have_no_second_side():
    events = _strikes("Russian drones attacked Kharkiv overnight, damaging an enterprise and a "
                      "warehouse, the governor said.")
    assert [(e.actor1.startswith("Military Forces of Russia"), e.actor2) for e in events] \
        == [(True, None)]
    events = _strikes("Ukrainian drones struck an airfield near Kursk on Tuesday, the Russian "
                      "army said.")
    assert [e.actor2.startswith("Military Forces of Russia") for e in events] == [True]
