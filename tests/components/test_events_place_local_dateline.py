"""A local daily's title-case dateline ("Ranchi: ", "Jos - ", "Arusha. "): the report's
preamble when the places stage reads its name as a town (`preamble.local_dateline`), not the
body's first town; its town still places the lead's deed that the lead places nowhere, and
every deed of a body that names no town (placing/local_dateline.py). Made-up towns."""

import pytest
import spacy

from eventdesk.components.events.preamble import local_dateline, opening_dateline
from eventdesk.extensions import register_extensions
from eventdesk.geo.candidates import Candidate, PlaceMention


def _doc(text, *, kind="place"):
    """`text` with its first word read as a place mention of `kind`."""
    register_extensions()
    doc = spacy.blank("en")(text)
    name = doc[0]
    cand = Candidate(geonameid=1, name=name.text, country_code="IN", country="India",
                     admin1="Tavara", admin2=None, feature_class="P", feature_code="PPL",
                     population=90_000, latitude=20.0, longitude=80.0, match="exact",
                     reasons=["exact name"])
    doc._.places = [PlaceMention(0, 1, 0, len(name.text), name.text, [cand], kind=kind)]
    return doc


@pytest.mark.parametrize("opening, rest", [
    ("Dandari: ", "A Maoist was killed in an encounter on Monday."),   # a colon
    ("Dandari - ", "Gunmen killed four farmers on Monday."),           # a spaced hyphen
    ("Dandari. ", "A police officer was killed on Monday."),           # a full stop
])
def test_a_local_dailys_town_in_title_case_opens_the_report(opening, rest):
    match = local_dateline(_doc(opening + rest))
    assert match is not None and match.end() == len(opening)


@pytest.mark.parametrize("text, kind", [
    ("Tavara: Gunmen killed four farmers in a village on Monday.", "region"),  # a state
    ("Police: Gunmen killed four farmers on Monday.", None),                  # no place
])
def test_a_state_or_a_word_that_is_no_place_opens_no_dateline(text, kind):
    doc = _doc(text, kind=kind or "place")
    if kind is None:
        doc._.places = []
    assert local_dateline(doc) is None


def test_a_wire_dateline_is_no_local_one():
    # the wire's dateline is read as it always was; a hyphen alone still opens no dateline
    assert local_dateline(_doc("DANDARI, May 3 (Wire) - Gunmen killed four.")) is None
    assert opening_dateline("Dandari - Gunmen killed four") is None


@pytest.fixture
def tavara_index(tiny_index_with):
    """An invented state of India with a district seat and a town 40 km away."""
    return tiny_index_with(places=[
        (9100601, "Dandari", "Dandari", "", 20.0, 81.0, "P", "PPLA2", "IN", "41", 90_000),
        (9100602, "Kelmora", "Kelmora", "", 20.3, 81.2, "P", "PPL", "IN", "41", 30_000),
        (9100603, "Tavara", "Tavara", "", 20.5, 81.5, "A", "ADM1", "IN", "41", 25_000_000),
    ], admin1=[("IN.41", "Tavara", "Tavara", 9100603)])


@pytest.mark.slow
def test_the_body_places_its_deeds_and_the_dateline_is_no_scene(tavara_index):
    import eventdesk

    events = eventdesk.extract(
        "Dandari: Three persons were killed in Kelmora on Thursday as supporters of two "
        "parties clashed outside the block office. Witnesses said shots were fired as the "
        "two sides fought pitched battles on the highway for several hours.",
        published="2023-06-16")
    assert events and all(e.location != "Dandari" for e in events)


@pytest.mark.slow
def test_a_lead_that_names_no_place_is_at_the_dateline_town(tavara_index):
    import eventdesk

    events = eventdesk.extract(
        "Dandari: Suspected Maoists shot dead a village headman on Monday night, police "
        "said. In Kelmora, security forces killed two rebels in an encounter on Tuesday.",
        published="2023-06-16")
    headman = next(e for e in events if e.event_type == "Violence against civilians")
    assert headman.location == "Dandari"
