"""Names listed with a plural place word after them (issue 8): "struck Rawa and Haditha
districts" names two districts, one event each (GUIDELINES: each distinct place); the parse
joins "districts" to the first name and hangs the second on it as a modifier, which hid the
list (only the first was coded)."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Coalition jets struck Rawa and Haditha districts of Anbar province on Monday, killing "
    "four militants.",
    "Coalition jets struck Haditha and Rawa districts of Anbar province on Monday, killing "
    "four militants.",
])
def test_each_name_listed_before_a_plural_place_word_is_an_event(text):
    events = eventdesk.extract(text, published="2016-03-15")
    assert sorted(e.location for e in events) == ["Hadithah", "Rawah"], events


def test_a_road_between_two_towns_is_still_one_event():
    events = eventdesk.extract("A landmine exploded on the road between Haditha and Rawa on "
                               "Monday, killing two soldiers.", published="2016-03-15")
    assert [e.location for e in events] == ["Hadithah"], events


@pytest.mark.parametrize(("text", "places"), [
    ("Militants fired mortar shells on the Karrada district in Baghdad and the town of Baqubah "
     "on Monday, wounding six people.", ["Baghdad - Karrada", "Baqubah"]),
    # control: an unnamed place joined to the quarter is no town of its own
    ("Militants fired mortar shells on the Karrada district and the old market in Baghdad on "
     "Monday, wounding six people.", ["Baghdad - Karrada"]),
])
def test_a_town_joined_to_a_named_quarter_is_an_event_of_its_own(text, places):
    """"on the Karrada district in Baghdad and the town of Baqubah": the town is joined by
    "and" to the quarter's word, not to a name; it is a place of the list all the same."""
    events = eventdesk.extract(text, published="2016-03-15")
    assert sorted(e.location for e in events) == places, events


def test_the_ends_of_a_road_cut_off_are_no_places_of_their_own():
    """"retook Baiji and cut off the road linking Tikrit and Samarra": the towns only name
    the road's ends, as "between X and Y" does; the deed is Baiji's alone."""
    events = eventdesk.extract("Army units retook the town of Baiji on Monday and have cut off "
                               "the road linking Tikrit and Samarra.", published="2016-03-15")
    assert [e.location for e in events] == ["Bayji"], events


@pytest.mark.parametrize("text", [
    "Army units on Monday retook the town of Baqubah and the village of Qaryat Umm Zalfa in "
    "the northern countryside of Diyala after heavy clashes with the militants.",
    "Army jets on Monday struck militant hideouts in the towns of Qaryat Umm Zalfa and Baqubah, "
    "the ministry said.",
])
def test_an_unknown_village_listed_beside_a_town_is_no_part_of_it(text):
    """"the town of X and the village of Y", "the towns of Y and X", Y not in the index: Y
    was coded as "X - Y", a part of X, and X's own event folded into it; a place listed
    beside a town is a place of its own, held only by the town's region."""
    events = eventdesk.extract(text, published="2016-03-15")
    assert sorted((e.location, e.geo_precision) for e in events) == [
        ("Baqubah", 1), ("Qaryat Umm Zalfa", 3)], events
    assert {e.admin1 for e in events} == {"Diyala"}, events
