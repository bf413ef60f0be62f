""""Residents of X said gunmen burned houses in the village": the town the clause refers back
to is the residents' town its sentence names, though the index lacks it -- not the town an
earlier sentence's deed was at (`anaphora.residents_town`, issue 8)."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

EARLIER = ("MAIDUGURI - A suicide bomber struck a market in Maiduguri on Monday, killing six "
           "people. ")


def _second(text):
    events = eventdesk.extract(EARLIER + text, published="2024-03-06")
    return next(e for e in events if "Tuesday" in (e.evidence or ""))


@pytest.mark.parametrize("text", [
    "In a separate attack, residents of Kwatandaji said gunmen burned houses in the village "
    "on Tuesday.",
    "Residents of Kwatandaji said soldiers fought gunmen outside the town on Tuesday.",
])
def test_the_residents_town_the_index_lacks_is_what_the_town_refers_to(text):
    event = _second(text)
    assert (event.location, event.latitude) == ("Kwatandaji", None)  # not Maiduguri


def test_the_residents_town_the_index_knows_is_read_as_before():
    event = _second("In a separate attack, residents of Konduga said gunmen burned houses in "
                    "the village on Tuesday.")
    assert event.location == "Konduga"
