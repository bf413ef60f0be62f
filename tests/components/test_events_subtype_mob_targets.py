"""mob_targets.py: what a crowd burned decides between the two riots -- homes and places of
worship are mob violence (rule mob-on-homes-and-worship); an office-holder's house, cars and
shops, or a crowd that fought a force in the same sentence, a violent demonstration; homes
burned by an armed side or by nobody named stay property destruction."""

import pytest

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
