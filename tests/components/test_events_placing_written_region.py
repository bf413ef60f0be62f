"""A village the index lacks, held by a name the text calls a province ("near X in Y
province"), is the province's (its admin1, no point), not a part of the province's
namesake town at the town's point -- the town may lie 100 km off. Over the tiny hand-made
index (tests/geo/geonames_files.py): it knows the town of Aden, in the Aden region, but
has no row for the region itself (a region it has is read as the region already)."""

import pytest

import eventdesk

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
