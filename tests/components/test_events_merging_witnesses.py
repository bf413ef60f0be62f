"""A witness, a spokesman or the other side telling again the violent event just told:
one event, not a second (merging/witnesses.py); and the marks, places, days and sides
that keep a telling apart."""

import datetime as dt

import pytest

from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.witnesses import told_by_a_witness
from eventdesk.records import Actor, Place
from tests.components.merging_tellings import (
    ARMY,
    MILITIA,
    MONDAY,
    OTHER,
    POLICE,
    PROVINCE,
    TOWN,
    coded,
    draft,
)

CLASH = "Armed clash"
ATTACK = "Attack"
VAC = "Violence against civilians"
CIVILIANS = Actor("Civilians (Iraq)", 7, "IRQ")
ISLAMIC_STATE = Actor("Islamic State", 2, None)
PKK = Actor("PKK: Kurdistan Workers Party", 2, None)


def _clash(**kw):
    """"Militants attacked an army post in Bashiqa on Monday, officials said" (sentence 0)."""
    kw.setdefault("actor1", ISLAMIC_STATE)
    kw.setdefault("actor2", ARMY)
    kw.setdefault("place", TOWN)
    return draft(CLASH, claimed_by="officials", **kw)


def _retold(sub_type=ATTACK, event_type=VAC, **kw):
    """A telling in the next sentence, attributed, with no place nor day of its own."""
    kw.setdefault("start", 1)
    kw.setdefault("claimed_by", "residents")
    kw.setdefault("place_from_context", True)
    kw.setdefault("date_told", False)
    kw.setdefault("place", TOWN)
    kw.setdefault("actor1", MILITIA)
    kw.setdefault("actor2", CIVILIANS)
    return draft(sub_type, event_type, **kw)


def test_residents_retelling_the_attack_join_it_and_the_event_speaks():
    """"… attacked an army post in Bashiqa on Monday. Residents said the gunmen shot
    sporadically for close to an hour": one event, the clash."""
    event, retold = _clash(), _retold()
    assert told_by_a_witness(event, retold)
    merged = merge([event, retold])
    assert [(e.sub_event_type, e.actor1) for e in merged] == [(CLASH, ISLAMIC_STATE)]


def test_a_quotation_with_a_place_of_its_own_words_is_the_event_told_again():
    """"'They fired back with artillery from the hills,' a spokesman told reporters": a
    quotation's place is where it was said, not a scene of its own."""
    retold = _retold("Shelling/artillery/missile attack", "Explosions/Remote violence",
                     claimed_by=None, quoted_bare=True, place_from_context=False,
                     place=OTHER, actor1=ISLAMIC_STATE, actor2=ARMY)
    assert told_by_a_witness(_clash(), retold)
    assert len(merge([_clash(), retold])) == 1


def test_the_other_sides_account_with_the_roles_turned_is_one_deed():
    """"Troops exchanged fire with gunmen in the camp. The group said its fighters had
    detonated explosive devices against the armoured vehicles": the target's own account."""
    event = _clash(actor1=ARMY, actor2=MILITIA)
    retold = _retold("Remote explosive/landmine/IED", "Explosions/Remote violence",
                     claimed_by="the group", actor1=PKK, actor2=ARMY)
    assert told_by_a_witness(event, retold)
    assert [e.sub_event_type for e in merge([event, retold])] == [CLASH]


def test_a_dated_retelling_of_an_undated_lead_gives_the_lead_its_day():
    """"Bandits have abducted 23 people in Bashiqa. Residents said the gunmen arrived at
    about 11pm on Saturday … before whisking their victims away": one abduction, on the
    Saturday the residents tell."""
    lead = draft("Abduction/forced disappearance", VAC, place=TOWN, actor1=MILITIA,
                 actor2=CIVILIANS, date=MONDAY + dt.timedelta(days=2), precision=2,
                 date_told=False)
    retold = _retold(date=MONDAY, date_told=True)
    assert told_by_a_witness(lead, retold)
    (merged,) = merge([lead, retold])
    assert (merged.sub_event_type, merged.date) == ("Abduction/forced disappearance", MONDAY)


def test_a_retelling_naming_only_the_region_of_the_event_is_that_event():
    """"… in Bashiqa on Monday. Police in Nineveh province said the attackers were
    repelled": the event told at a coarser grain."""
    retold = _retold(CLASH, "Battles", place=PROVINCE, place_from_context=False,
                     region_only=True, actor1=ARMY, actor2=ISLAMIC_STATE)
    assert told_by_a_witness(_clash(), retold)


def test_a_telling_no_one_is_said_to_tell_stays_apart():
    """The report's own words ("Six students were abducted") are not a witness's."""
    assert not told_by_a_witness(_clash(), _retold(claimed_by=None))


def test_a_telling_marked_as_another_deed_stays_apart():
    """"Separately, …", "gunmen also killed …", "… killed two more again", "later …"."""
    for mark in ("another_incident", "told_also", "done_again", "told_later"):
        assert not told_by_a_witness(_clash(), _retold(**{mark: True})), mark


