"""A place the text names as an exception is not the scene (issue 9): "captured a hill in
the province of Diego Suarez, the only area other than Toamasina that he still held"."""

import pytest

from eventdesk.components.events.place_mentions import excepted


@pytest.mark.parametrize("words, heads, deps, expected", [
    # "the only area other than Toamasina": the place the scene is not
    (["area", "other", "than", "Toamasina"], [0, 0, 1, 2], ["ROOT", "amod", "prep", "pobj"],
     True),
    (["towns", "apart", "from", "Goma"], [0, 0, 1, 2], ["ROOT", "advmod", "prep", "pobj"],
     True),
    (["towns", "except", "Goma"], [0, 0, 1], ["ROOT", "prep", "pobj"], True),
    # controls: "more than Goma" is no exception, "fled from Goma" a way away
    (["larger", "than", "Goma"], [0, 0, 1], ["ROOT", "prep", "pobj"], False),
    (["fled", "from", "Goma"], [0, 0, 1], ["ROOT", "prep", "pobj"], False),
])
def test_a_place_named_as_an_exception_is_set_aside(parsed, words, heads, deps, expected):
    doc = parsed(words=words, heads=heads, deps=deps)
    assert excepted(doc[len(words) - 1]) is expected
