"""A province or district named after a town says where the town lies, not a second place
of the event (placing/holding.py): "in Marol, Tessaly, a bomb went off" is one event at
Marol. Over invented places, hand-built docs and a tiny hand-built index."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.components.events.placing.holding import holder_told, holds, told_as_holder
from eventdesk.geo import forget_opened
from eventdesk.geo.candidates import PlaceMention
from eventdesk.records import Place
from tests.geo.geonames_files import import_places

TOWN = Place(country="Freedonia", country_code="FD", admin1="Upper Vale", admin2="Tessaly",
             location="Marol", latitude=7.0, longitude=124.6, geo_precision=1)


def _place(location, admin1="Upper Vale", admin2=None, country_code="FD"):
    return Place(country="Freedonia", country_code=country_code, admin1=admin1, admin2=admin2,
                 location=location, latitude=7.2, longitude=124.2, geo_precision=1)


def test_the_towns_district_by_name_holds_it():
    # the district's name, read as a namesake town in another province, still holds Marol
    assert holds(_place("Tessaly", admin1="Lower Vale"), TOWN)


def test_the_towns_province_holds_it():
    assert holds(_place("Upper Vale"), TOWN)


def test_a_division_holds_it_by_its_short_name():
    # "Tavira" for the Tavira Strip, "Belcosta" for Belcosta Province
    assert holds(_place("Tavira", admin1="Tavira Strip"), _place("Marbat", "Tavira Strip"))
    assert holds(_place("Belcosta", admin1="Tindoumar"),
                 _place("Dorvan", "Kordafa", "Belcosta Province"))
    assert holds(_place("Tavira Strip", admin1="Tavira Strip"), _place("Marbat", "Tavira Strip"))


def test_another_town_does_not_hold_it():
    assert not holds(_place("Kiran", admin2="Tessaly"), TOWN)
    assert not holds(None, TOWN)


def test_a_district_of_another_region_not_named_as_the_towns_does_not_hold_it():
    # Lower Vale has a district Pelmar; Marol lies in Upper Vale's Tessaly
    assert not holds(_place("Pelmar", admin1="Lower Vale", admin2="Pelmar"), TOWN)


def test_a_district_of_another_country_does_not_hold_it():
    assert not holds(_place("Tessaly", country_code="ZZ"), TOWN)


def test_a_town_named_as_its_own_district_is_not_its_holder():
    town = Place(country="Freedonia", country_code="FD", admin1="Upper Vale", admin2="Marol",
                 location="Marol")
    assert not holds(_place("Marol"), town)


def _doc(parsed, text, names, pos=None):
    """The words of `text`, each name of `names` (its words) a place mention, as the
    detector would leave them; a flat parse (the test is read from the words)."""
    words = text.split()
    doc = parsed(words, heads=[0] * len(words), deps=["ROOT"] + ["dep"] * (len(words) - 1),
                 pos=pos and [pos.get(w, "NOUN") for w in words])
    spans = []
    for name in names:
        size = len(name.split())
        start = next(i for i in range(len(words)) if " ".join(words[i:i + size]) == name
                     and all(i >= e or i + size <= s for s, e in spans))
        spans.append((start, start + size))
    doc._.places = [PlaceMention(s, e, 0, 0, " ".join(words[s:e]), []) for s, e in spans]
    return doc, spans


@pytest.mark.parametrize(("text", "names"), [
    ("a bomb went off in Marol , Tessaly province , on Monday", ["Marol", "Tessaly province"]),
    ("a bomb went off in Marol ( Tessaly ) on Monday", ["Marol", "Tessaly"]),
    ("gunmen raided Marol in Tessaly district on Monday", ["Marol", "Tessaly district"]),
    ("men entered a house in Marol , in Tessaly , and killed five", ["Marol", "Tessaly"]),
    ("shells hit Marol , in the west of Tessaly , at dawn", ["Marol", "Tessaly"]),
    ("shells hit Marol , in the province of Tessaly , at dawn", ["Marol", "Tessaly"]),
    ("shells hit Marol in the southern Tessaly on Friday", ["Marol", "Tessaly"]),
])
def test_a_name_set_off_right_after_the_town_is_told_as_its_holder(parsed, text, names):
    doc, (town, holder) = _doc(parsed, text, names, pos={"the": "DET", "southern": "ADJ"})
    assert told_as_holder(doc, town, holder)


def test_a_place_named_between_that_the_town_lies_in_holds_it_in_turn(parsed):
    # "hit Bara in Jabal Tarik, in southern rural Tessaly"
    doc, (town, _, holder) = _doc(
        parsed, "artillery hit Marol in Jabal Tarik , in southern rural Tessaly at dawn",
        ["Marol", "Jabal Tarik", "Tessaly"], pos={"southern": "ADJ", "rural": "ADJ"})
    assert told_as_holder(doc, town, holder)


@pytest.mark.parametrize(("text", "names"), [
    # a list: two places, or three
    ("clashes broke out in Marol and Tessaly on Monday", ["Marol", "Tessaly"]),
    ("clashes broke out in Marol and in Tessaly on Monday", ["Marol", "Tessaly"]),
    ("clashes broke out in Marol , Tessaly and Kiran on Monday", ["Marol", "Tessaly"]),
    ("clashes broke out in Marol , in Tessaly and in Kiran on Monday", ["Marol", "Tessaly"]),
    # named far after the town, or in another clause
    ("a bomb went off in Marol , wounding two men , as troops shelled Tessaly",
     ["Marol", "Tessaly"]),
    # nothing sets it off
    ("the Marol Tessaly road was shelled", ["Marol", "Tessaly"]),
])
def test_a_name_of_a_list_or_told_apart_is_no_holder(parsed, text, names):
    doc, (town, holder) = _doc(parsed, text, names)
    assert not told_as_holder(doc, town, holder)


def test_a_holder_is_told_after_a_mention_of_the_town_it_holds(parsed):
    # "in Marol, Tessaly": the district; "in Tessaly, Marol": no town is told before it
    doc, _ = _doc(parsed, "a bomb went off in Marol , Tessaly , on Monday", ["Marol", "Tessaly"])
    district = _place("Tessaly", admin2="Tessaly")
    assert holder_told(doc, TOWN, district)
    assert not holder_told(doc, district, TOWN)
    doc, _ = _doc(parsed, "a bomb went off in Tessaly , Marol , on Monday", ["Tessaly", "Marol"])
    assert not holder_told(doc, TOWN, district)


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
    index = import_places(tmp_path_factory.mktemp("holding"), PLACES, ADMIN1, ADMIN2)
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
