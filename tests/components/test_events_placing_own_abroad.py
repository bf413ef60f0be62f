"""A clause that puts its deed at a name the index reads only as a far namesake ("near
Quiterajo", read as a town in Indonesia) names a town the index lacks: the event is
there, in the report's region with no point, never at the town an earlier sentence's deed
was at (`FocusFinder.own_name_abroad`, issue 9)."""

import pytest

import eventdesk

RETAKEN = "Troops retook the port of Mocimboa da Praia on Sunday, the defence force said. "
REGION = " Cabo Delgado has seen attacks since 2017."


def _fishermen(text):
    events = eventdesk.extract(text, published="2021-08-09")
    return next(e for e in events if "fishermen" in (e.evidence or ""))


@pytest.mark.slow
@pytest.mark.parametrize("where", ["at Quiterajo", "near Quiterajo"])
def test_a_town_the_index_reads_only_abroad_is_not_the_last_events_place(where):
    fishermen = _fishermen(RETAKEN + f"On Thursday, insurgents killed three fishermen {where}, "
                           "residents said." + REGION)
    assert fishermen.latitude is None
    assert (fishermen.location, fishermen.admin1) == ("Quiterajo", "Cabo Delgado")


@pytest.mark.slow
def test_a_town_the_index_knows_in_the_country_is_kept():
    fishermen = _fishermen(RETAKEN + "On Thursday, insurgents killed three fishermen near "
                           "Macomia, residents said." + REGION)
    assert fishermen.location == "Macomia"


@pytest.mark.slow
def test_a_town_read_only_loosely_abroad_that_ner_calls_a_group_is_still_a_town():
    # NER calls "Dioferabé" an organisation; the index reads it only by a loose spelling of
    # a town in Ivory Coast: a town it lacks, not the port an earlier sentence retook
    fishermen = _fishermen(RETAKEN + "On Thursday, insurgents burned the shops and killed "
                           "three fishermen at Dioferabé, according to an inhabitant." + REGION)
    assert (fishermen.location, fishermen.admin1, fishermen.latitude) == (
        "Dioferabé", "Cabo Delgado", None)
