"""The preamble's title-case datelines (`preamble.titled_place_dateline`): "Lokoja: …",
"Kohima, Mar 3: …", "Lafia - …", "Silchar, Jun 4 (PTI) …" are where the report was filed
when the places stage read the name as a town; "Police: …", "Analysis - …" and a country's
"Nigeria: …" open a sentence or a headline."""

from types import SimpleNamespace

import pytest


def _doc(text: str, towns=(), kind: str = "place"):
    """A blank Doc of `text` whose places stage found `towns` (names, each a mention of
    `kind`)."""
    import spacy

    from eventdesk.extensions import register_extensions

    register_extensions()
    doc = spacy.blank("en")(text)
    doc._.places = [SimpleNamespace(start=0, end=1, start_char=text.index(t),
                                    end_char=text.index(t) + len(t), kind=kind,
                                    candidates=[object()]) for t in towns]
    return doc


@pytest.mark.parametrize(("text", "town", "dateline"), [
    ("Lokoja: A trader was shot dead near the market.", "Lokoja", "Lokoja: "),
    ("Kohima, Mar 3: Four insurgents died in a gunfight at Mon.", "Kohima", "Kohima, Mar 3: "),
    ("Lafia - Raiders burned 20 homes in Tse-Adoor.", "Lafia", "Lafia - "),
    ("Santa Rosa: A councillor was shot outside his home.", "Santa Rosa", "Santa Rosa: "),
    ("Silchar, Jun 4 (PTI) Unidentified men threw a bomb at a shop.", "Silchar",
     "Silchar, Jun 4 (PTI) "),
    ("Sukkur - March 9, 2023:\nOn 8 March police raided a compound.", "Sukkur",
     "Sukkur - March 9, 2023:\n"),
])
def test_a_title_case_town_opening_the_report_is_its_dateline(text, town, dateline):
    from eventdesk.components.events.preamble import preamble_end

    doc = _doc(text, [town])
    assert text[:preamble_end(doc)] == dateline


@pytest.mark.parametrize(("text", "towns", "kind"), [
    # no place at all: a label or a sentence's subject
    ("Police: Gunmen killed two people in Bokkos on Monday.", [], "place"),
    ("Analysis - Gunmen killed two people in Bokkos on Monday.", [], "place"),
    # a country opens a headline, not a dateline
    ("Nigeria: Gunmen killed two people in Bokkos on Monday.", ["Nigeria"], "country"),
    # a town's name with neither colon nor dash after it: a sentence's subject
    ("Kaduna Gunmen killed two people in Bokkos on Monday.", ["Kaduna"], "place"),
    # a town whose name goes on ("Khartoum North"): the index did not read the whole name
    ("Khartoum North - Troops retook Halfaya.", ["Khartoum"], "place"),
])
def test_no_dateline_without_a_whole_town_and_its_mark(text, towns, kind):
    from eventdesk.components.events.preamble import preamble_end

    assert preamble_end(_doc(text, towns, kind)) == 0


def test_a_title_case_dateline_after_the_headline():
    from eventdesk.components.events.preamble import preamble_end

    text = "Raiders torch homes in Nasarawa village\nLafia - Raiders burned 20 homes in Tse-Adoor."
    assert text[:preamble_end(_doc(text, ["Lafia"]))].endswith("\nLafia - ")



def test_a_ticker_s_town_headings_are_no_dateline():
    """"Lokoja: … Kohima: …": each item opens on its own town, so the first is an item's
    heading, not where the whole report was filed; one item alone is a dateline."""
    import spacy

    from eventdesk.components.events.preamble import preamble_end
    from eventdesk.extensions import register_extensions

    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for text, dateline in [
            ("Lokoja: Gunmen shot a trader. Kohima: A bomb wounded two men.", ""),
            ("Lokoja: Gunmen shot a trader. Police said Kohima was calm.", "Lokoja: ")]:
        doc = nlp(text)
        doc._.places = [SimpleNamespace(start=0, end=1, start_char=text.index(town),
                                        end_char=text.index(town) + len(town), kind="place",
                                        candidates=[object()]) for town in ("Lokoja", "Kohima")]
        assert text[:preamble_end(doc)] == dateline


@pytest.mark.parametrize(("text", "body"), [
    ("Lagos Correspondent, example-news.com\nThree traders were shot dead in Oshodi.",
     "Three traders"),
    ("Written by Metro Desk\nKano | Updated: March 3, 2024 10:15 IST\nPolice fired tear gas "
     "at traders on Saturday.", "Police fired"),
    ("By Ada Obi, Enugu\nStaff Reporter\nGunmen burned a market on Monday.", "Gunmen"),
    ("From Chidi Eze, Owerri\nArsonists torched a ward office overnight.", "Arsonists"),
    ("Posted: Friday, 7 June 2024 08:40\nMilitiamen looted a depot.", "Militiamen"),
    ("STAFF REPORTER\nA mob stoned a patrol van in Umuahia.", "A mob"),
])
def test_a_byline_or_a_time_stamp_line_is_part_of_the_preamble(text, body):
    """Who filed the report and when it was updated, each on a line of its own, are no
    news: the body, its dates and places start after them."""
    from eventdesk.components.events.preamble import preamble_end

    assert preamble_end(_doc(text)) == text.index(body)


@pytest.mark.parametrize("text", [
    "By Friday the rebels had taken the town of Bama and its market from the army\nTwo died.",
    "Our correspondent saw troops shell the camp.\nTwo died.",
    "Two traders killed in a market raid\nPolice said three men were held.",
    "Raiders beat our Owerri Correspondent on Friday, the editor said. \nTwo were held.",
    '"Raiders beat our Bureau chief on Friday," an editor said\nTwo were held.',
])
def test_a_sentence_is_no_byline(text):
    """A line of more than ten words, one closed by a full stop or a quote (even with a space
    after it), or one with no byline's words is the report's own."""
    from eventdesk.components.events.preamble import after_bylines

    assert after_bylines(text, 0) == 0


def test_a_dateline_under_a_byline_is_part_of_the_preamble():
    """"Headline\nBy …\nOWERRI (Wire) - …": the dateline opens the body under the byline."""
    from eventdesk.components.events.preamble import preamble_end

    text = ("Depot looted in Owerri\nBy Chidi Eze\nOWERRI, Nigeria (Wire) - Militiamen looted "
            "a depot on Friday.")
    assert preamble_end(_doc(text)) == text.index("Militiamen")
