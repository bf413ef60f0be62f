"""The report's countries: passing mentions drop out, and the scene's country comes first
(the whole rule is exercised through the pipeline in test_events_placing_scene.py)."""

import pytest

from eventdesk.components.events.preamble import opening_dateline
from eventdesk.components.scene import salient_countries


def test_a_passing_mention_drops_out():
    assert salient_countries([("SY", 10.0), ("TR", 3.0), ("GB", 1.0)]) == ["SY", "TR"]


def test_no_mentions_no_countries():
    assert salient_countries([]) == []


def test_a_dateline_in_capitals_or_title_case_opens_the_report():
    assert opening_dateline("ANKARA - Turkish forces").end() == len("ANKARA - ")
    assert opening_dateline("Kabul, Nov. 3 (Xinhua) -- Gunmen").end() \
        == len("Kabul, Nov. 3 (Xinhua) -- ")
    assert opening_dateline("Gunmen attacked Kabul on Monday.") is None
    # a bracketed source before the dash marks it without a day
    assert opening_dateline("Idlib (Observatory bulletin) - Russian jets").end() \
        == len("Idlib (Observatory bulletin) - ")
    assert opening_dateline("Idlib - Russian jets struck") is None


def test_a_title_case_dateline_with_only_a_spaced_long_dash_opens_the_report():
    # "Kandahar – Gunmen": no day nor source, but a spaced en or em dash after the name
    assert opening_dateline("Kandahar – Gunmen killed four").end() == len("Kandahar – ")
    assert opening_dateline("Port Harcourt — 12 people died").end() == len("Port Harcourt — ")
    # a hyphen, or a dash before a word in lower case, opens no dateline
    assert opening_dateline("Kandahar - Gunmen killed four") is None
    assert opening_dateline("Gunmen – some masked – stormed the village") is None


def test_a_dateline_in_accented_capitals_with_the_day_first_opens_the_report():
    # "CÚCUTA, 30 de octubre -": Spanish and French wire copy; not the body's first town
    assert opening_dateline("BOGOTÁ, 3 de marzo - (Translated) Gunmen").end() \
        == len("BOGOTÁ, 3 de marzo - ")
    assert opening_dateline("MÉRIDA - Gunmen").end() == len("MÉRIDA - ")
    assert opening_dateline("ABIDJAN, 12 March 2021 (AIP) - Gunmen").end() \
        == len("ABIDJAN, 12 March 2021 (AIP) - ")
    assert opening_dateline("Bogotá police said 14 people died") is None


def test_a_dateline_with_its_day_between_dashes_or_two_cities_opens_the_report():
    # "CITY – 5 March 2025 –" and "City/City, 11 February 2025 –": the day is the dateline's
    assert opening_dateline("MOSUL – 5 March 2025 – Gunmen killed").end() \
        == len("MOSUL – 5 March 2025 – ")
    assert opening_dateline("Erbil/Geneva, 11 February 2025 – The group said").end() \
        == len("Erbil/Geneva, 11 February 2025 – ")
    assert opening_dateline("Erbil/Geneva (ICRC) – The group said").end() \
        == len("Erbil/Geneva (ICRC) – ")


def test_a_dateline_whose_dash_became_a_run_of_spaces_opens_the_report():
    # "KIRKUK     At least": the same dateline as "KIRKUK - At least", not a town of the body
    assert opening_dateline("KIRKUK     At least 14 people").end() == len("KIRKUK     ")
    assert opening_dateline("Kirkuk police said 14 people died") is None


@pytest.mark.parametrize("opening, rest", [
    ("(Kigali) — ", "Soldiers killed four civilians"),          # a rights group's
    ("(Kigali) - ", "Soldiers killed four civilians"),
    ("TBILISI, NOVEMBER 8, GEOPRESS. ", "The Ministry said"),   # the agency's name last
    ("KAZAN, November 27. /TASS/. ", "Two militants were killed"),
    ("KAZAN, June 27. /TASS/ - ", "Units of the army"),
    ("MADURAI, Apr 1 (PTI) ", "Three militants were killed"),
    ("CÚCUTA, 30 de octubre - ", "(Translated) Five guards were killed"),   # a Spanish day
])
def test_an_agencys_dateline_ending_with_its_name_or_a_city_in_brackets_opens_the_report(
        opening, rest):
    assert opening_dateline(opening + rest).end() == len(opening)


@pytest.mark.parametrize("text", [
    "(Kigali and Goma) Soldiers killed four civilians",   # no dash after the brackets
    "KAZAN, Tatarstan. Two militants were killed",        # no day
    "MADURAI, May 5 gunmen killed three",                  # no source before the news
])
def test_a_text_opening_with_a_place_and_no_datelines_parts_has_none(text):
    assert opening_dateline(text) is None


def test_a_city_opening_the_report_before_its_source_is_no_place_of_the_strikes():
    """"Idlib (Observatory bulletin) - Russian warplanes carried out air strikes on Khan
    Shaykhun and Kafr Zita": the towns struck, not the city the bulletin was filed from."""
    import eventdesk

    events = eventdesk.extract("Idlib (Observatory bulletin) - Russian warplanes carried "
                               "out more than 20 air strikes since dawn today on Khan "
                               "Shaykhun and Kafr Zita.", published="2019-05-20")
    assert sorted(e.location for e in events) == ["Kafr Zayta", "Khan Shaykhun"]
