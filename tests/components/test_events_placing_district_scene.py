"""A district or province named first, and the place in it the clause goes on to name
(placing/phrases.py `town_of_its_province`, placing/holders.py `_held_in_region`): the
nearer place of the two is the event's, and a district of a province the index lacks,
named apart from the province, keeps its name in the province's region with no point, not
the point of the province's namesake town; hung on the province in one phrase it may be a
quarter of that town. A site that stands beside its town (a hospital), named after a town of
the region the clause puts it in, is at that town (placing/side_places.py); a dam is not.
All names are invented."""

import pytest

from tests.geo import geonames_files

# an invented second-level district holding an invented town, in an invented region, and
# a town of another district of that region
DISTRICT_PLACES = [
    (9410001, "Kesmaro", "Kesmaro", "", 6.40, 122.10, "A", "ADM2", "PH", "14", 420_000,
     "301"),
    (9410002, "Belvit", "Belvit", "", 6.55, 122.30, "P", "PPL", "PH", "14", 2_700, "301"),
    (9410003, "Dornik", "Dornik", "", 6.10, 121.70, "P", "PPLA2", "PH", "14", 65_000, "302"),
]
DISTRICT_ADMIN1 = [("PH.14", "Halvara", "Halvara", 9410010)]
DISTRICT_ADMIN2 = [("PH.14.301", "Kesmaro", "Kesmaro", 9410001),
                   ("PH.14.302", "Dornik", "Dornik", 9410011)]


@pytest.fixture
def district_index(tiny_index_with, monkeypatch):
    monkeypatch.setattr(geonames_files, "ADMIN2", [*geonames_files.ADMIN2, *DISTRICT_ADMIN2])
    return tiny_index_with(places=DISTRICT_PLACES, admin1=DISTRICT_ADMIN1)


def _places(text, published="2023-03-09"):
    import eventdesk

    return [(e.location, e.latitude) for e in eventdesk.extract(text, published=published)]


@pytest.mark.slow
def test_a_town_of_the_fronted_district_is_the_scene(district_index):
    places = _places("In Kesmaro, a teacher was shot dead outside her home in Belvit "
                     "late on Monday, a village official said.")
    assert [p for p, _ in places] == ["Belvit"]


@pytest.mark.slow
def test_a_town_of_another_district_is_no_town_of_the_fronted_district(district_index):
    # control: Dornik lies in another district than Kesmaro, which stays the scene
    places = _places("In Kesmaro, a teacher was shot dead outside her home in Dornik "
                     "late on Monday, a village official said.")
    assert [p for p, _ in places] == ["Kesmaro"]


@pytest.mark.slow
def test_a_district_not_fronted_does_not_yield_to_a_town_named_beside_it(district_index):
    # "near the boundary with Belvit": a district the clause does not front as its frame
    # stays the scene; the town is named only to say where in it
    places = _places("Soldiers clashed with rebels in Kesmaro on Monday, near the boundary "
                     "with Belvit town, the army said.")
    assert [p for p, _ in places] == ["Kesmaro"]


# an invented district seated at its big namesake town, and a town of it 40 km away
SEAT_PLACES = [
    (9430001, "Velmora", "Velmora", "", 31.80, 70.90, "P", "PPLA2", "PK", "02", 700_000,
     "401"),
    (9430002, "Velmora", "Velmora", "", 31.80, 70.90, "A", "ADM2", "PK", "02", 900_000,
     "401"),
    (9430003, "Karsi", "Karsi", "", 31.93, 70.48, "P", "PPL", "PK", "02", 24_000, "401"),
    (9430004, "Tolvesh", "Tolvesh", "", 32.40, 71.30, "P", "PPL", "PK", "02", 18_000, "402"),
]
SEAT_ADMIN1 = [("PK.02", "Dastovar", "Dastovar", 9430010)]
SEAT_ADMIN2 = [("PK.02.401", "Velmora", "Velmora", 9430002),
               ("PK.02.402", "Orsavi", "Orsavi", 9430011)]


@pytest.mark.slow
@pytest.mark.parametrize(("town", "scene"), [
    # the index reads Velmora first as the seat town, but the division word fronts the
    # district, which holds Karsi, 40 km from the seat
    ("Karsi", "Karsi"),
    # control: Tolvesh lies in another district than Velmora, which stays the scene
    ("Tolvesh", "Velmora"),
])
def test_a_district_fronted_with_its_word_holds_only_its_own_towns(
        tiny_index_with, monkeypatch, town, scene):
    """"In Velmora district, ...": a town of that district is the scene, not the seat."""
    monkeypatch.setattr(geonames_files, "ADMIN2", [*geonames_files.ADMIN2, *SEAT_ADMIN2])
    tiny_index_with(places=SEAT_PLACES, admin1=SEAT_ADMIN1)
    places = _places(f"In Velmora district, gunmen seized three health workers at a hamlet of "
                     f"{town} tehsil late on Sunday, an official said.", published="2024-03-14")
    assert [p for p, _ in places] == [scene]


