"""A province or district named after a town says where the town lies, not a second place
of the event (placing/holding.py): "in Marol, Tessaly, a bomb went off" is one event at
Marol. Over invented places, hand-built docs and a tiny hand-built index."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.components.events.placing.frames import held_by_the_name_after
from eventdesk.components.events.placing.holding import (
    named_as_its_holder,
    names_a_holder_of,
    told_after_as_holder,
)
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
    assert names_a_holder_of(_place("Tessaly", admin1="Lower Vale"), TOWN)


def test_the_towns_province_holds_it():
    assert names_a_holder_of(_place("Upper Vale"), TOWN)


def test_a_division_holds_it_by_its_short_name():
    # "Tavira" for the Tavira Strip, "Belcosta" for Belcosta Province
    marbat = _place("Marbat", "Tavira Strip")
    assert names_a_holder_of(_place("Tavira", admin1="Tavira Strip"), marbat)
    assert names_a_holder_of(_place("Belcosta", admin1="Tindoumar"),
                             _place("Dorvan", "Kordafa", "Belcosta Province"))
    assert names_a_holder_of(_place("Tavira Strip", admin1="Tavira Strip"), marbat)


def test_another_town_does_not_hold_it():
    assert not names_a_holder_of(_place("Kiran", admin2="Tessaly"), TOWN)
    assert not names_a_holder_of(None, TOWN)


def test_a_district_of_another_region_not_named_as_the_towns_does_not_hold_it():
    # Lower Vale has a district Pelmar; Marol lies in Upper Vale's Tessaly
    assert not names_a_holder_of(_place("Pelmar", admin1="Lower Vale", admin2="Pelmar"), TOWN)


def test_a_district_of_another_country_does_not_hold_it():
    assert not names_a_holder_of(_place("Tessaly", country_code="ZZ"), TOWN)


def test_a_town_named_as_its_own_district_is_not_its_holder():
    town = Place(country="Freedonia", country_code="FD", admin1="Upper Vale", admin2="Marol",
                 location="Marol")
    assert not names_a_holder_of(_place("Marol"), town)


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
    ("gunmen raided Marol within Tessaly district on Monday", ["Marol", "Tessaly district"]),
    ("men entered a house in Marol , in Tessaly , and killed five", ["Marol", "Tessaly"]),
    ("shells hit Marol , in the west of Tessaly , at dawn", ["Marol", "Tessaly"]),
    ("shells hit Marol , in the province of Tessaly , at dawn", ["Marol", "Tessaly"]),
    ("shells hit Marol in the southern Tessaly on Friday", ["Marol", "Tessaly"]),
    ("shells hit Marol , in the restive Tessaly on Friday", ["Marol", "Tessaly"]),
    ("a bomb went off in Marol , Tessaly , Freedonia , on Monday", ["Marol", "Tessaly"]),
])
def test_a_name_set_off_right_after_the_town_is_told_as_its_holder(parsed, text, names):
    doc, (town, holder) = _doc(parsed, text, names, pos={"the": "DET", "restive": "ADJ"})
    assert told_after_as_holder(doc, town, holder)


@pytest.mark.parametrize("text", [
    # "Marol in Kiran, in southern rural Tessaly": Kiran, set off by "in", holds Marol
    "artillery hit Marol in Jabal Kiran , in southern rural Tessaly at dawn",
    "artillery hit Marol ( Jabal Kiran , Tessaly ) at dawn",
    # a name with a kind word is a division's
    "artillery hit Marol , Jabal Kiran district , Tessaly at dawn",
])
def test_a_place_told_between_as_holding_the_town_holds_it_in_turn(parsed, text):
    doc, (town, _, holder) = _doc(parsed, text, ["Marol", "Jabal Kiran", "Tessaly"],
                                  pos={"southern": "ADJ", "rural": "ADJ"})
    assert told_after_as_holder(doc, town, holder)


@pytest.mark.parametrize(("text", "names"), [
    # a list: two places, or three, or four
    ("clashes broke out in Marol and Tessaly on Monday", ["Marol", "Tessaly"]),
    ("clashes broke out in Marol and in Tessaly on Monday", ["Marol", "Tessaly"]),
    ("clashes broke out in Marol , Tessaly and Kiran on Monday", ["Marol", "Tessaly"]),
    ("clashes broke out in Marol , in Tessaly and in Kiran on Monday", ["Marol", "Tessaly"]),
    ("clashes broke out in Marol , Tessaly , Kiran , Pelmar on Monday", ["Marol", "Tessaly"]),
    # named far after the town, or in another clause
    ("a bomb went off in Marol , wounding two men , as troops shelled Tessaly",
     ["Marol", "Tessaly"]),
    # nothing sets it off, or a mark that is no setting off
    ("the Marol Tessaly road was shelled", ["Marol", "Tessaly"]),
    ("the Marol - Tessaly road was shelled", ["Marol", "Tessaly"]),
    ("a bomb went off in Marol . Tessaly officials said two died", ["Marol", "Tessaly"]),
    ("a bomb went off in Marol ; Tessaly was calm", ["Marol", "Tessaly"]),
    ("a bomb went off in Marol : Tessaly officials said two died", ["Marol", "Tessaly"]),
    # a word of nearness or a determiner other than an article: a place beside the town
    ("shells hit Marol , neighbouring Tessaly and the coast", ["Marol", "Tessaly"]),
    ("shells hit Marol , nearby Tessaly on Friday", ["Marol", "Tessaly"]),
    ("shells hit Marol , in adjacent Tessaly on Friday", ["Marol", "Tessaly"]),
    ("shells hit Marol , both Tessaly towns on Friday", ["Marol", "Tessaly"]),
    ("shells hit Marol , in all Tessaly on Friday", ["Marol", "Tessaly"]),
    ("shells hit Marol , in another Tessaly on Friday", ["Marol", "Tessaly"]),
])
def test_a_name_of_a_list_or_told_apart_is_no_holder(parsed, text, names):
    doc, (town, holder) = _doc(parsed, text, names, pos={
        "neighbouring": "ADJ", "nearby": "ADJ", "adjacent": "ADJ", "both": "DET", "all": "DET",
        "another": "DET"})
    assert not told_after_as_holder(doc, town, holder)


@pytest.mark.parametrize("text", [
    # a bare comma does not chain: Kiran is a town of the list, not Marol's holder
    "clashes broke out in Marol , Kiran , Tessaly on Monday",
    "clashes broke out in Marol , Kiran , Tessaly , Pelmar on Monday",
])
def test_a_place_between_told_only_by_a_comma_holds_nothing(parsed, text):
    doc, (town, _, holder) = _doc(parsed, text, ["Marol", "Kiran", "Tessaly"])
    assert not told_after_as_holder(doc, town, holder)


def test_a_name_that_starts_a_sentence_is_no_holder(parsed):
    # a comma the sentence splitter left before a new sentence ("in Marol , / Tessaly ...")
    from spacy.tokens import Doc
    words = "a bomb went off in Marol , Tessaly officials said".split()
    vocab = parsed(["x"], heads=[0], deps=["ROOT"]).vocab
    for starts, told in (((0, 7), False), ((0,), True)):
        doc = Doc(vocab, words=words, sent_starts=[i in starts for i in range(len(words))])
        doc._.places = [PlaceMention(5, 6, 0, 0, "Marol", []),
                        PlaceMention(7, 8, 0, 0, "Tessaly", [])]
        assert told_after_as_holder(doc, (5, 6), (7, 8)) is told


DISTRICT = _place("Tessaly", admin2="Tessaly")


def test_a_holder_is_told_after_a_mention_of_the_town_it_holds(parsed):
    # "in Marol, Tessaly": the district, told after the town; "in Tessaly, Marol": before it
    doc, _ = _doc(parsed, "a bomb went off in Marol , Tessaly , on Monday", ["Marol", "Tessaly"])
    assert named_as_its_holder(doc, doc._.places, TOWN, DISTRICT)
    doc, _ = _doc(parsed, "a bomb went off in Tessaly , Marol , on Monday", ["Tessaly", "Marol"])
    assert not named_as_its_holder(doc, doc._.places, TOWN, DISTRICT)


def test_only_the_given_mentions_pair(parsed):
    # the earlier sentence tells Tessaly as Marol's district; the clause lists them
    doc, _ = _doc(parsed, "Marol , Tessaly district , was calm . clashes broke out in Marol "
                  "and Tessaly", ["Marol", "Tessaly", "Marol", "Tessaly"])
    clause = doc._.places[2:]
    assert named_as_its_holder(doc, doc._.places[:2], TOWN, DISTRICT)
    assert not named_as_its_holder(doc, clause, TOWN, DISTRICT)


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


VILLAGE = Place(country="Freedonia", country_code="FD", admin1="Upper Vale", admin2="Tessaly",
                location="Kiran", latitude=7.1, longitude=124.5, geo_precision=1)


class _Index:
    """Reads each mention as the place of its name."""

    def resolve(self, mention, countries=()):
        return {"Kiran": VILLAGE, "Tessaly": DISTRICT}[mention.text]


def _village_then(parsed, text):
    doc, _ = _doc(parsed, text, ["Kiran", "Tessaly"])
    village = doc._.places[0]
    return held_by_the_name_after(doc, doc._.places, village, VILLAGE, DISTRICT, _Index())


def test_the_event_placed_at_the_district_named_after_the_village_is_in_the_village(parsed):
    # the event took Tessaly, which holds Kiran
    assert _village_then(parsed, "in Kiran , in Tessaly , men killed five")


def test_a_district_joined_by_and_is_its_own_place(parsed):
    assert not _village_then(parsed, "in Kiran and in Tessaly men killed five")
