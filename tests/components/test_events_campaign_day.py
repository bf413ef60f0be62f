"""A nationwide campaign named as the day of a local deed ("on the first day of the
nationwide protest") is the campaign's name, not a tally over the country
(happened/campaign_day.py)."""

import pytest

from eventdesk.components.events.happened.campaign_day import names_a_campaigns_day
from eventdesk.nlp import load_spacy


@pytest.fixture(scope="module")
def nlp():
    return load_spacy()


def _char(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.slow
def test_nationwide_on_the_campaigns_day_names_the_campaign(nlp):
    text = "Students gathered at the stadium in Tal Afar on the first day of the nationwide strike."
    assert names_a_campaigns_day(nlp(text), _char(text, "nationwide"))
    # said of the deed itself, it is a tally over the country
    text = "Police arrested hundreds of protesters nationwide on Monday."
    assert not names_a_campaigns_day(nlp(text), _char(text, "nationwide"))
    text = "Police arrested 300 people in nationwide protests on Monday."
    assert not names_a_campaigns_day(nlp(text), _char(text, "nationwide"))


@pytest.mark.slow
def test_a_protest_on_the_campaigns_first_day_keeps_its_place():
    import eventdesk

    events = eventdesk.extract(
        "Police on Thursday fired teargas at protesters who gathered at the stadium in Aleppo "
        "on the first day of the nationwide protest.", published="2024-08-02")
    assert events and all(e.event_type == "Protests" for e in events)
    assert any(e.admin1 == "Aleppo" for e in events)


@pytest.mark.slow
def test_one_of_many_rallies_held_nationwide_is_a_local_instance(nlp):
    from eventdesk.components.events.happened.campaign_day import names_one_of_many

    text = ("Some 800 nurses marched in Tal Afar on Sunday in one of about 200 marches "
            "staged nationwide over pay.")
    assert names_one_of_many(nlp(text), _char(text, "nationwide"))
    text = "About 200 marches were staged nationwide on Sunday."
    assert not names_one_of_many(nlp(text), _char(text, "nationwide"))
    # "one of" a stretch of time is no protest among many: the tally stays
    text = ("In one of the bloodiest weeks of the unrest nationwide, troops killed 40 "
            "marchers across the country on Sunday.")
    assert not names_one_of_many(nlp(text), _char(text, "nationwide"))


@pytest.mark.slow
def test_a_rally_that_is_one_of_many_nationwide_is_coded_at_its_place():
    import eventdesk

    events = eventdesk.extract(
        "Some 800 nurses marched in Aleppo on Sunday in one of about 200 marches staged "
        "nationwide over pay.", published="2024-08-05")
    assert [(e.sub_event_type, e.admin1) for e in events] == [("Peaceful protest", "Aleppo")]
    # the tally alone stays no event
    assert not eventdesk.extract("About 200 marches were staged nationwide on Sunday.",
                                 published="2024-08-05")
