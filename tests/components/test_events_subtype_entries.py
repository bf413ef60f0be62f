"""entries.py: a force or an armed side fired on or attacked as it entered a place, the fight
and the entering told in one clause, fought an armed clash (rule entering-when-fired-on); an
entering that is the clause's own deed, or told with a taking, stays ground taken."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240201, "Kirundo", "Kirundo", "", -2.58, 30.09, "P", "PPLA", "BI", "11", 40_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police said the patrol was ambushed by bandits as it entered Kirundo on Sunday.",
    "The soldiers were attacked by militiamen when they entered a village near Kirundo on "
    "Sunday, the army said.",
])
def test_a_force_fired_on_as_it_entered_fights_a_clash(index, text):
    assert sub_types(text) == ["Armed clash"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Rebel fighters entered the town of Kirundo on Sunday.",
    "Rebel fighters entered Kirundo on Sunday after a day of clashes with the army.",
])
def test_an_entering_that_is_the_deed_stays_ground_taken(index, text):
    assert sub_types(text) == ["Non-state actor overtakes territory"]
