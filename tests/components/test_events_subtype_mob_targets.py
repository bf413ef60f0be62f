"""mob_targets.py: what a crowd burned decides between the two riots -- homes and places of
worship are mob violence (rule mob-on-homes-and-worship); an office-holder's house, cars and
shops, or a crowd that fought a force in the same sentence, a violent demonstration; homes
burned by an armed side or by nobody named stay property destruction. "A group" and nothing
more is a crowd (rule bare-group-burning)."""

from types import SimpleNamespace

import pytest

from eventdesk.components.events.subtype.mob_targets import bare_group_doer
from eventdesk.components.events.subtype.table import ClauseFacts
from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9230001, "Tal Afar", "Tal Afar", "", 36.37, 42.45, "P", "PPLA2", "IQ", "15", 200_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A mob burned a temple and twenty homes of the minority community in Tal Afar on "
    "Thursday, police said.",
    "An angry mob looted and burned a chapel and homes of Yazidi families in Tal Afar on "
    "Thursday.",
    "Rioters torched a mosque and several houses in Tal Afar on Monday night.",
    # the army is only the report's source
    "Rioters set fire to homes of Yazidi families in Tal Afar on Saturday, according to the "
    "army.",
])
def test_a_crowd_burning_homes_or_worship_is_mob_violence(index, text):
    assert sub_types(text) == ["Mob violence"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # an office-holder's or a named family's house: a political target (a control: the
    # house of an office-holder was never read as a home)
    "Crowds set fire to the house of a former minister in Tal Afar on Monday.",
    "Protesters set fire to the governor's house in Tal Afar on Monday.",
    "Youths set fire to the house of the district commissioner in Tal Afar on Monday.",
    # a crowd told as protesting
    "Demonstrators torched two houses near the town hall in Tal Afar on Monday.",
    "Students protesting higher fees set fire to a hostel and several staff houses in Tal Afar "
    "on Monday.",
    # no home: cars, shops, a ballot box
    "Rioters torched cars and several shops in Tal Afar on Monday.",
    # the crowd fought a force in the same sentence
    "An angry crowd torched huts in Tal Afar on Monday and pelted policemen with stones.",
])
def test_other_crowd_burnings_stay_violent_demonstrations(index, text):
    assert sub_types(text) == ["Violent demonstration"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen torched dozens of houses in Tal Afar on Monday.",
    "Dozens of houses were set on fire in Tal Afar on Monday.",
])
def test_homes_burned_by_no_crowd_stay_property_destruction(index, text):
    assert sub_types(text) == ["Looting/property destruction"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # homes burned by "a group": a crowd on a community
    ("Before dawn a group burned down huts and a tea stall in Tal Afar, police said.",
     "Mob violence"),
    # a market's stalls or a library's gate burned by "a group"
    ("Late on Friday another group set fire to two stalls of the night market in Tal Afar.",
     "Violent demonstration"),
    ("In the old quarter of Tal Afar, another group set fire to an old gate of the municipal "
     "library on Sunday evening, firefighters said.", "Violent demonstration"),
])
def test_burning_by_a_bare_group_is_a_crowds(index, text, expected):
    assert sub_types(text) == [expected]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a band told as armed, and a group named before
    "A group of gunmen set fire to huts in Tal Afar on Monday.",
    "The group set fire to huts in Tal Afar on Monday.",
])
def test_burning_by_an_armed_or_known_group_stays_property_destruction(index, text):
    assert sub_types(text) == ["Looting/property destruction"]


def _group_burns(parsed, first, second):
    # "<first> <second> torched stalls , police said", the burning parsed as a reduced
    # relative on its doer (as the parser does in some reports)
    doc = parsed([first, second, "torched", "stalls", ",", "police", "said"],
                 [1, 6, 1, 2, 6, 6, 6], ["det", "nsubj", "acl", "dobj", "punct", "nsubj", "ROOT"],
                 pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB"],
                 lemmas=[first.lower(), second.lower(), "torch", "stall", ",", "police", "say"])
    clause = SimpleNamespace(root=doc[6], triggers=[SimpleNamespace(start=2, end=3)])
    return bare_group_doer(ClauseFacts(doc, clause, "looting", {"looting"}, None, None))


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("A", "group", True),
    ("The", "group", False),    # a group named before
    ("A", "militia", False),    # no group
])
def test_a_bare_group_is_read_as_the_doer_of_a_reduced_relative(parsed, first, second,
                                                                 expected):
    assert _group_burns(parsed, first, second) is expected
