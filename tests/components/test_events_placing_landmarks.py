"""A landmark named only to measure from ("140 km north of the capital, Lusaka") is not the
event's place, however the parser hangs it."""

import pytest

import eventdesk
from tests.components.coder_records import coder_extract


@pytest.mark.slow
def test_a_landmark_after_a_comma_does_not_set_the_town_aside():
    events = eventdesk.extract(
        "Kaunda and Roger Chongwe, head of the Liberal Progressive Front, were shot during a "
        "crackdown on an opposition rally in Kabwe, a city of 300,000 residents 140 kilometers "
        "(90 miles) north of the capital, Lusaka.", published="1997-08-24")
    assert [e.location for e in events] == ["Kabwe"]


@pytest.mark.slow
def test_a_town_of_another_deed_joined_to_the_clause_does_not_replace_its_landmark():
    # the first clause names only a village the index lacks and the town it lies north of;
    # the town of the joined deed ("and a trader died ... outside Kaura Namoda") is that
    # deed's place, not the first one's
    events = coder_extract(
        "A policeman was shot dead near the village of Kwanar Zabbo, north of Gusau, and a "
        "trader died in a bomb blast outside Kaura Namoda.", published="2024-01-12")
    assert [e.location for e in events] == ["Gusau - Kwanar Zabbo", "Kaura Namoda"]


@pytest.mark.slow
def test_a_landmark_too_far_to_measure_from_places_nothing():
    # villages the index lacks, "about 440 km" from the capital: not at the capital, nor at
    # a point projected that far; the country alone
    events = eventdesk.extract(
        "The same day, rebels captured two eastern villages, Kwanar Zabbo and Dutsin Kura, "
        "about 440 kilometers (275 miles) east of Khartoum.", published="1997-01-14")
    assert events and all(e.latitude is None and e.country == "Sudan" for e in events)


@pytest.mark.slow
def test_where_a_speaker_spoke_does_not_replace_the_clauses_landmark():
    # "north of Gusau" with no distance: near Gusau; Abuja is where the police spoke
    events = eventdesk.extract(
        "Gunmen raided a village north of Gusau on Saturday, killing six people, police said "
        "in Abuja.", published="2024-01-15")
    assert [(e.location, e.geo_precision) for e in events] == [("Gusau", 2)]
