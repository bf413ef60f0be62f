"""line_days: a digest's line that opens with its day dates the sentences of that line; a
single labelled line, or a sentence with a day of its own before, leaves the carried day."""

import datetime as dt

import pytest
import spacy

import eventdesk
from eventdesk.components.dates import find_dates
from eventdesk.components.events.line_days import line_day

BRIEF = ("Weekly security brief: the situation in the north deteriorated this week.\n\n"
         "INCIDENTS\n"
         "- 3 May: Jets struck a market in Aleppo, killing 12 civilians.\n"
         "- 6 May: Rebels shelled residential areas of Homs, killing two soldiers.\n\n"
         "OUTLOOK\nFurther strikes on markets are likely.")

# A log whose label (day, then the area) is a sentence of its own
LOG = ("Field notes\n"
       "14 June – around Sanaa. A roadside bomb tore through a minibus near Sanaa; four "
       "passengers died.\n"
       "17 June – Aden port. Jets hit a fuel depot in Aden.\n")


def _doc(text: str, published: dt.date):
    """A blank Doc with the report's dates, as line_day reads them."""
    doc = spacy.blank("en")(text)
    doc.user_data[("._.", "dates", None, None)] = find_dates(text, published)
    return doc


def _sentence(doc, words: str):
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), alignment_mode="expand")


@pytest.mark.slow
def test_each_bullet_takes_the_day_it_opens_with(tiny_index):
    events = eventdesk.extract(BRIEF, published="2014-05-10", doc_id="bullets")
    assert sorted((e.location, e.event_date) for e in events) == [
        ("Aleppo", dt.date(2014, 5, 3)), ("Homs", dt.date(2014, 5, 6))]


@pytest.mark.slow
def test_a_day_and_area_label_dates_the_sentences_after_it(tiny_index):
    """"14 June – around Sanaa. A roadside bomb …": the label is a sentence of its own,
    its day the incident's, not the publication date's nor the line before's."""
    events = eventdesk.extract(LOG, published="2014-06-20", doc_id="log")
    assert sorted((e.location, e.event_date) for e in events) == [
        ("Aden", dt.date(2014, 6, 17)), ("Sanaa", dt.date(2014, 6, 14))]


def test_a_day_inside_the_line_is_no_label():
    """In a digest, a line whose day is a word of its sentence ("3 June, jets …", no colon
    nor dash after it) has no label; the labelled lines do."""
    text = ("- 1 June: Rebels shelled Homs.\n- 2 June: Jets struck Aleppo.\n"
            "3 June, jets struck a bakery in Aden.")
    doc = _doc(text, dt.date(2014, 6, 5))
    assert line_day(doc, _sentence(doc, "Rebels shelled Homs.")).date == dt.date(2014, 6, 1)
    assert line_day(doc, _sentence(doc, "jets struck a bakery in Aden.")) is None


def test_one_labelled_line_is_no_digest():
    """"3 May - The army said …": one line opening with a day is a lead's day, not a
    digest's label; the sentences after it carry the day told before them."""
    text = ("3 May - The army said militants attacked a base in Homs on Wednesday. Gunmen "
            "also shot dead two policemen in Aleppo.")
    doc = _doc(text, dt.date(2014, 5, 3))
    assert line_day(doc, _sentence(doc, "Gunmen also shot dead")) is None


def test_a_sentence_with_a_day_of_its_own_stops_the_label():
    text = ("- 2 June: Rebels shelled Homs. On Sunday, gunmen killed a farmer in Aleppo. They "
            "also burned a shop.\n- 4 June: Jets struck Aden.")
    doc = _doc(text, dt.date(2014, 6, 5))
    assert line_day(doc, _sentence(doc, "Rebels shelled Homs.")).date == dt.date(2014, 6, 2)
    assert line_day(doc, _sentence(doc, "They also burned a shop.")) is None


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "May 3 - The army said militants attacked a base in Homs on Wednesday. Gunmen also shot "
    "dead two farmers in Aleppo.",
    "3 May: On Wednesday, militants attacked a base in Homs, the army said. Gunmen also shot "
    "dead two farmers in Aleppo.",
])
def test_a_lone_labelled_line_leaves_the_carried_day(tiny_index, text):
    """Published on Saturday 3 May: Wednesday is 30 April, and the killing told after the
    attack, with no day of its own, carries it, not the line's 3 May."""
    events = eventdesk.extract(text, published="2014-05-03", doc_id="lone")
    assert dict((e.location, e.event_date) for e in events)["Aleppo"] == dt.date(2014, 4, 30)


def test_a_bulleted_day_stays_with_its_item_under_a_heading_in_capitals():
    """"ROUNDUP" then "* 11 April: Bandits looted …": the heading is no dateline and the
    bullet's day is kept with the item it labels, one sentence."""
    from eventdesk.components.events.preamble import DATELINE, LINE_LABEL
    from eventdesk.components.stages import paragraphs

    text = ("Quiet start to the month.\n\nROUNDUP\n* 11 April: Bandits looted the market.\n"
            "* 12 April: Bandits torched a granary.")
    doc = paragraphs(spacy.blank("en")(text))
    starts = [t.text for t in doc if t.is_sent_start is True]
    assert starts == ["Quiet", "ROUNDUP", "*", "*"]
    assert DATELINE.match("ROUNDUP\n- 11 April: Bandits looted the market.") is None
    assert LINE_LABEL.match("* 11 April: Bandits").group() == "* 11 April: "
    assert DATELINE.match("BAGHDAD, July 6 - Gunmen killed two.") is not None


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_any_dash_opening_the_line_under_a_heading_is_a_bullet(dash):
    """"SUMMARY\\n– 9 July: …": a heading over an en- or em-dash bullet is no dateline."""
    from eventdesk.components.events.preamble import DATELINE, LINE_LABEL
    from eventdesk.components.stages import paragraphs

    text = f"SUMMARY\n{dash} 9 July: Troops raided a village.\n{dash} 10 July: Troops left."
    assert DATELINE.match(text) is None
    assert LINE_LABEL.match(f"{dash} 9 July: Troops").group() == f"{dash} 9 July: "
    doc = paragraphs(spacy.blank("en")(text))
    assert [t.text for t in doc if t.is_sent_start is True] == ["SUMMARY", dash, dash]


@pytest.mark.slow
def test_an_en_dash_bulleted_digest_under_a_heading_keeps_its_days(tiny_index):
    text = ("SUMMARY\n– 3 May: Jets struck a market in Aleppo, killing 12 civilians.\n"
            "– 6 May: Rebels shelled residential areas of Homs, killing two soldiers.")
    events = eventdesk.extract(text, published="2014-05-10", doc_id="endash")
    assert sorted((e.location, e.event_date) for e in events) == [
        ("Aleppo", dt.date(2014, 5, 3)), ("Homs", dt.date(2014, 5, 6))]
