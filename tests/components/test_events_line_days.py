"""line_days: a digest's line that opens with its day dates the sentences of that line."""

import datetime as dt

import pytest

import eventdesk

BRIEF = ("Weekly security brief: the situation in the north deteriorated this week.\n\n"
         "INCIDENTS\n"
         "- 3 May: Jets struck a market in Aleppo, killing 12 civilians.\n"
         "- 6 May: Rebels shelled residential areas of Homs, killing two soldiers.\n\n"
         "OUTLOOK\nFurther strikes on markets are likely.")

LOG = ("Incident log:\n"
       "5 May - Aleppo district. Gunmen ambushed an army patrol near Aleppo. Three soldiers "
       "were killed.\n"
       "8 May - Homs district. Militants set fire to 20 houses in Homs.\n")


@pytest.mark.slow
def test_each_bullet_takes_the_day_it_opens_with(tiny_index):
    events = eventdesk.extract(BRIEF, published="2014-05-10", doc_id="bullets")
    assert sorted((e.location, e.event_date) for e in events) == [
        ("Aleppo", dt.date(2014, 5, 3)), ("Homs", dt.date(2014, 5, 6))]


@pytest.mark.slow
def test_a_day_and_district_label_dates_the_sentences_after_it(tiny_index):
    """"5 May - Aleppo district. Gunmen ambushed …": the label is a sentence of its own,
    its day the incident's, not the publication date's nor the line before's."""
    events = eventdesk.extract(LOG, published="2014-05-12", doc_id="log")
    assert sorted((e.location, e.event_date) for e in events) == [
        ("Aleppo", dt.date(2014, 5, 5)), ("Homs", dt.date(2014, 5, 8))]


@pytest.mark.slow
def test_a_day_inside_the_line_is_no_label(tiny_index):
    """A line whose day is a word of its sentence ("On 3 May, …") dates by that word; a
    later line without a label of its own is not dated by it."""
    text = ("Jets struck a market in Aleppo on 3 May, killing 12 civilians.\n"
            "Rebels shelled residential areas of Homs on Thursday, killing two soldiers.")
    events = eventdesk.extract(text, published="2014-05-10", doc_id="inside")
    assert sorted((e.location, e.event_date) for e in events) == [
        ("Aleppo", dt.date(2014, 5, 3)), ("Homs", dt.date(2014, 5, 8))]


def test_a_bulleted_day_stays_with_its_item_under_a_heading_in_capitals():
    """"INCIDENTS" then "- 2 March: Gangs stormed …": the heading is no dateline (its
    next line's hyphen is a bullet, no dateline's dash) and the bullet's day is kept with
    the item it labels, one sentence."""
    import spacy

    from eventdesk.components.events.preamble import DATELINE, LINE_LABEL
    from eventdesk.components.stages import paragraphs

    text = ("The week was tense.\n\nINCIDENTS\n- 2 March: Gangs stormed the jail.\n"
            "- 3 March: Gangs overran the prison.")
    doc = paragraphs(spacy.blank("en")(text))
    starts = [t.text for t in doc if t.is_sent_start is True]
    assert starts == ["The", "INCIDENTS", "-", "-"]
    assert DATELINE.match("INCIDENTS\n- 2 March: Gangs stormed the jail.") is None
    assert LINE_LABEL.match("- 2 March: Gangs").group() == "- 2 March: "
    assert DATELINE.match("BAGHDAD, July 6 - Gunmen killed two.") is not None
