"""Where an event is when its own sentence names no place (issue 9): a later sentence that
names the deed again says where it was (`placing.told_later`); an area's home is not a
town the report names only after it (`FocusFinder.main_city_before`)."""

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.placing.told_later import RETOLD_PLACE_REASONS
from eventdesk.records import Document

EARLIER = "Troops killed five insurgents in Gwoza on Saturday, the army said. "
DEED = "On Sunday, Boko Haram fighters killed 12 farmers, a militia leader said. "


def _placed(text):
    doc = eventdesk.load().parse(Document(doc_id="t", text=text, published="2023-05-15"))
    return [why for _, _, outcome, why in doc.user_data[DECISIONS_KEY] if outcome == "placed"]


def _farmers(text):
    events = eventdesk.extract(text, published="2023-05-15")
    return next(e for e in events if "farmers" in (e.evidence or ""))


def test_every_reason_is_named_and_told():
    assert len({r.name for r in RETOLD_PLACE_REASONS}) == len(RETOLD_PLACE_REASONS)
    assert all(r.about and r.name.startswith("told-later-") for r in RETOLD_PLACE_REASONS)


@pytest.mark.slow
def test_a_deed_placed_nowhere_takes_the_place_its_retelling_names():
    text = DEED + "The attack took place near Bama, about 60 km from the state capital."
    assert _farmers(text).location == "Bama"
    assert _placed(text) == ["told-later-unplaced"]


@pytest.mark.slow
@pytest.mark.parametrize("retold", ["The attack happened in Dikwa, residents said.",
                                    "The massacre occurred near Dikwa."])
def test_a_carried_place_gives_way_to_the_one_the_retelling_names(retold):
    text = EARLIER + DEED + retold
    assert _farmers(text).location == "Dikwa"
    assert _placed(text) == ["told-later-carried"]


@pytest.mark.slow
def test_a_region_that_holds_the_carried_town_says_nothing_new():
    text = EARLIER + DEED + "The attack was the deadliest in Borno state this month."
    assert _farmers(text).location == "Gwoza"
    assert _placed(text) == []


@pytest.mark.slow
def test_a_place_the_deeds_own_sentence_names_is_kept():
    text = EARLIER + ("On Sunday, Boko Haram fighters killed 12 farmers in Gwoza. "
                      "The attack happened near Dikwa, residents said.")
    assert _farmers(text).location == "Gwoza"


@pytest.mark.slow
def test_a_region_gives_way_to_its_town_named_in_the_retelling():
    text = ("Three police officers were killed when their vehicle struck a bomb in Mandera "
            "county on Monday. The officers were on patrol between Elwak and Kotulo when the "
            "blast occurred.")
    events = eventdesk.extract(text, published="2023-05-15")
    assert [e.location for e in events] == ["El Wak"]
    assert _placed(text) == ["told-later-town-of-the-region"]


@pytest.mark.slow
def test_an_area_is_no_part_of_a_town_named_once_after_it():
    text = ("Gunmen attacked an army post in the Kilwandi area on Monday, killing 20 soldiers, "
            "the army said. Separately, a military truck hit a landmine on Tuesday near Bol, "
            "wounding three soldiers.")
    events = eventdesk.extract(text, published="2020-03-25")
    post = next(e for e in events if "army post" in (e.evidence or ""))
    assert post.latitude is None and "Bol" not in (post.location or "")


@pytest.mark.slow
def test_an_area_is_part_of_the_town_named_before_it():
    text = ("Troops clashed with militants near Bol on Sunday. On Monday, gunmen attacked an "
            "army post in the Kilwandi area, killing 20 soldiers, the army said.")
    events = eventdesk.extract(text, published="2020-03-25")
    post = next(e for e in events if "army post" in (e.evidence or ""))
    assert post.location == "Bol - Kilwandi"


@pytest.mark.slow
def test_a_place_another_clause_of_the_retelling_names_is_not_the_deeds():
    text = ("Militia fighters agreed on Wednesday to lay down their arms under a ceasefire, "
            "officials said. The officials said the agreement, which took effect at noon, "
            "provides for the disarmament of the fighters, and that talks would be held in the "
            "city of Bunia on Thursday.")
    assert _placed(text) == []
    assert all(e.location != "Bunia" for e in eventdesk.extract(text, published="2023-09-20"))


@pytest.mark.slow
def test_an_area_the_clause_calls_the_capitals_is_the_main_citys_named_after_it():
    text = ("A man was beaten to death by a mob in the capital's Kilwandi area early on "
            "Tuesday on suspicion of theft, police said. He was taken to a hospital in Dhaka, "
            "where he died.")
    events = eventdesk.extract(text, published="2023-09-20")
    assert [e.location for e in events] == ["Dhaka - Kilwandi"]
