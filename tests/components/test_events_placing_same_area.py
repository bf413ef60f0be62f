""""In the same district", "in the same area": a deed whose clause names no place the index
knows is at the region (or the very place) of the deed told before it
(placing/same_area.py). Over the tiny hand-made index (tests/geo/geonames_files.py): Talal is
a village of Homs province; Qarqoor is in no index."""

import pytest
import spacy

import eventdesk
from eventdesk.components.events.placing.same_area import _same_noun

pytestmark = pytest.mark.slow

FIRST = "Gunmen killed five villagers in Talal on Sunday, police said. "


def _second(text):
    events = eventdesk.extract(FIRST + text, published="2016-03-15")
    [event] = [e for e in events if str(e.event_date) == "2016-03-14"]
    return event


def test_an_unknown_village_in_the_same_district_is_in_its_region(tiny_index):
    event = _second("On Monday, troops clashed with gunmen at Qarqoor in the same district, "
                    "killing two, the army said.")
    assert (event.location, event.admin1, event.latitude) == ("Qarqoor", "Homs", None)
    assert event.geo_precision == 3


def test_an_operation_in_the_same_area_is_at_the_place_before(tiny_index):
    event = _second("On Monday, the army said troops had killed six gunmen in an operation "
                    "in the same area.")
    assert (event.admin1, event.latitude) == ("Homs", 35.1)


@pytest.mark.parametrize("where, admin1", [("in the same district", "Aleppo"), ("", None)])
def test_without_the_same_area_an_unknown_village_stays_unplaced(tiny_index, where, admin1):
    # towns of two provinces: no one region of the report holds the village
    [event] = [e for e in eventdesk.extract(
        "Gunmen killed five villagers in Talal on Sunday, police said. Later that day, "
        "shells hit Aleppo, killing three. On Monday, troops clashed with gunmen at Qarqoor "
        f"{where}, killing two, the army said.", published="2016-03-15")
        if str(e.event_date) == "2016-03-14"]
    assert (event.admin1, event.latitude) == (admin1, None)


@pytest.mark.parametrize("text, kind", [
    ("at Yankara in the same local government area", "unit"),
    ("at Barkaram, in the same sub-prefecture", "unit"),
    ("during an operation in the same area", "near"),
    ("the same gunmen attacked Yankara", None),
    ("at Yankara in the district", None),
])
def test_same_noun(text, kind):
    assert _same_noun(spacy.blank("en")(text)[:]) == kind