def test_another_village_is_another_event():
    """"Residents said gunmen killed three farmers in Tall Afar": a scene of its own."""
    retold = _retold(place=OTHER, place_from_context=False)
    assert not told_by_a_witness(_clash(), retold)
    assert len(merge([_clash(), retold])) == 2


def test_a_town_held_only_at_the_events_region_is_a_scene_of_its_own():
    """"Residents said shells hit the outskirts of X" (X unknown to the index, held at the
    province the event's town is in): not the event, though the province holds it."""
    retold = _retold(place=PROVINCE, place_from_context=False, region_only=False)
    assert not told_by_a_witness(_clash(place=TOWN), retold)


def test_another_day_is_another_event():
    """"Residents said gunmen killed a herder on Saturday" after Monday's attack."""
    retold = _retold(date=MONDAY - dt.timedelta(days=2), date_told=True)
    assert not told_by_a_witness(_clash(), retold)


def test_an_undated_event_with_no_place_of_its_own_is_no_lead():
    """"The authorities had arrested them. A US air strike hit the centre on Monday, the
    ministry said": an undated telling placed by the sentences before it is no lead the
    dated telling retells."""
    event = _retold(date=MONDAY + dt.timedelta(days=2), start=0)
    retold = _retold(date=MONDAY, date_told=True)
    assert not told_by_a_witness(event, retold)


def test_another_named_doer_is_another_deed():
    """"Islamic State fighters attacked the post … the PKK said its fighters shot two
    villagers": two named doers, neither the other's target."""
    retold = _retold(actor1=PKK, actor2=CIVILIANS)
    assert not told_by_a_witness(_clash(), retold)


def test_a_telling_far_after_the_event_is_not_read_as_its_retelling():
    """Three sentences after the event's latest telling: the report has moved on."""
    assert not told_by_a_witness(_clash(), _retold(start=3))


def test_a_crowd_is_not_retold_as_violence():
    """A peaceful march, then "police said gunmen shot a trader": not the march."""
    march = draft("Peaceful protest", "Protests", place=TOWN)
    assert not told_by_a_witness(march, _retold())


def test_a_place_taken_by_another_side_on_another_day_stays_apart():
    """"The SDF said it had retaken Bashiqa. Tribal fighters had seized it last week, a
    monitor said": a place changing hands twice."""
    taken = "Non-state actor overtakes territory"
    lead = draft(taken, place=TOWN, actor1=PKK, actor2=ARMY, date_told=False,
                 date=MONDAY + dt.timedelta(days=5), precision=2)
    tribes = Actor("Unidentified Communal Militia (Iraq)", 4, "IRQ")
    before = _retold(taken, "Battles", actor1=tribes, actor2=ARMY, date=MONDAY,
                     date_told=True)
    assert not told_by_a_witness(lead, before)


@pytest.mark.slow
def test_a_report_with_residents_retelling_the_clash_codes_one_event():
    report = ("Four people were killed in Kaduna on Sunday when rival cult groups clashed near "
              "the central market, police said.\nResidents said the gunmen shot sporadically "
              "for close to an hour, forcing traders to abandon their stalls.")
    assert [e[0] for e in coded(report, dt.date(2023, 7, 10))] == [CLASH]


@pytest.mark.slow
def test_a_report_with_a_present_perfect_lead_and_a_dated_retelling_codes_one_day():
    report = ("Bandits have abducted 14 people, including women, in the town of Birnin Gwari "
              "in Kaduna State.\nResidents said the gunmen, who arrived on motorcycles at "
              "about 10pm on Saturday, went from house to house shooting into the air before "
              "whisking their victims away into the forest.")
    assert [e[:2] for e in coded(report, dt.date(2024, 3, 11))] == [
        ("Abduction/forced disappearance", dt.date(2024, 3, 9))]


def test_soldiers_storming_the_village_the_militia_attacked_are_another_deed():
    """"The RSF attacked the village, killing 30 villagers. The committee said soldiers
    stormed the village": soldiers fighting the RSF are not the RSF's attack on villagers
    told again, though their target is its doer."""
    rsf = Actor("Rapid Support Forces", 2, None)
    event = draft(ATTACK, VAC, place=TOWN, actor1=rsf, actor2=CIVILIANS)
    retold = _retold(CLASH, "Battles", actor1=ARMY, actor2=rsf, place_by_anaphor=True)
    assert not told_by_a_witness(event, retold)


def test_another_quarter_of_the_city_is_another_place():
    """"Troops have retaken the A quarter of the city. They had taken the B quarter on
    Sunday, the source said": two quarters, two events."""
    quarter = Place(country="Iraq", location="Mosul - al-Zuhur", latitude=36.3,
                    longitude=43.1, geo_precision=2)
    other = Place(country="Iraq", location="Mosul - al-Arabi", latitude=36.4,
                  longitude=43.1, geo_precision=2)
    taken = "Government regains territory"
    lead = draft(taken, place=quarter, actor1=ARMY, date_told=False,
                 date=MONDAY + dt.timedelta(days=2), precision=2)
    dated = _retold(taken, "Battles", place=other, actor1=ARMY, actor2=None, date=MONDAY,
                    date_told=True)
    assert not told_by_a_witness(lead, dated)
    assert told_by_a_witness(lead, _retold(taken, "Battles", place=quarter, actor1=ARMY,
                                           actor2=None, date=MONDAY, date_told=True))


