"""A village the index lacks, held by a name the text calls a province ("near X in Y
province"), is the province's (its admin1, no point), not a part of the province's
namesake town at the town's point -- the town may lie 100 km off. Over the tiny hand-made
index (tests/geo/geonames_files.py): it knows the town of Aden, in the Aden region, but
has no row for the region itself (a region it has is read as the region already); and
over a town the index gives no region at all."""

import pytest

import eventdesk
from eventdesk.geo import forget_opened
from tests.geo.geonames_files import import_places

pytestmark = pytest.mark.slow


def _only(text):
    [event] = eventdesk.extract(text, published="2016-03-15")
    return event


def test_a_province_the_index_lacks_gives_its_namesake_towns_admin1(tiny_index):
    event = _only("On Monday, gunmen killed three soldiers near Burvat in Aden province.")
    assert (event.location, event.admin1, event.geo_precision) == ("Burvat", "Aden", 3)
    assert event.latitude is None


def test_a_village_near_the_town_itself_stays_its_part(tiny_index):
    event = _only("On Monday, government jets bombed a rebel convoy near Qarvazan in Homs, "
                  "killing five fighters.")
    assert event.location == "Homs - Qarvazan" and event.latitude is not None


@pytest.fixture
def regionless_index(tmp_path, monkeypatch):
    """A one-town index whose town has no first-level region the index names."""
    index = import_places(tmp_path, [(9300001, "Varnak", "", 36.2, 44.0, "P", "PPLA", "IQ",
                                      "11", 900_000)], [])
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    yield index
    forget_opened(index)


def test_a_province_the_index_knows_nothing_of_is_named_as_the_report_names_it(
        regionless_index):
    event = _only("On Monday, a drone struck a vehicle near Tesmil in Varnak province, "
                  "killing two fighters.")
    assert (event.location, event.admin1, event.country) == ("Tesmil", "Varnak", "Iraq")
    assert event.latitude is None
