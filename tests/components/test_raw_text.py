"""Numbers in digits or words, read alike for death counts and date phrases, and the
lowercase copy of a text that keeps its offsets."""

import pytest

from eventdesk.components.raw_text import lower_same_length, number_value


@pytest.mark.parametrize(
    "word, value",
    [
        ("one", 1), ("nine", 9), ("twelve", 12), ("nineteen", 19), ("twenty", 20),
        ("twenty-three", 23), ("Ninety-Nine", 99), ("forty two", 42), ("hundred", 100),
        ("a hundred", 100), ("two hundred", 200), ("three thousand", 3000),
        ("one hundred and five", 105), ("dozen", 12), ("a dozen", 12), ("two dozen", 24),
        ("half a dozen", 6), ("7", 7), ("2,000", 2000), ("1,250,000", 1250000),
        ("dozens", None), ("several", None), ("4th", None), ("twenty-x", None), ("", None),
        ("one two", None),
    ],
)
def test_number_value(word, value):
    assert number_value(word) == value


def test_the_lowercase_copy_keeps_every_offset():
    text = "İdlib: Gunmen KILLED 12"   # "İ" lowercases to two characters
    lowered = lower_same_length(text)
    assert len(lowered) == len(text)
    assert lowered[lowered.index("killed"):][:9] == "killed 12"
