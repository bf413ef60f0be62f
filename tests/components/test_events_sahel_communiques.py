"""How Sahel and West African army communiqués and local press tell events (dev45): aircraft
told as who fought, air forces' words for strikes, the damage and the toll of a strike in
a gapped passive, a source's hyphened title, herds taken, stray bullets, a
campaign's total and the attacks it tallies."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow


def _events(text, published):
    return [(e.sub_event_type, e.location, e.geo_precision, e.fatalities)
            for e in eventdesk.extract(text, published=published)]


def test_aircraft_that_engaged_a_gathering_struck_it_from_the_air():
    events = _events(
        "On Friday, army drones engaged a column of insurgents near Tal Afar. Several dozen "
        "insurgents were killed and their vehicles destroyed.", "2024-11-06")
    assert [e[0] for e in events] == ["Air/drone strike"]  # no clash, no second event


def test_air_interdiction_is_an_air_strike():
    events = _events(
        "Air force platforms on 3 March conducted air interdiction on a militants' hideout "
        "at Tsafe in Zamfara State, the air force said.", "2023-03-05")
    assert [e[0] for e in events] == ["Air/drone strike"]


def test_the_whole_hyphened_title_of_a_source_is_no_scene():
    events = _events(
        "Four villagers were killed on Sunday during an incursion by Ansaru fighters into "
        "Dabo, a locality of the Tsafe district. The assailants also set fire to about fifteen "
        "huts before withdrawing, according to the sub-prefect of Gusau.", "2022-08-23")
    assert all(e[1] != "Gusau" for e in events)


def test_herds_taken_away_are_looted_not_abducted():
    events = _events(
        "Ansaru fighters stormed the village of Tsafe on Saturday, set fire to granaries and "
        "took away several hundred head of cattle. No one was killed.", "2023-10-30")
    assert "Abduction/forced disappearance" not in [e[0] for e in events]


def test_a_line_break_after_a_clock_ends_the_sentence():
    events = _events(
        "Bandits on Saturday night killed 12 people in Tsafe, residents said. A resident said "
        "the attackers also carted away goats and foodstuffs before leaving at about 3 a.m.\n"
        "On Monday, hundreds of youths blocked the road at Tsafe town, carrying placards and "
        "demanding more security.",
        "2023-09-05")
    # the goats taken at night are the attack's, not a looting of the Monday after
    assert [e[0] for e in events if e[0] != "Peaceful protest"] == ["Attack"]


def test_deaths_by_stray_bullets_are_the_toll_of_the_fight():
    events = _events(
        "On the evening of 9 February, militants entered Tsafe town and exchanged fire with "
        "soldiers for about three hours. At least three civilians were killed by stray "
        "bullets.", "2021-02-12")
    assert events == [("Armed clash", "Tsafe", 1, 3)]


def test_a_campaign_total_since_the_operation_began_is_no_event():
    events = _events(
        "Troops repelled an attack near Tsafe on Friday. Since the launch of the operation, "
        "more than 150 bandits have been neutralised and several camps dismantled in the "
        "state.", "2023-03-05")
    assert len(events) == 1


def test_what_the_army_says_of_tallied_attacks_is_no_event():
    events = _events(
        "Since the beginning of May, the northern districts have been hit by several attacks "
        "on police posts, which the army says it repelled. Traders say they will meet the "
        "governor in Gusau this week.", "2023-06-08")
    assert events == []


def test_aerial_means_that_pounded_fighters_are_an_air_strike():
    events = _events(
        "On Thursday, aerial means pounded the fleeing attackers near Tal Afar, the ministry "
        "said.", "2023-03-05")
    assert [e[0] for e in events] == ["Air/drone strike"]
