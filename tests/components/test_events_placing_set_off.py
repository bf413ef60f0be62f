"""A province or district named after a town's comma says where the town lies, not a second
place of the event (placing/set_off.py): "in Marol, Tessaly, a bomb went off" is one event at
Marol. Over invented places and hand-built parses."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.components.events.placing.set_off import holder_of, set_off_after
from eventdesk.geo import forget_opened
from eventdesk.records import Place
from tests.geo.geonames_files import import_places

TOWN = Place(country="Freedonia", country_code="FD", admin1="Upper Vale", admin2="Tessaly",
             location="Marol", latitude=7.0, longitude=124.6, geo_precision=1)


def _place(location, admin1="Upper Vale", admin2=None, country_code="FD"):
    return Place(country="Freedonia", country_code=country_code, admin1=admin1, admin2=admin2,
                 location=location, latitude=7.2, longitude=124.2, geo_precision=1)


def test_the_towns_district_by_name_holds_it():
    # the district's name, read as a namesake town in another province, still holds Marol
    assert holder_of(_place("Tessaly", admin1="Lower Vale"), TOWN)


def test_the_towns_province_holds_it():
    assert holder_of(_place("Upper Vale"), TOWN)


def test_another_town_does_not_hold_it():
    assert not holder_of(_place("Kiran", admin2="Tessaly"), TOWN)


def test_a_district_of_another_country_does_not_hold_it():
    assert not holder_of(_place("Tessaly", country_code="ZZ"), TOWN)


def test_a_town_named_as_its_own_district_is_not_its_holder():
    town = Place(country="Freedonia", country_code="FD", admin1="Upper Vale", admin2="Marol",
                 location="Marol")
    assert not holder_of(_place("Marol"), town)


def test_the_holder_set_off_by_a_comma(parsed):
    # "in Marol , Tessaly , a bomb exploded"
    doc = parsed(["in", "Marol", ",", "Tessaly", ",", "a", "bomb", "exploded"],
                 heads=[7, 0, 1, 1, 7, 6, 7, 7],
                 deps=["prep", "pobj", "punct", "appos", "punct", "det", "nsubj", "ROOT"])
    assert set_off_after(doc, doc[3])


def test_a_place_joined_by_and_is_a_second_place(parsed):
    # "shelled Marol , Kiran and Tessaly"
    doc = parsed(["shelled", "Marol", ",", "Kiran", "and", "Tessaly"],
                 heads=[0, 0, 1, 1, 3, 3],
                 deps=["ROOT", "dobj", "punct", "conj", "cc", "conj"])
    assert not set_off_after(doc, doc[5])


# geonameid, name, alternatenames, lat, lon, class, code, cc, admin1, population, admin2
PLACES = [
    (9310001, "Valle Quieto", "", 20.5, -101.5, "A", "ADM1", "MX", "11", 6_000_000),
    # a municipality's seat, and a village of that municipality 30 km from it
    (9310002, "Tolvanejo", "", 20.43, -101.72, "P", "PPLA2", "MX", "11", 80_000, "042"),
    (9310003, "Santa Ofelia Pecora", "", 20.35, -102.0, "P", "PPL", "MX", "11", 3_000,
     "042"),
    (9310004, "Sierra Alta", "", 19.0, -99.0, "A", "ADM1", "MX", "12", 3_000_000),
    # two towns of two provinces
    (9310005, "Marovel", "", 18.05, -98.7, "P", "PPLA3", "MX", "12", 150_000, "077"),
    (9310006, "Tessaly", "", 18.4, -98.3, "P", "PPLA2", "MX", "11", 300_000, "050"),
]
ADMIN1 = [("MX.11", "Valle Quieto", "Valle Quieto", 9310001),
          ("MX.12", "Sierra Alta", "Sierra Alta", 9310004)]
ADMIN2 = [("MX.11.042", "Tolvanejo", "Tolvanejo", 9310007),
          ("MX.12.077", "Tessaly", "Tessaly", 9310008),
          ("MX.11.050", "Tessaly", "Tessaly", 9310009)]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    index = import_places(tmp_path_factory.mktemp("set_off"), PLACES, ADMIN1, ADMIN2)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVENTDESK_GAZETTEER", str(index))
        yield index
    forget_opened(index)


@pytest.mark.slow
def test_a_village_then_its_municipality_is_one_event_in_the_village(index):
    events = eventdesk.extract(
        "Meanwhile, in Valle Quieto, armed men entered a house in the community of Santa "
        "Ofelia Pecora, in Tolvanejo, "
        "and killed five people on Monday night.", published="2025-03-18")
    assert [e.location for e in events] == ["Santa Ofelia Pecora"]


@pytest.mark.slow
def test_two_towns_joined_by_and_are_two_events(index):
    events = eventdesk.extract(
        "Gunmen attacked Marovel and Tessaly on Sunday night, killing six people.",
        published="2023-12-11")
    assert sorted(e.location for e in events) == ["Marovel", "Tessaly"]


class _Mention:
    def __init__(self, start, end, place):
        self.start, self.end, self.place = start, end, place


class _Index:
    def resolve(self, mention, countries=()):
        return mention.place


VILLAGE = Place(country="Freedonia", country_code="FD", admin1="Upper Vale", admin2="Tessaly",
                location="Kiran", latitude=7.1, longitude=124.5, geo_precision=1)
SEAT = _place("Tessaly", admin2="Tessaly")


def _village_then(parsed, words, heads, deps):
    from eventdesk.components.events.placing.frames import held_by_the_name_after

    doc = parsed(words, heads=heads, deps=deps)
    village, seat = _Mention(1, 2, VILLAGE), _Mention(4, 5, SEAT)
    return held_by_the_name_after(doc, [village, seat], village, VILLAGE, SEAT, _Index())


def test_the_event_placed_at_the_district_named_after_the_village_is_in_the_village(parsed):
    # "in Kiran , in Tessaly , men killed five": the event took Tessaly, which holds Kiran
    assert _village_then(parsed, ["in", "Kiran", ",", "in", "Tessaly", ",", "men", "killed"],
                         heads=[7, 0, 1, 0, 3, 7, 7, 7],
                         deps=["prep", "pobj", "punct", "prep", "pobj", "punct", "nsubj",
                               "ROOT"])


def test_a_district_joined_by_and_is_its_own_place(parsed):
    # "in Kiran and in Tessaly men killed": two places
    assert not _village_then(parsed, ["in", "Kiran", "and", "in", "Tessaly", "men", "killed"],
                             heads=[6, 0, 0, 0, 3, 6, 6],
                             deps=["prep", "pobj", "cc", "conj", "pobj", "nsubj", "ROOT"])
