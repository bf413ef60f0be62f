"""civilians.py `_shared_passive_subject`: a second passive verb with no subject of its own
("stoned and hacked to death") harmed the subject of the verb it is joined to; a joined verb
with a subject of its own harmed no one of the first."""

import pytest

from eventdesk.components.events.subtype.civilians import _shared_passive_subject
from eventdesk.nlp import load_spacy


@pytest.fixture(scope="module")
def nlp():
    return load_spacy()


def test_a_second_passive_verb_shares_the_subject(nlp):
    doc = nlp("A trader was stoned and hacked to death at dawn.")
    hacked = next(t for t in doc if t.lower_ == "hacked")
    assert [t.lower_ for t in _shared_passive_subject(hacked)] == ["trader"]


def test_a_joined_verb_with_its_own_subject_shares_none(nlp):
    doc = nlp("A trader was stoned and his stall was burned at dawn.")
    burned = next(t for t in doc if t.lower_ == "burned")
    assert _shared_passive_subject(burned) == []
