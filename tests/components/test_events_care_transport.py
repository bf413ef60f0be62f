"""The wounded carried to a hospital by helicopter are no air strike (subtype/care_transport.py,
rule carried-to-care); a helicopter that struck is, whatever hospital the wounded reached, and
so is any deed done near a hospital ("carried out strikes near a hospital", "took place
outside a clinic", "brought down part of a hospital")."""

import pytest

import eventdesk


def _kinds(text):
    return [e.sub_event_type for e in eventdesk.extract(text, published="2024-08-17")]


@pytest.mark.slow
def test_the_wounded_flown_to_a_hospital_are_no_strike(tiny_index):
    assert _kinds("Gunmen ambushed an army patrol near Homs on Monday, wounding three "
                  "soldiers. The wounded were airlifted by helicopter to a field clinic in "
                  "Aleppo.") == ["Armed clash"]


@pytest.mark.slow
def test_a_helicopter_that_struck_is_a_strike(tiny_index):
    assert "Air/drone strike" in _kinds(
        "A helicopter gunship struck a rebel convoy near Homs on Monday, and the wounded were "
        "taken to a hospital in Aleppo.")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Fighter jets carried out air strikes near a hospital in Homs on Monday.",
    "A bomb blast took place outside a clinic in Homs on Monday.",
    "A drone strike took place near a hospital in Homs on Monday.",
    "An explosion brought down part of a hospital in Homs on Monday.",
])
def test_a_deed_near_a_hospital_is_no_trip_to_care(tiny_index, text):
    assert len(_kinds(text)) == 1


@pytest.mark.slow
def test_a_deed_joined_to_the_trip_to_care_keeps_its_kind(tiny_index):
    # the clause's own verb is the blast; the carrying is joined to it
    assert _kinds("A suicide bomber blew himself up at a mosque in Homs on Monday, and the "
                  "wounded were rushed to hospital.") == ["Suicide bomb"]


def test_one_set_of_carry_verbs_for_care_and_for_destinations():
    """The verbs that carry the hurt to care are those whose destination locates where people
    were taken (place_mentions/destinations.py), plus the verbs of leaving; those that also
    tell people going of themselves ("moved", "flew") carry only in the passive there."""
    from eventdesk.components.events.place_mentions.destinations import CONVEYANCE_VERBS
    from eventdesk.components.events.subtype.care_transport import (
        CARRY_VERBS,
        SELF_MOVING_VERBS,
    )

    assert SELF_MOVING_VERBS < CARRY_VERBS
    assert CARRY_VERBS - SELF_MOVING_VERBS < CONVEYANCE_VERBS
    assert CONVEYANCE_VERBS - CARRY_VERBS == {"withdraw", "retreat", "flee"}
    assert not SELF_MOVING_VERBS & CONVEYANCE_VERBS


@pytest.mark.parametrize(("words", "heads", "deps", "lemmas", "carried"), [
    # "The wounded were sent to the clinic": a carry verb, a place of care after it
    (["The", "wounded", "were", "sent", "to", "the", "clinic"], [1, 3, 3, 3, 3, 6, 4],
     ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
     ["the", "wounded", "be", "send", "to", "the", "clinic"], True),
    # "Troops were sent to the front": no place of care
    (["Troops", "were", "sent", "to", "the", "front"], [2, 2, 2, 2, 5, 3],
     ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj"],
     ["troop", "be", "send", "to", "the", "front"], False),
    # "A clinic was shelled": a place of care, no carry verb
    (["A", "clinic", "was", "shelled"], [1, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT"],
     ["a", "clinic", "be", "shell"], False),
])
def test_carried_to_care_is_a_carry_verb_with_a_place_of_care_after_it(
        parsed, words, heads, deps, lemmas, carried):
    from eventdesk.components.events.subtype.care_transport import carries_to_care

    doc = parsed(words, heads, deps, pos=["VERB" if d == "ROOT" else "NOUN" for d in deps],
                 lemmas=lemmas)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert carries_to_care(root) is carried
