"""A place named on the edge of a town ("X area on the edge of Y city", "X on the outskirts
of Y") is Y's, never a namesake of X elsewhere in the country. Over a tiny hand-made
index."""

import pytest

import eventdesk
from eventdesk.geo import forget_opened
from tests.geo.geonames_files import import_places

pytestmark = pytest.mark.slow

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9300001, "Dhamar", "", 14.54, 44.40, "P", "PPLA", "YE", "11", 160_000),
    # a hamlet of the same name as the camp's area, 150 km away in another governorate
    (9300002, "Bayt Zaid", "", 15.35, 44.20, "P", "PPL", "YE", "26", 0),
    (9300003, "Sanaa", "", 15.35, 44.21, "P", "PPLC", "YE", "26", 1_900_000),
]
ADMIN1 = [("YE.11", "Dhamar", "Dhamar", 9300010),
          ("YE.26", "Amanat al Asimah", "Amanat al Asimah", 9300011)]


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("edges"), PLACES, ADMIN1)
    yield index
    forget_opened(index)


def _places(index, monkeypatch, text):
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    return [(e.location, e.admin1, e.geo_precision)
            for e in eventdesk.extract(text, published="2021-02-10")]


@pytest.mark.parametrize("edge", ["area on the edge of", "on the outskirts of",
                                  "area, on the edge of"])
def test_a_place_on_the_edge_of_a_town_is_that_towns_part(tiny_index, monkeypatch, edge):
    assert _places(tiny_index, monkeypatch,
                   f"A missile struck a camp in Bayt Zaid {edge} Dhamar city on Tuesday, "
                   "wounding seven people.") == [("Dhamar - Bayt Zaid", "Dhamar", 2)]


def test_a_place_named_with_no_town_keeps_its_own_reading(tiny_index, monkeypatch):
    # control: nothing says which town holds it
    [(location, admin1, _)] = _places(tiny_index, monkeypatch,
                                      "A missile struck a camp in Bayt Zaid on Tuesday, "
                                      "wounding seven people.")
    assert (location, admin1) == ("Bayt Zaid", "Amanat al Asimah")
