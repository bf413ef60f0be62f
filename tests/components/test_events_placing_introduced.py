"""A place a sentence of its own presents, then the next sentence's "there" or "the town"
(dev16: wires and situation reports tell a place, then its event)."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


def _places(text, published):
    return [(e.location, e.admin1, e.geo_precision)
            for e in eventdesk.extract(text, published=published)]


def test_there_is_the_town_the_sentence_before_presents():
    places = _places(
        "YANGON, May 17 - Junta troops entered the town of Falam in Chin State on Sunday after "
        "resistance fighters withdrew. Tedim, a hill town in northern Chin State, lies about "
        "100 km to the north. On Friday, soldiers there arrested ten young men accused of "
        "supporting the resistance.", "2021-05-17")
    assert places[-1] == ("Tedim", "Chin", 1)  # not Falam, the town of the event before


def test_a_presented_village_the_index_lacks_is_by_the_town_it_is_measured_from():
    places = _places(
        "TAMALE, Ghana, Nov 20 - Security forces in Yendi extended a curfew on Monday. "
        "Kpabia is a farming community about 6 km south of Yendi on the road to Tamale. On "
        "Thursday, soldiers on patrol came under fire there and returned fire, killing two of "
        "the assailants.", "2023-11-20")
    assert places[-1] == ("Yendi - Kpabia", "Northern", 2)  # not Tamale, nor a region


def test_a_sentence_that_tells_no_place_presents_nothing():
    # "there" after a sentence about people, not a place: the town the report named last
    places = _places(
        "Gunmen attacked a police post in Yendi on Monday. The officers at the post are new "
        "recruits. On Tuesday, soldiers there arrested ten men.", "2023-11-20")
    assert places[-1][0] == "Yendi"


def test_a_presented_village_the_index_lacks_is_held_by_the_one_region_it_is_said_to_be_in():
    places = _places(
        "COTONOU, Feb 10 - Benin's army has stepped up patrols in the north. Koukoundi, a "
        "border village in Alibori department, had been quiet "
        "since June. On Sunday, gunmen attacked the police post there before dawn, killing "
        "one officer.", "2022-02-10")
    assert places[-1] == ("Koukoundi", "Alibori", 3)  # no point: the region's, and no town
