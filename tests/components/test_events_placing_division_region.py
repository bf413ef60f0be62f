"""A division the index lacks, named without its holder ("clashed in X county"), lies in
the first-level region the report last names before it, not in the region of the capital
the report was filed from and names again (issue 9) -- also when the index spells the region
with its word ("Mireva Region"), and never in the region of a namesake town abroad the report
was last talking about. Over invented places."""

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
    (9500004, "Mireva", "Mireva Region", 6.5, 29.5, "A", "ADM1", "SS", "03", 700_000),
    # a town abroad that shares a township's name
    (9500005, "Kanti", "", 35.4, 137.0, "P", "PPL", "JP", "09", 30_000),
    (9500006, "Gifuna", "", 35.5, 136.9, "A", "ADM1", "JP", "09", 2_000_000),
]
ADMIN1 = [("SS.01", "Lower Kalmara", "Lower Kalmara", 9500002),
          ("SS.02", "Upper Tavo", "Upper Tavo", 9500003),
          ("SS.03", "Mireva", "Mireva", 9500004), ("JP.09", "Gifuna", "Gifuna", 9500006)]


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


def test_a_township_in_the_region_its_sentence_names_by_the_indexs_spelling(index):
    # "Mireva Region" is the region's own name to the index: the word "Region" is inside it
    events = eventdesk.extract(
        "KALMARA, South Sudan (AP) - Government aircraft bombed the town of Dorit in South "
        "Sudan's Upper Tavo state on Sunday, killing seven civilians at a market. "
        "In Mireva Region, soldiers set fire to more than 100 houses in Tolon village in "
        "Wakot Township on Tuesday, a local official said.", published="2025-03-20")
    [arson] = [e for e in events if "Tolon" in (e.evidence or "")]
    assert arson.admin1 == "Mireva"


@pytest.mark.parametrize("city, region", [
    # "Kanti Township" of the report's country read as the town abroad: the region named
    (("Kanti", "JP", "Gifuna", 35.4, 137.0), "Mireva"),
    # a town of the report's own country, in a sentence naming no region: the town's region
    (("Dorit", "SS", "Upper Tavo", 9.4, 32.4), "Upper Tavo"),
])
def test_a_division_is_never_in_the_region_of_a_town_abroad(index, city, region):
    import spacy

    from eventdesk.components.events.place_mentions import MentionJudge
    from eventdesk.components.events.place_names import NameReader
    from eventdesk.geo import open_gazetteer
    from eventdesk.records import Place

    gaz = open_gazetteer(index)
    doc = spacy.blank("en")("In Mireva Region , rebels burned Tolon village in Wakot Township")
    mentions = [m for m in gaz.find_mentions(doc) if m.kind == "region"]
    assert [m.text for m in mentions] == ["Mireva Region"]
    name, code, admin1, lat, lon = city
    town = Place(country=code, country_code=code, admin1=admin1, location=name,
                 latitude=lat, longitude=lon, geo_precision=1)
    doc.user_data[("._.", "places", None, None)] = mentions if code == "JP" else []
    place = NameReader(gaz, MentionJudge(gaz)).district_place(
        ("Wakot Township", None), town, ["SS"], tokens=list(doc))
    assert (place.admin1, place.country_code, place.location) == (region, "SS", "Wakot")