# an invented province and its namesake capital; no district of it in the index
PROVINCE_PLACES = [
    (9420001, "Lomvara", "Lomvara", "", -15.10, 39.30, "A", "ADM1", "MZ", "06", 5_000_000),
    (9420002, "Lomvara", "Lomvara", "", -15.12, 39.27, "P", "PPLA", "MZ", "06", 740_000),
]
PROVINCE_ADMIN1 = [("MZ.06", "Lomvara", "Lomvara", 9420001)]


@pytest.mark.slow
def test_a_district_named_apart_from_its_province_has_no_point(tiny_index_with):
    tiny_index_with(places=PROVINCE_PLACES, admin1=PROVINCE_ADMIN1)
    places = _places("Gunmen burned down a health post in Sarrat district late on Friday, "
                     "the third such raid this month across Lomvara province.",
                     published="2022-09-08")
    assert places == [("Sarrat", None)]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["Sarrat", "Dar al-Sarrat"])
def test_a_district_hung_on_its_province_in_one_phrase_stays_a_quarter_of_its_town(
        tiny_index_with, name):
    # "X district in Y province": a quarter of the province's namesake city, at its point
    tiny_index_with(places=PROVINCE_PLACES, admin1=PROVINCE_ADMIN1)
    places = _places(f"A mortar round hit {name} district in Lomvara province on Friday, "
                     "wounding four bystanders.", published="2022-09-08")
    assert places == [(f"Lomvara - {name}", pytest.approx(-15.12))]


# an invented state and a town of it that names a hospital and a dam
SITE_PLACES = [
    (9430001, "Dunmar", "Dunmar", "", 13.50, 30.50, "A", "ADM1", "SD", "55", 3_000_000),
    (9430002, "Pelvara", "Pelvara", "", 12.70, 31.40, "P", "PPL", "SD", "55", 48_000),
]
SITE_ADMIN1 = [("SD.55", "Dunmar", "Dunmar", 9430001)]


@pytest.mark.slow
def test_a_hospital_named_after_a_town_of_the_state_is_at_that_town(tiny_index_with):
    tiny_index_with(places=SITE_PLACES, admin1=SITE_ADMIN1)
    places = _places("Rockets slammed into the Pelvara Mission Hospital in Dunmar state "
                     "on Thursday, wounding nine patients.", published="2024-05-03")
    assert len(places) == 1 and places[0][0].startswith("Pelvara") \
        and places[0][1] == pytest.approx(12.70)


@pytest.mark.slow
def test_a_dam_named_after_a_town_of_the_state_is_not_put_at_that_town(tiny_index_with):
    # a dam may lie tens of km from the town it is named after: the state's, no point
    tiny_index_with(places=SITE_PLACES, admin1=SITE_ADMIN1)
    places = _places("Rockets slammed into the Pelvara Dam in Dunmar state on Thursday, "
                     "wounding two watchmen.", published="2024-05-03")
    assert places == [("Pelvara Dam", None)]


def _mention(start, end, *, kind="place", **reading):
    from types import SimpleNamespace

    best = dict(is_region=False, feature_code="PPL", country_code="SD", admin1="Dunmar",
                admin2=None, population=48_000)
    best.update(reading)
    return SimpleNamespace(start=start, end=end, kind=kind, designator=None,
                           candidates=[SimpleNamespace(**best)])


@pytest.mark.parametrize("site, aside", [("Hospital", False), ("Dam", True)])
def test_a_region_holding_the_site_town_keeps_a_hospital_not_a_dam_at_the_town(site, aside):
    import spacy

    from eventdesk.components.events.placing.side_places import (
        _names_a_site_placed_elsewhere,
    )

    # 0 shelled 1 the 2 Pelvara 3 <site> 4 in 5 Dunmar 6 state
    doc = spacy.blank("en")(f"shelled the Pelvara {site} in Dunmar state")
    town = _mention(2, 3)
    region = _mention(5, 6, kind="region", is_region=True, feature_code="ADM1")
    assert _names_a_site_placed_elsewhere(doc, town, [town, region]) is aside
    # control: a region that does not hold the town: the site is placed in it, elsewhere
    other = _mention(5, 6, kind="region", is_region=True, feature_code="ADM1", admin1="Ostrel")
    assert _names_a_site_placed_elsewhere(doc, town, [town, other])
    # control: a city named after the site ("the Pelvara Hospital in Dunmar") still does
    city = _mention(5, 6, admin1="Dunmar", population=2_000_000)
    assert _names_a_site_placed_elsewhere(doc, town, [town, city])
