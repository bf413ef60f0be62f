""""Killed three fishermen at Mordiabé", a village the index lacks that NER calls an
organisation (as it calls many rare towns' names): the event's own place, unplaced, not
the town an earlier sentence's deed was at (`NameReader.bare_part`, issue 8). A name of a
body NER calls so ("at UNICEF", "at Sonali Bank") is still no place."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

RETAKEN = "Troops retook the port of Mocimboa da Praia on Sunday, the defence force said. "
REGION = " Cabo Delgado has seen attacks since 2017."


def _fishermen(where):
    events = eventdesk.extract(RETAKEN + "On Thursday, insurgents burned the shops and killed "
                               f"three fishermen {where}, according to an inhabitant." + REGION,
                               published="2021-08-09")
    return next(e for e in events if "fishermen" in (e.evidence or ""))


@pytest.mark.parametrize("name", ["Mordiabé", "Balagtabé"])
def test_a_village_ner_calls_an_organisation_is_the_events_own_place(name):
    event = _fishermen(f"at {name}")
    assert (event.location, event.admin1, event.latitude) == (name, "Cabo Delgado", None)


@pytest.mark.parametrize("where", ["at UNICEF", "at Sonali Bank"])
def test_a_body_ner_calls_an_organisation_is_no_place(where):
    assert _fishermen(where).location == "Mocimboa da Praia"
