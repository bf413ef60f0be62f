"""A name the index lacks, listed beside a town it knows, is an event of its own at that
town's region, its name kept and no point (placing/listed_unknown.py): "shelled the outskirts
of X and the town of Y", "in the villages of Y and X". Not a route's two ends, nor a name
set in a place of its own, nor a name set off by a comma only. Over the tiny hand-made index
(tests/geo/geonames_files.py) with one made-up Syrian town; "Kafr Dalim" is in no index."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny_index(tiny_index_with):
    return tiny_index_with(places=[
        (9100011, "Tell Marzouk", "Tell Marzouk", "", 34.9, 36.5, "P", "PPL", "SY", "11",
         12000)])


def _places(text):
    return sorted((e.location, e.admin1, e.latitude is None, e.geo_precision)
                  for e in eventdesk.extract(text, published="2024-03-12"))


def test_an_unknown_name_listed_beside_a_known_town_is_an_event_at_its_region(tiny_index):
    assert _places("Syrian army artillery shelled the outskirts of Kafr Dalim and the town "
                   "of Tell Marzouk in Syria on Monday, a war monitor said.") == [
        ("Kafr Dalim", "Homs", True, 3), ("Tell Marzouk", "Homs", False, 1)]


def test_a_list_of_villages_gives_each_its_event(tiny_index):
    places = _places("Syrian security forces arrested 11 wanted men in the villages of Tell "
                     "Marzouk and Kafr Dalim on Monday, Syria's state news agency said.")
    assert [p[0] for p in places] == ["Kafr Dalim", "Tell Marzouk"]


def test_a_routes_two_ends_are_one_event(tiny_index):
    places = _places("Gunmen ambushed a bus on the road between Kafr Dalim and Tell Marzouk "
                     "in Syria on Monday, killing four passengers, a war monitor said.")
    assert "Kafr Dalim" not in [p[0] for p in places]


def test_a_name_that_says_where_it_lies_is_not_held_by_the_town(tiny_index):
    places = _places("Syrian jets carried out strikes on the town of Tell Marzouk and on "
                     "Kafr Dalim in the Wadi Nasr valley on Monday, a war monitor said.")
    assert "Kafr Dalim" not in [p[0] for p in places]
