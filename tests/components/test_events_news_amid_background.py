"""Analyses and rights groups' releases: the day's one to three deeds told amid history,
tolls of other days, a bracketed office dateline and places set in their divisions."""

import pytest

from eventdesk.components.events.preamble import opening_dateline
from tests.components.merging_tellings import coded


def test_a_bracketed_dateline_is_read_as_one():
    """"(Nairobi) — …": a rights group's release opens on the office it writes from."""
    match = opening_dateline("(Nairobi) — Soldiers killed six civilians in Kumbo.")
    assert match is not None and match.group().strip() == "(Nairobi) —"
    assert opening_dateline("(Reuters) Soldiers killed six civilians in Kumbo.") is None


@pytest.mark.slow
def test_the_office_in_a_bracketed_dateline_is_not_the_scene():
    """The office's city is neither the event's place nor its victims' country."""
    report = ("(Nairobi) — Cameroonian soldiers killed six civilians in Kumbo on 3 July, the "
              "group said today. The army has not commented.")
    assert [(s, loc) for s, _, loc in coded(report, "2023-07-12")] == [("Attack", "Kumbo")]


@pytest.mark.slow
def test_a_toll_dated_days_before_the_event_told_is_an_event_of_its_own():
    """"Two days earlier, an operation ended in an encounter in which five were killed"
    after a blast: the encounter's dead are not the blast's (merging/dated_apart.py)."""
    report = ("The blast of 6 January is a reminder of the rebels' reach. Maoists detonated a "
              "bomb under a police vehicle on the road to Bijapur, killing eight officers and "
              "their driver. Two days earlier, a joint operation in the forests of Narayanpur "
              "district ended in an encounter in which five Maoists and one police constable "
              "were killed, according to the police.")
    events = coded(report, "2025-01-09")
    assert [(s, str(d)) for s, d, _ in events] == [
        ("Armed clash", "2025-01-04"), ("Remote explosive/landmine/IED", "2025-01-06")]


@pytest.mark.slow
def test_a_deed_named_with_its_day_dates_the_next_sentence():
    """"The killing of a priest … on Tuesday night marks …", coded as no event, gives the
    day of the arson the next sentence tells (dating.py `deed_named_with_its_day`)."""
    report = ("PEMBA — The killing of a priest at a mission in Mecufi district on Tuesday "
              "night marks the deepest raid yet by insurgents into Cabo Delgado. The "
              "attackers set fire to the church and the school before fleeing.")
    assert [str(d) for _, d, _ in coded(report, "2022-09-09")] == ["2022-09-06"]


@pytest.mark.slow
def test_a_division_named_after_a_place_is_no_second_place():
    """"in El Papayo, in the municipality of Coyuca de Benítez": the phrase says where El
    Papayo lies (placing/phrases.py `holds_the_place_before`); "in X, in Y and in Z" are
    three places."""
    report = ("Nine soldiers were killed on Monday when gunmen ambushed a patrol in El Papayo, "
              "in the municipality of Coyuca de Benítez, officials said.")
    assert [loc for _, _, loc in coded(report, "2023-10-25")] == ["El Papayo"]
    control = "Gunmen attacked convoys in Tumaco, in Narino and in Cali on Monday."
    assert len(coded(control, "2023-10-25")) == 3


@pytest.mark.slow
def test_a_town_set_after_the_village_of_a_place_is_no_second_place():
    """"in the community of Tepalcatepec, in Aguililla": the bare town after "the village of
    X," says where X lies (`holds_the_place_before`): one attack, not one in each."""
    report = ("Gunmen shot dead two brothers in the village of Tepalcatepec, in Aguililla, on "
              "Sunday night, police said.")
    assert [loc for _, _, loc in coded(report, "2024-05-14")] == ["Tepalcatepec"]


@pytest.mark.slow
def test_a_place_told_during_the_deed_is_the_deeds_own():
    """"burned homes during a raid in Kumbo, in the North-West region": the raid is the
    deed, its town the place (placing/side_places.py `_names_a_deed`); "During the
    ceremony at X, protesters demonstrated in Y" still sets X aside."""
    report = ("Soldiers burned dozens of homes during a raid in Kumbo, in the North-West "
              "region, on Friday.")
    assert [loc for _, _, loc in coded(report, "2023-07-12")] == ["Kumbo"]
    control = "During the ceremony at Bamenda, protesters demonstrated in Buea."
    assert [loc for _, _, loc in coded(control, "2023-07-12")] == ["Buea"]


@pytest.mark.slow
def test_vehicles_burned_are_property_destroyed():
    """"burned two trucks and an excavator": machines burned, as buildings are."""
    report = ("Insurgents burned two trucks and an excavator of a construction firm near "
              "Kunduz on Saturday.")
    assert [s for s, _, _ in coded(report, "2021-03-10")] == ["Looting/property destruction"]


@pytest.mark.slow
def test_a_verb_joined_to_the_first_is_done_where_the_first_was():
    """"stormed the village of X, north of Y, and opened fire on residents, killing 124":
    the joined verb names no place; the first verb's phrases hold it (placing/joined_first.py),
    not the town the report last named, so the two tellings are one attack."""
    report = ("The militia seized Wad Madani in December. On Friday, militia fighters stormed "
              "the village of Um Dawanban, north of Tamboul, and opened fire on residents, "
              "killing at least 40 people, according to a local activist group.")
    events = coded(report, "2024-10-30")
    assert [s for s, _, _ in events] == ["Attack"]


@pytest.mark.slow
def test_a_see_that_speaks_is_not_the_scene():
    """"…, the Bishop of Pemba said": the see speaks for the church; it is not where the nun
    was shot (place_mentions/other_names.py OFFICE_NOUNS)."""
    report = "A nun was shot dead at a mission on Tuesday night, the Bishop of Pemba said."
    assert [loc for _, _, loc in coded(report, "2022-09-09")] == [None]


@pytest.mark.slow
def test_a_statement_condemning_now_a_deed_of_an_earlier_day_tells_that_deed():
    """"condemns the strike on X in the early hours of Sunday", released on Monday: the
    present judging is made now, the earlier day the parse hung on it is the strike's
    (trigger_senses.py `past_day_on_a_present_judging`); "condemned the attacks on
    Monday" stays the day of the condemnation."""
    report = ("Rights Watch condemns the air strike on a market in Saraqib in the early hours "
              "of Sunday. Nine people were killed, local officials said.")
    assert [(s, str(d)) for s, d, _ in coded(report, "2023-07-24")] == [
        ("Air/drone strike", "2023-07-23")]
    control = "The minister condemned the attacks on the town of Tal Afar on Monday."
    assert coded(control, "2023-07-25") == []


@pytest.mark.slow
def test_a_concern_over_strikes_done_by_a_weapon_on_a_day_tells_them():
    """"concern about the strikes carried out by drones of the police on 6 August": the
    weapon is the participle's doer, and the day on the participle of the deed's noun is
    the deed's own (happened/times.py `deed_dated`); with no day it stays a concern."""
    report = ("The rights group expresses its concern about the strikes carried out by drones "
              "of the police task force on Tuesday 6 August against gang positions in the "
              "neighbourhood of Carrefour.")
    assert [(s, str(d)) for s, d, _ in coded(report, "2024-08-09")] == [
        ("Air/drone strike", "2024-08-06")]
    control = ("The rights group expresses its concern about the strikes carried out by police "
               "drones against gang positions in Carrefour.")
    assert coded(control, "2024-08-09") == []
