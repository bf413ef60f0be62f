"""Sides: roles from the parse, and the default-actor table's own checks (its rules are
tested from their examples in test_rule_tables.py)."""

import pytest

import eventdesk
from eventdesk.components.events.sides import compile_rules, condition, side_rules, source
from eventdesk.errors import RuleDataError


@pytest.mark.slow
def test_repelling_an_attack_makes_the_attacker_actor1():
    events = eventdesk.extract(
        "Iraqi troops repelled an attack by Islamic State militants on Tal Afar on Monday.",
        published="2021-06-15")
    clash = [e for e in events if e.event_type == "Battles"]
    assert clash and clash[0].actor1 == "Islamic State"
    assert clash[0].actor2.startswith("Military Forces of Iraq")


@pytest.mark.slow
def test_a_shared_subject_acts_in_both_clauses():
    events = eventdesk.extract(
        "Islamic State militants killed 12 villagers and abducted 30 others near Tal Afar "
        "on Monday.", published="2021-06-15")
    assert {e.sub_event_type for e in events} == {"Attack", "Abduction/forced disappearance"}
    assert {e.actor1 for e in events} == {"Islamic State"}


@pytest.mark.parametrize(("entry", "message"), [
    ({"name": "x", "side": "actor3", "take": []}, "side must be"),
    ({"name": "x", "side": "actor1", "types": ["Skirmishes"], "take": []}, "Skirmishes"),
    ({"name": "x", "side": "actor1", "take": ["nobody_at_all"]}, "unknown source"),
    ({"name": "x", "side": "actor1", "if": ["maybe"], "take": []}, "unknown condition"),
])
def test_a_bad_rule_fails_when_loaded(entry, message):
    with pytest.raises(RuleDataError, match=message):
        compile_rules({"rule": [entry]})


def test_every_rule_resolves_its_names():
    rules = side_rules()
    assert all(callable(t) for r in rules for t in r.take)
    assert {"no_armed_agent", "victims_unnamed"} <= set(condition.functions)
    assert {"protesters", "civilians", "non_state_named_most"} <= set(source.functions)


@pytest.mark.slow
def test_an_event_in_hong_kong_takes_china_s_actors_as_acled_does():
    events = eventdesk.extract(
        "Police fired tear gas at protesters in Hong Kong on Monday.", published="2019-07-02")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert (events[0].actor1, events[0].actor2) == ("Protesters (China)",
                                                    "Police Forces of China")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Five Syrian soldiers were killed in a Turkish air strike near Afrin on Monday.",
    "A Turkish air strike killed five Syrian soldiers near Afrin on Monday.",
])
def test_a_foreign_air_force_named_by_demonym_is_that_state_s(text):
    [strike] = [e for e in eventdesk.extract(text, published="2018-02-12")
                if e.sub_event_type == "Air/drone strike"]
    assert strike.actor1.startswith("Military Forces of Turkey")
    assert strike.actor2.startswith("Military Forces of Syria")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the acting side is in the "by" phrase, not among the other victims
    "An officer of the Revolutionary Guards was killed by an Israeli drone strike near "
    "Quneitra on Monday, together with two fighters of Hezbollah.",
    # two sides named as objects: the victims are not also the attackers
    "At least 20 regime soldiers were killed during clashes with fighters of the Free "
    "Syrian Army near Idlib on Friday.",
    # the vehicle and the soldiers are one side; the unnamed bomber is the other
    "A roadside bomb destroyed a military truck near Kandahar, killing three soldiers.",
    # unidentified gunmen named once, as the target: not two unidentified groups
    "Three suspected militants were killed when a missile hit their hideout near Miranshah "
    "on Tuesday.",
    "Gunmen were killed in clashes near Maiduguri on Monday.",
])
def test_no_actor_on_both_sides(text):
    from eventdesk.records import event_problems

    events = eventdesk.extract(text, published="2018-02-12")
    assert events
    for event in events:
        assert event.actor1 != event.actor2
        assert event_problems(event, text) == []
