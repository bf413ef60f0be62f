"""A division the index lacks, named without its holder ("clashed in X county"), lies in
the first-level region the report last names before it, not in the region of the capital
the report was filed from and names again (issue 9). Over invented places."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.geo import forget_opened
from tests.geo.geonames_files import import_places

pytestmark = pytest.mark.slow

# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population
PLACES = [
    (9500001, "Kalmara", "", 4.8, 31.6, "P", "PPLC", "SS", "01", 500_000),
    (9500002, "Lower Kalmara", "", 4.6, 31.4, "A", "ADM1", "SS", "01", 1_000_000),
    (9500003, "Upper Tavo", "", 9.5, 32.5, "A", "ADM1", "SS", "02", 900_000),
    (9500004, "Mireva", "", 6.5, 29.5, "A", "ADM1", "SS", "03", 700_000),
]
ADMIN1 = [("SS.01", "Lower Kalmara", "Lower Kalmara", 9500002),
          ("SS.02", "Upper Tavo", "Upper Tavo", 9500003),
          ("SS.03", "Mireva", "Mireva", 9500004)]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("division_region"), PLACES, ADMIN1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTDESK_GAZETTEER", str(index))
        yield index
    forget_opened(index)


@pytest.mark.parametrize("where", [
    "clashed in Wakot county",
    # a region's name inside a village's is no region named
    "attacked Nova Mireva village in Wakot county",
])
def test_a_county_without_its_holder_is_in_the_region_named_before_it(index, where):
    events = eventdesk.extract(
        "KALMARA, South Sudan (AP) - Government aircraft bombed the town of Dorit in South "
        "Sudan's Upper Tavo state on Sunday, killing seven civilians at a market, the county "
        "commissioner said. On Monday, soldiers and fighters of the Red Army, a youth militia, "
        f"{where}, a local official said. The rebel leader was placed under "
        "house arrest in Kalmara on March 26 by security forces.", published="2025-03-20")
    [clash] = [e for e in events if "Wakot" in (e.evidence or "")]
    assert clash.admin1 == "Upper Tavo"
