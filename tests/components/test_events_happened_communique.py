"""What an official communiqué tells that is no incident (happened/communique.py), and the
incidents told beside such wording that stay: a deed with its own day or town in a
week-long campaign, a single barrage counted in shells, a deed of a few days between two
dates, a deed joined by "and" to a gloss on a word."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.records import Document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _code(pipeline, text):
    doc = pipeline.parse(Document(text=text, doc_id="communique",
                                  published=dt.date(2024, 8, 10)), classifier=False)
    whys = [why for _, _, outcome, why in doc.user_data[DECISIONS_KEY]
            if outcome == "not happened"]
    return list(doc._.events), whys


OFFICIAL = {"glossary", "period_assessment", "campaign_summed", "counted_strikes"}


@pytest.mark.parametrize(("text", "cue"), [
    ("Officials said 40 insurgents died in weeks-long operations in the hills.",
     "campaign_summed"),
    ("The invaders carried out four rocket strikes and 51 air raids, according to the "
     "general staff.", "counted_strikes"),
    ("The invaders carried out four rocket strikes and 51 air raids and used 600 attack "
     "drones, the general staff said.", "counted_strikes"),
    ("The army said dozens of rebels were killed in month-long military operations in the "
     "northern regions of Kunar and Nuristan.", "campaign_summed"),
    ("Border guards detained eleven smugglers of fuel and arms during the period from 4 "
     "July to 18 July.", "period_assessment"),
    ("Commanders use the label \"neutralised\" to imply the gunmen fled, or were killed or "
     "arrested.", "glossary"),
])
def test_an_official_tally_or_gloss_is_no_incident(pipeline, text, cue):
    events, whys = _code(pipeline, text)
    assert events == [] and cue in whys, whys


def test_a_deed_with_its_own_day_and_town_in_a_long_campaign_stays(pipeline):
    """A campaign's week-long operations named beside a deed's own town and day: one
    incident of the campaign, no summed toll."""
    events, whys = _code(pipeline, (
        "Three soldiers died in Bannu on Friday in week-long army operations against "
        "militants."))
    assert len(events) == 1 and events[0].fatalities == 3, whys
    assert not OFFICIAL & set(whys), whys


def test_shells_fired_at_a_target_with_a_toll_are_one_attack(pipeline):
    """Munitions counted are one barrage's, not a staff's tally of strikes; a toll and a
    definite target tell the incident."""
    events, whys = _code(pipeline, (
        "Residents of Tal Afar woke on Tuesday to heavy shelling. The army fired 40 mortar "
        "rounds and 25 rockets at the district, killing six civilians."))
    assert events and max(e.fatalities or 0 for e in events) == 6, whys
    assert "counted_strikes" not in whys, whys


def test_a_deed_of_a_few_days_between_two_dates_stays(pipeline):
    """"Shelled the district from 6 to 8 June": coded at the middle day, no periodic tally;
    nor is a deed over a longer span in a sentence that names its town."""
    events, whys = _code(pipeline, (
        "The army shelled the district from 6 June to 8 June, killing 14 civilians."))
    assert "period_assessment" not in whys, whys
    # a span of two weeks in a sentence that names its town
    events, whys = _code(pipeline, (
        "Border guards detained eleven smugglers in the town of Tal Afar during the period "
        "from 4 July to 18 July."))
    assert "period_assessment" not in whys, whys


def test_a_deed_joined_to_a_gloss_is_told(pipeline):
    """The gloss covers the clauses inside it ("when militants are killed"), not a deed
    joined to it by "and" with its own day and town."""
    events, whys = _code(pipeline, (
        "Officials use the word \"neutralized\" when fighters are killed, and on Friday "
        "soldiers neutralized nine fighters in Tal Afar."))
    assert len(events) == 1 and "glossary" not in whys, whys
