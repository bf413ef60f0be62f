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
