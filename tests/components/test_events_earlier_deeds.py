"""A day told of a deed noun the clause's deed follows ("following the shooting of X on
Tuesday") is that deed's day (events/earlier_deeds.py), on sentences written for these
tests."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.earlier_deeds import dates_an_earlier_deed
from eventdesk.records import Document

PUBLISHED = "2024-09-08"


def _coded(text: str) -> list[tuple[str, dt.date]]:
    events = eventdesk.extract(text, published=PUBLISHED, doc_id="earlier-deed")
    return sorted((e.sub_event_type, e.event_date) for e in events)


@pytest.mark.slow
def test_the_day_of_a_deed_followed_does_not_date_the_riot():
    """The riot has no day of its own: the report's day, not the shooting's Tuesday."""
    text = ("Youths torched cars and public buildings in Lyon for a third night following "
            "the fatal shooting of a teenager by a police officer in Nanterre on Tuesday "
            "morning.")
    coded = _coded(text)
    assert ("Violent demonstration", dt.date(2024, 9, 3)) not in coded
    assert ("Attack", dt.date(2024, 9, 3)) in coded


@pytest.mark.slow
def test_a_day_inside_the_object_of_following_is_the_deed_nouns():
    doc = eventdesk.load().parse(Document(
        text="Youths torched cars and public buildings in Lyon for a third night following "
             "the fatal shooting of a teenager by a police officer in Nanterre on Tuesday "
             "morning.", doc_id="earlier-deed", published=dt.date(2024, 9, 8)))
    tuesday = next(t for t in doc if t.text == "Tuesday")
    lyon = next(t for t in doc if t.text == "Lyon")
    torched = doc[1]
    assert dates_an_earlier_deed(doc, tuesday, torched)
    assert not dates_an_earlier_deed(doc, lyon, torched)


@pytest.mark.slow
def test_a_possessive_day_of_the_deed_answered_is_not_the_arrests():
    """"arrested two suspects in connection with Monday's bombing": the bombing's Monday,
    not the day of the arrests, which the report tells as its own day's news."""
    text = ("Police arrested two suspects in Maiduguri in connection with Monday's bombing "
            "of a mosque.")
    assert _coded(text) == [("Arrests", dt.date(2024, 9, 8))]


@pytest.mark.slow
def test_a_possessive_day_of_the_deed_itself_dates_it():
    """"killed in Friday's attack": the attack is the killing's own deed, its day Friday."""
    text = "Three soldiers were killed in Friday's attack on a base near Gao."
    assert [date for _, date in _coded(text)] == [dt.date(2024, 9, 6)]
