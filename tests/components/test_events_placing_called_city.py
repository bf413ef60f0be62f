"""A place the report calls a city, read by another spelling far from every place the report
names, is the index's city, not a namesake village (placing/called_city.py). Over the tiny
hand-made index (tests/geo/geonames_files.py), which knows Tall Qirmish in Aleppo province
and not "Tall Qirmesh"."""

import pytest
import spacy

import eventdesk
from eventdesk.components.events.placing.called_city import called_a_city
from eventdesk.records import Place

pytestmark = pytest.mark.slow


@pytest.fixture
def afghan_index(tiny_index_with):
    # Kabul, and a city some 300 km off that the report spells otherwise than the index
    return tiny_index_with(places=[
        (1138958, "Kabul", "Kabul", "", 34.52813, 69.17233, "P", "PPLC", "AF", "13", 4434550),
        (1133616, "Mazār-e Sharīf", "Mazar-e Sharif", "", 36.70904, 67.11087, "P", "PPLA",
         "AF", "30", 523300)],
        admin1=[("AF.13", "Kabul", "Kabul", 1138957), ("AF.30", "Balkh", "Balkh", 1147290)])


@pytest.mark.parametrize("noun, placed", [("city", ("Mazar-e Sharif", "Balkh")),
                                          ("village", (None, None))])
def test_a_loose_spelling_the_report_calls_a_city_is_that_city(afghan_index, noun, placed):
    events = eventdesk.extract(
        "A suicide bomber killed 20 people at a school in Kabul on Friday, police said. On "
        f"Sunday, women protested peacefully in the northern {noun} of Mazar-i-Sharif, "
        "witnesses said.", published="2022-10-03")
    [event] = [e for e in events if e.sub_event_type == "Peaceful protest"]
    assert (event.admin1, event.latitude is not None) == (placed[1], placed[0] is not None)


@pytest.mark.parametrize("text, called", [
    ("protested in the northern city of Mazar-i-Sharif on Sunday", True),
    ("protested in the city Mazar-i-Sharif on Sunday", True),
    ("protested in the village of Mazar-i-Sharif on Sunday", False),
    ("protested in the city of Kunduz on Sunday", False),
])
def test_called_a_city(text, called):
    doc = spacy.blank("en")(text)
    place = Place(country="Afghanistan", country_code="AF", location="Mazar-e Sharif")
    assert called_a_city(doc, place) is called
