"""A deed with no toll of its own takes 0 when a sentence after it, before any other deed,
says nobody was hurt (next_sources.take_zero_told_next): "no one was hurt" is 0, not null
(GUIDELINES.md, fatalities)."""

import pytest

import eventdesk


def _fatalities(text):
    return [(e.location, e.fatalities) for e in eventdesk.extract(text, published="2024-08-14")
            if e.location]


@pytest.mark.slow
def test_no_one_hurt_in_the_next_sentence_is_zero():
    assert _fatalities("A drone hit a fuel depot in Kharkiv on Tuesday, causing a fire, the "
                       "mayor said. No one was hurt.") == [("Kharkiv", 0)]


@pytest.mark.slow
def test_no_casualties_two_sentences_on_is_zero():
    assert _fatalities("Rockets hit an army base in Kirkuk on Tuesday, officials said. Thick "
                       "smoke rose over the city. There were no casualties, the army said.") \
        == [("Kirkuk", 0)]


@pytest.mark.slow
def test_a_deed_in_between_keeps_the_zero_for_itself():
    found = dict(_fatalities(
        "Rockets hit an army base in Kirkuk on Tuesday, wounding three soldiers. Gunmen "
        "attacked a checkpoint in Mosul on Wednesday. No one was killed."))
    assert found["Kirkuk"] is None
