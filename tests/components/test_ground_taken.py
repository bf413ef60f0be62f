"""Ground taken with a bare "take" (components/ground_taken.py): a capture only where an
armed side takes a place's name; never "took part", a captive, a place no one armed took."""

from types import SimpleNamespace

import pytest

from eventdesk.components.trigger_finder import TriggerFinder
from eventdesk.extensions import register_extensions
from eventdesk.nlp import load_spacy

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    register_extensions()
    return load_spacy()


@pytest.fixture(scope="module")
def finder(nlp):
    return TriggerFinder(nlp)


def _found(nlp, finder, text, places, armed):
    doc = nlp(text)
    words = [t.text for t in doc]
    doc._.places = [SimpleNamespace(start=words.index(n), end=words.index(n) + 1, kind="place")
                    for n in places if n in words]
    doc._.actors = [SimpleNamespace(start=words.index(n), end=words.index(n) + 1,
                                    role_hint="armed") for n in armed if n in words]
    return {(m.text, m.category) for m in finder(doc)}


@pytest.mark.parametrize("text", [
    "The rebels took Varsko and Delmin on Sunday.",
    "Rebel fighters took Varsko, the capital of the province, on Friday.",
    "Varsko was taken by the rebels on Friday.",
    "The rebels took Varsko by storm on Friday.",
    # another's hostages told in a clause of its own do not make the town a captive
    "The rebels took Varsko on Friday after gunmen took hostages in Delmin.",
])
def test_an_armed_side_taking_a_named_place_is_a_capture(nlp, finder, text):
    found = _found(nlp, finder, text, ["Varsko", "Delmin"], ["rebels", "fighters"])
    assert any(category == "capture" for _, category in found)


@pytest.mark.parametrize(("text", "armed"), [
    ("The rebels took part in talks in Varsko on Friday.", ["rebels"]),
    ("The rebels took the wounded to Varsko on Friday.", ["rebels"]),
    ("The new governor took Varsko by surprise with his speech.", []),
    ("The rebels took Varsko hostage for a week, the mayor joked.", ["rebels"]),
    ("The rebels took Varsko prisoner for a week, the mayor joked.", ["rebels"]),
    # idioms: the place is no ground taken
    ("The rebels took Varsko for granted and left it lightly guarded.", ["rebels"]),
    ("The rebels took Varsko as their base for the march south.", ["rebels"]),
    ("The rebels took Varsko's wounded to Delmin on Friday.", ["rebels"]),
])
def test_take_is_no_capture_without_a_place_taken_by_an_armed_side(nlp, finder, text, armed):
    found = _found(nlp, finder, text, ["Varsko"], armed)
    assert not any(category == "capture" for _, category in found)
