"""How news says which region or town holds a place (issue 9): "struck Maksymivske in
Kharkiv Oblast" names a town of that region, though NER calls it a person; "in Pekalongsari,
Central Sendara", a quarter the index lacks, read by another spelling as a namesake
(Palongsari) in another province the report names, is the town named after it. Over invented
places."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.geo import forget_opened
from eventdesk.geo.candidates import Candidate, followed_by_its_region
from tests.geo.geonames_files import import_places

pytestmark = pytest.mark.slow

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9300001, "Kharkiv Oblast", "", 49.5, 36.5, "A", "ADM1", "UA", "07", 2_600_000),
    (9300002, "Maksymivske", "", 49.6, 37.2, "P", "PPL", "UA", "07", 3_000),
    (9300003, "Kyiv", "", 50.45, 30.52, "P", "PPLC", "UA", "12", 2_900_000),
    (9300004, "Kyiv City", "", 50.45, 30.52, "A", "ADM1", "UA", "12", 2_900_000),
    # invented: a city, and a village of another province spelt like a quarter of it
    (9300011, "Sendara", "", -6.2, 106.8, "P", "PPLC", "ID", "34", 8_000_000),
    (9300012, "Sendara Raya", "", -6.2, 106.8, "A", "ADM1", "ID", "34", 10_000_000),
    (9300013, "Palongsari", "", -7.1, 112.5, "P", "PPL", "ID", "08", 2_000),
    (9300014, "Jawa Kidul", "", -7.5, 112.5, "A", "ADM1", "ID", "08", 30_000_000),
    (9300015, "Kertajaya", "", -7.25, 112.75, "P", "PPLA", "ID", "08", 2_800_000),
]
ADMIN1 = [("UA.07", "Kharkiv", "Kharkiv", 9300001), ("UA.12", "Kyiv City", "Kyiv City", 9300004),
          ("ID.34", "Sendara Raya", "Sendara Raya", 9300012),
          ("ID.08", "Jawa Kidul", "Jawa Kidul", 9300014)]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("named_with_region"), PLACES, ADMIN1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTDESK_GAZETTEER", str(index))
        yield index
    forget_opened(index)


def _town(admin1: str, match: str = "exact") -> Candidate:
    return Candidate(geonameid=1, name="Maksymivske", country_code="UA", country="Ukraine",
                     admin1=admin1, admin2=None, feature_class="P", feature_code="PPL",
                     population=3000, latitude=49.6, longitude=37.2, match=match)


@pytest.mark.parametrize("after, read", [
    ("in Kharkiv Oblast with a drone", True),
    (", Kharkiv region", True),
    ("in the Kharkiv region", True),
    ("in Kyiv on Monday", False),  # another region than the town's
    ("and Kharkiv Oblast", False),  # not said to hold it
])
def test_a_name_followed_by_the_region_holding_its_reading(after, read):
    words = ["struck", "Maksymivske", *after.replace(",", " ,").split()]
    assert followed_by_its_region(words, 2, [_town("Kharkiv")]) is read


def test_a_loose_reading_is_no_evidence_of_its_region():
    words = ["struck", "Maksymivske", "in", "Kharkiv", "Oblast"]
    assert not followed_by_its_region(words, 2, [_town("Kharkiv", "normalised")])


def test_a_town_ner_calls_a_person_is_placed_when_its_region_follows(index):
    [event] = eventdesk.extract(
        "Russian forces struck Maksymivske in Kharkiv Oblast with a drone overnight, "
        "killing one man.", published="2025-06-02")
    assert (event.location, event.admin1, event.latitude) == ("Maksymivske", "Kharkiv", 49.6)


def test_a_loose_reading_in_another_province_than_the_next_town_is_that_towns_quarter(index):
    events = eventdesk.extract(
        "Protests spread across Indonesia on Friday. A delivery driver was killed when a police "
        "armoured vehicle drove into a crowd of protesters in Pekalongsari, Central Sendara, on "
        "Thursday night, police said. In Kertajaya, demonstrators burned tyres.",
        published="2025-08-30")
    [event] = [e for e in events if "crowd" in (e.evidence or "")]
    assert (event.location, event.admin1, event.latitude, event.geo_precision) == (
        "Sendara - Pekalongsari", "Sendara Raya", -6.2, 2)