def test_a_fight_after_a_strike_is_another_interaction():
    """"Fighters shelled the garrison on Monday. A resident said they then launched a
    ground assault on it": the assault is not the shelling told again."""
    shelling = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                     place=TOWN, actor1=ISLAMIC_STATE, actor2=ARMY)
    assault = _retold(CLASH, "Battles", actor1=ISLAMIC_STATE, actor2=ARMY)
    assert not told_by_a_witness(shelling, assault)


def test_the_killings_after_a_battle_are_the_winners_deeds():
    """"Militants overran the town on Monday. Residents said they killed 85 civilians", or
    after any fight "… dozens of civilians were killed in the town" when it was taken: the
    harm done to civilians is an event of its own; without dead of its own, after a fight,
    it is the fight's shooting told again."""
    killed = _retold(fatalities=85, actor1=ISLAMIC_STATE)
    assert not told_by_a_witness(_clash(), killed)
    taken = draft("Non-state actor overtakes territory", place=TOWN, actor1=ISLAMIC_STATE,
                  actor2=ARMY)
    assert not told_by_a_witness(taken, _retold(actor1=ISLAMIC_STATE))
    assert told_by_a_witness(_clash(), _retold(actor1=ISLAMIC_STATE))


def test_the_looting_of_a_town_taken_is_an_event_of_its_own():
    """"The Taliban seized the city on Monday. Residents said the fighters looted the
    compounds of aid groups": looting after a fight is not the fight told again; after an
    attack on villagers it is its damage ("shooting at residents and rustling cattle")."""
    looting = _retold("Looting/property destruction", "Strategic developments",
                      actor1=ISLAMIC_STATE)
    taken = draft("Non-state actor overtakes territory", place=TOWN, actor1=ISLAMIC_STATE,
                  actor2=ARMY)
    assert not told_by_a_witness(taken, looting)
    raid = draft(ATTACK, VAC, place=TOWN, actor1=ISLAMIC_STATE, actor2=CIVILIANS)
    assert told_by_a_witness(raid, looting)


def test_a_side_the_event_does_not_have_is_another_interaction():
    """"Militants attacked an army post in X on Monday. The police spokesman said officers
    went to the post and fought the militants": the police joining is an event of its
    own; an event with a side left unnamed may have it named by the retelling."""
    answer = _retold(CLASH, "Battles", actor1=ISLAMIC_STATE, actor2=POLICE)
    assert not told_by_a_witness(_clash(), answer)
    assert told_by_a_witness(_clash(actor2=MILITIA), answer)


def test_the_events_target_telling_the_same_fight_its_way_is_that_fight():
    """"Militants attacked the post on Monday. The army said troops repelled the
    attackers": the target's account of the fight, its roles turned."""
    retold = _retold(CLASH, "Battles", actor1=ARMY, actor2=ISLAMIC_STATE)
    assert told_by_a_witness(_clash(), retold)
    strike = _retold("Air/drone strike", "Explosions/Remote violence", actor1=ARMY,
                     actor2=ISLAMIC_STATE)
    assert not told_by_a_witness(_clash(), strike)   # the army's answer from the air


def test_a_focus_elsewhere_than_the_event_is_another_scene():
    """"Jets struck a market in Bashiqa. SANA said rockets landed in an area of the
    capital": "the capital" read as another place is not the event's place."""
    elsewhere = _retold(place=OTHER, place_from_context=False, place_by_anaphor=True)
    assert not told_by_a_witness(_clash(), elsewhere)


def test_a_day_in_force_other_than_the_events_is_another_event():
    """A telling with no day of its own whose day in force ("overnight", the day of the
    sentence before) is not the event's."""
    later = _retold(date=MONDAY + dt.timedelta(days=1))
    assert not told_by_a_witness(_clash(), later)


def test_another_harm_to_civilians_than_the_events_is_its_own_event():
    """"RSF forces have detained dozens of young men in X, relatives said. Doctors also
    reported that women were raped during the raids": an abduction and a rape, two
    events; shooting at people with no dead of its own is the raid told again."""
    taking = draft("Abduction/forced disappearance", VAC, place=TOWN, actor1=ISLAMIC_STATE,
                   actor2=CIVILIANS)
    rape = _retold("Sexual violence", actor1=ISLAMIC_STATE, claimed_by="doctors")
    assert not told_by_a_witness(taking, rape)
    assert not told_by_a_witness(taking, _retold(actor1=ISLAMIC_STATE, fatalities=2))
    assert told_by_a_witness(taking, _retold(actor1=ISLAMIC_STATE))
