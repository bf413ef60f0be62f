"""A first-level region named by a compass word and its kind ("in Northern state", "in
Eastern Province") is a region, though NER often calls the word a people (NORP): a site the
index lacks there is placed in that region, not in the region of another sentence (issue 9).
Over invented places."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.geo import forget_opened
from tests.geo.geonames_files import import_places

pytestmark = pytest.mark.slow

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9400001, "Northern", "", 19.0, 30.5, "A", "ADM1", "SD", "07", 900_000),
    (9400002, "Wadi Kessa", "", 14.5, 25.0, "A", "ADM1", "SD", "02", 2_000_000),
    (9400003, "Tambalo", "", 14.2, 24.7, "P", "PPLA", "SD", "02", 40_000),
    (9400004, "Omdurra", "", 15.6, 32.5, "P", "PPLC", "SD", "03", 3_000_000),
]
ADMIN1 = [("SD.07", "Northern", "Northern", 9400001),
          ("SD.02", "Wadi Kessa", "Wadi Kessa", 9400002)]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("compass_regions"), PLACES, ADMIN1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTDESK_GAZETTEER", str(index))
        yield index
    forget_opened(index)


def test_a_site_in_a_compass_word_state_is_placed_in_that_state(index):
    events = eventdesk.extract(
        "Drones attacked the Kalowa Dam power station in Northern state on Monday, causing a "
        "fire, Sudanese officials said. In Wadi Kessa, warplanes bombed the market in Tambalo "
        "on Sunday, killing 13 people.", published="2025-02-18")
    [dam] = [e for e in events if "Kalowa" in (e.evidence or "")]
    assert (dam.country, dam.admin1) == ("Sudan", "Northern")
