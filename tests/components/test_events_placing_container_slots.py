"""A town the text puts a place in ("X near Y", "X, in the cercle of Y") is a town whatever
the lemma list makes of its name (issue 9): the place the index lacks is held there, never
read at a namesake abroad.

Made-up places: Kettles, a town whose name is an English word; Varnoc and Tamparo, towns
abroad whose alternate name is Zorvi (the unknown village's name).
"""

import pytest

import eventdesk
from eventdesk.geo import forget_opened
from tests.geo.geonames_files import import_places

pytestmark = pytest.mark.slow

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9700001, "Kettles", "", 14.2, -3.1, "P", "PPL", "ML", "04", 21_000),
    (9700002, "Varnoc", "Zorvi", 50.7, 7.1, "P", "PPL", "DE", "07", 330_000),
    (9700003, "Tamparo", "Zorvi", -4.5, 120.3, "P", "PPL", "ID", "41", 150_000),
]
ADMIN1 = [("ML.04", "Mopti", "Mopti", 9700100), ("DE.07", "North Rhine-Westphalia",
                                                 "North Rhine-Westphalia", 9700101),
          ("ID.41", "South Sulawesi", "South Sulawesi", 9700102)]


@pytest.fixture
def tiny_index(tmp_path, monkeypatch):
    index = import_places(tmp_path / "slots", PLACES, ADMIN1)
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    yield index
    forget_opened(index)


def test_a_town_named_as_the_places_container_holds_it(tiny_index):
    [event] = eventdesk.extract("Gunmen shot dead six traders on Monday at the weekly market "
                                "of Zorvi, near Kettles.", published="2024-01-12")
    assert (event.country, event.admin1, event.geo_precision) == ("Mali", "Mopti", 2)
    assert event.location.startswith("Kettles")


def test_a_district_named_after_a_town_holds_the_place_in_its_region(tiny_index):
    # "in the cercle of Kettles": the village lies somewhere in the district, not at the
    # seat town's point (place_names/district_named.py): its name, the region, no point
    [event] = eventdesk.extract("Gunmen shot dead six traders on Monday at the weekly market "
                                "of Zorvi, in the cercle of Kettles.", published="2024-01-12")
    assert (event.country, event.admin1, event.geo_precision) == ("Mali", "Mopti", 3)
    assert event.location == "Zorvi" and event.latitude is None


def test_the_english_word_alone_is_no_town(tiny_index):
    [event] = eventdesk.extract("Gunmen shot dead six traders on Monday near the Kettles "
                                "of the old mill.", published="2024-01-12")
    assert event.country is None
