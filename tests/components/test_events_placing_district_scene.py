"""A district or province named first, and the place in it the clause goes on to name
(placing/phrases.py `town_of_its_province`, placing/holders.py `_held_in_region`): the
nearer place of the two is the event's, and a district of a province the index lacks keeps
its name in the province's region with no point, not the point of the province's
namesake town. A site named after a town, put in the region that holds the town
(placing/side_places.py), is at that town."""

import pytest

from tests.geo import geonames_files

# an invented second-level district holding an invented town, in an invented region
DISTRICT_PLACES = [
    (9410001, "Varnosa", "Varnosa", "", 11.90, 124.80, "A", "ADM2", "PH", "08", 600_000,
     "101"),
    (9410002, "Quelmar", "Quelmar", "", 12.10, 124.95, "P", "PPL", "PH", "08", 3_400,
     "101"),
    (9410003, "Tarbel", "Tarbel", "", 11.40, 124.20, "P", "PPLA2", "PH", "08", 90_000, "102"),
]
DISTRICT_ADMIN1 = [("PH.08", "Ostra Visaya", "Ostra Visaya", 9410010)]
DISTRICT_ADMIN2 = [("PH.08.101", "Varnosa", "Varnosa", 9410001),
                   ("PH.08.102", "Tarbel", "Tarbel", 9410011)]


@pytest.fixture
def district_index(tiny_index_with, monkeypatch):
    monkeypatch.setattr(geonames_files, "ADMIN2", [*geonames_files.ADMIN2, *DISTRICT_ADMIN2])
    return tiny_index_with(places=DISTRICT_PLACES, admin1=DISTRICT_ADMIN1)


@pytest.mark.slow
def test_a_town_of_the_fronted_district_is_the_scene(district_index):
    import eventdesk

    events = eventdesk.extract(
        "In Varnosa, suspected rebels torched two dump trucks of a construction firm in "
        "Quelmar on Tuesday, the army said.", published="2023-03-09")
    assert [e.location for e in events] == ["Quelmar"]


@pytest.mark.slow
def test_a_town_of_another_district_leaves_the_fronted_district_the_scene(district_index):
    import eventdesk

    # control: Tarbel lies in another district than Varnosa: no town of it
    events = eventdesk.extract(
        "In Varnosa, suspected rebels torched two dump trucks of a construction firm "
        "bound for Tarbel on Tuesday, the army said.", published="2023-03-09")
    assert events and all(e.location != "Tarbel" for e in events)


# an invented province and its namesake capital; no district of it in the index
PROVINCE_PLACES = [
    (9420001, "Lomvara", "Lomvara", "", -15.10, 39.30, "A", "ADM1", "MZ", "06", 5_000_000),
    (9420002, "Lomvara", "Lomvara", "", -15.12, 39.27, "P", "PPLA", "MZ", "06", 740_000),
]
PROVINCE_ADMIN1 = [("MZ.06", "Lomvara", "Lomvara", 9420001)]


@pytest.mark.slow
def test_a_district_the_index_lacks_in_a_named_province_has_no_point(tiny_index_with):
    import eventdesk

    tiny_index_with(places=PROVINCE_PLACES, admin1=PROVINCE_ADMIN1)
    events = eventdesk.extract(
        "The killing of a nun at a Catholic mission in Chitembe district on Tuesday night "
        "marks the deepest incursion yet by insurgents into Lomvara province.",
        published="2022-09-08")
    assert [(e.location, e.admin1, e.latitude) for e in events] == [
        ("Chitembe", "Lomvara", None)]



def _mention(start, end, *, kind="place", **reading):
    from types import SimpleNamespace

    best = dict(is_region=False, feature_code="PPL", country_code="SD", admin1="Kordafa",
                admin2=None, population=56_000)
    best.update(reading)
    return SimpleNamespace(start=start, end=end, kind=kind, designator=None,
                           candidates=[SimpleNamespace(**best)])


def test_a_region_holding_the_town_a_site_is_named_after_does_not_set_the_town_aside():
    import spacy

    from eventdesk.components.events.placing.side_places import (
        _names_a_site_placed_elsewhere,
    )

    # 0 hit 1 the 2 Kel 3 Warba 4 Hospital 5 in 6 Kordafa 7 state
    doc = spacy.blank("en")("hit the Kel Warba Hospital in Kordafa state")
    town = _mention(2, 4)
    region = _mention(6, 7, kind="region", is_region=True, feature_code="ADM1")
    assert not _names_a_site_placed_elsewhere(doc, town, [town, region])
    # control: a region that does not hold the town: the site is placed in it, elsewhere
    other = _mention(6, 7, kind="region", is_region=True, feature_code="ADM1", admin1="Nahr")
    assert _names_a_site_placed_elsewhere(doc, town, [town, other])
    # control: a city named after the site ("the Al-Quds Hospital in Aleppo") still does
    city = _mention(6, 7, admin1="Kordafa", population=2_000_000)
    assert _names_a_site_placed_elsewhere(doc, town, [town, city])

