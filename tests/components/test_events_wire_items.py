"""How wire copy strings items together: a ticker's later entry, a toll summed over weeks,
arrests told in a protest's sentence, a tally after a fight, a part of "the capital", a
sentence-opening "Meanwhile" that marks both verbs of one deed (study of dev20's kind of
report: snippets, briefs, round-ups, tickers)."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


def _coded(text, published="2022-05-14"):
    return [(e.sub_event_type, e.event_date, e.location, e.fatalities)
            for e in eventdesk.extract(text, published=published)]


def test_a_toll_summed_over_a_week_adds_nothing_to_the_entry_before_it():
    events = _coded("10:05 Two missiles hit a warehouse in Odesa, the city council said. "
                    "Nobody was hurt.\n11:30 The ministry claims 800 soldiers were killed "
                    "over the past week.")
    assert [(s, str(d)) for s, d, _, _ in events] == [
        ("Shelling/artillery/missile attack", "2022-05-14")]
    # control: a bare toll of its own day completes the strike
    [(_, _, _, dead)] = _coded("Two missiles hit a warehouse in Odesa on Saturday, the city "
                               "council said. Three people were killed.")
    assert dead == 3


def test_arrests_told_in_a_protests_own_sentence_are_its_intervention():
    events = _coded("Hundreds of residents rallied in Kherson's central square against the "
                    "occupation; troops fired tear gas and detained at least six people.")
    assert [s for s, _, _, _ in events] == ["Protest with intervention"]


def test_the_captured_and_dead_of_a_fight_are_its_tally():
    [(sub, _, _, dead)] = _coded("Troops clashed with rebels in a rural area of Tame on "
                                 "Tuesday, the army said. One rebel was killed and three "
                                 "were captured.", published="2024-09-18")
    assert (sub, dead) == ("Armed clash", 1)
    # control: people captured and killed by a named side are that side's victims
    events = _coded("Troops clashed with rebels in a rural area of Tame on Tuesday, the army "
                    "said. Two villagers were captured and killed by the rebels.",
                    published="2024-09-18")
    assert sorted(s for s, _, _, _ in events) == ["Armed clash", "Attack"]


def test_throats_slit_are_a_killing():
    [(sub, _, _, _)] = _coded("Gunmen rounded up five herders near Maiduguri on Tuesday and "
                              "slit their throats, a militia leader said.",
                              published="2021-05-19")
    assert sub == "Attack"


def test_a_district_of_a_countrys_capital_named_is_that_citys():
    [(_, _, location, _)] = _coded("Gunmen attacked a police post in the Karrada district of "
                                   "Iraq's capital Baghdad on Tuesday.", published="2024-09-18")
    assert location == "Baghdad - Karrada"   # not the country read as a part of the city


def test_a_district_in_the_capital_is_the_capitals_not_the_last_towns():
    events = _coded("MOGADISHU (AA) - The army said it killed ten militants near Kismayo on "
                    "Friday. In the capital, a grenade thrown into a cafe in the Shibis "
                    "district on Saturday wounded three people.", published="2019-08-25")
    assert [loc.split(" - ")[0] for _, _, loc, _ in events] == ["Kismayo", "Mogadishu"]


def test_a_mark_of_another_incident_opening_a_sentence_joins_its_two_verbs():
    events = _coded("Two soldiers were killed in Jenin on Monday. Meanwhile, settlers "
                    "attacked homes with stones and torched several cars in the town of "
                    "Huwara late Monday.", published="2023-07-25")
    assert [(s, loc) for s, _, loc, _ in events][1:] == [("Attack", "Huwara")]


def test_a_toll_sourced_in_the_next_sentence_names_the_deeds_source():
    [event] = eventdesk.extract(
        "Heavy clashes erupted on Monday evening in Abu Salim district of Tripoli between "
        "two armed groups. The Emergency Medicine Centre said six bodies were recovered.",
        published="2025-05-13")
    assert event.claimed_by == "The Emergency Medicine Centre"
    # control: a next sentence's claim that tells no toll vouches for nothing before it
    [event] = eventdesk.extract(
        "Heavy clashes erupted on Monday evening in Abu Salim district of Tripoli between "
        "two armed groups. The interior ministry said the situation was calm on Tuesday.",
        published="2025-05-13")
    assert event.claimed_by is None
    # control: an arrest leaves no toll; the next sentence's toll is another deed's
    [event] = eventdesk.extract(
        "Police arrested four men in Hebron on Thursday. The Emergency Medicine Centre said "
        "six bodies were recovered.", published="2025-05-13")
    assert event.claimed_by is None
