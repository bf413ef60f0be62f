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
    """"Fighters overran a checkpoint outside Bashiqa on Monday, officials said" (sentence
    0)."""
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
    """"… overran a checkpoint outside Bashiqa on Monday. A shepherd told reporters the
    fighters fired at the sandbags for twenty minutes": one event, the clash."""
    event, retold = _clash(), _retold()
    assert told_by_a_witness(event, retold)
    merged = merge([event, retold])
    assert [(e.sub_event_type, e.actor1) for e in merged] == [(CLASH, ISLAMIC_STATE)]


def test_a_quotation_with_a_place_of_its_own_words_is_the_event_told_again():
    """"'Our mortar crews answered within minutes,' an officer said in Erbil": a quotation's
    place is where it was said, not a scene of its own."""
    retold = _retold("Shelling/artillery/missile attack", "Explosions/Remote violence",
                     claimed_by=None, quoted_bare=True, place_from_context=False,
                     place=OTHER, actor1=ISLAMIC_STATE, actor2=ARMY)
    assert told_by_a_witness(_clash(), retold)
    assert len(merge([_clash(), retold])) == 1


def test_the_other_sides_account_with_the_roles_turned_is_one_deed():
    """"Soldiers traded shots with raiders near the quarry. The movement said its men had
    planted mines under the army trucks": the target's own account."""
    event = _clash(actor1=ARMY, actor2=MILITIA)
    retold = _retold("Remote explosive/landmine/IED", "Explosions/Remote violence",
                     claimed_by="the group", actor1=PKK, actor2=ARMY)
    assert told_by_a_witness(event, retold)
    assert [e.sub_event_type for e in merge([event, retold])] == [CLASH]


def test_a_dated_retelling_of_an_undated_lead_gives_the_lead_its_day():
    """"Kidnappers have seized nine shepherds near Bashiqa. Relatives said the armed men
    came on foot on Saturday night and fired in the air": one abduction, on the Saturday
    the relatives tell."""
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
    """The report's own words ("Nine pupils were taken from a school") are not a witness's."""
    assert not told_by_a_witness(_clash(), _retold(claimed_by=None))


def test_a_telling_marked_as_another_deed_stays_apart():
    """"Separately, …", "gunmen also killed …", "… killed two more again", "later …"."""
    for mark in ("another_incident", "told_also", "done_again", "told_later"):
        assert not told_by_a_witness(_clash(), _retold(**{mark: True})), mark


def test_another_village_is_another_event():
    """"A farmer said raiders shot three goatherds in Tall Afar": a scene of its own."""
    retold = _retold(place=OTHER, place_from_context=False)
    assert not told_by_a_witness(_clash(), retold)
    assert len(merge([_clash(), retold])) == 2


def test_a_town_held_only_at_the_events_region_is_a_scene_of_its_own():
    """"Residents said shells hit the outskirts of X" (X unknown to the index, held at the
    province the event's town is in): not the event, though the province holds it."""
    retold = _retold(place=PROVINCE, place_from_context=False, region_only=False)
    assert not told_by_a_witness(_clash(place=TOWN), retold)


def test_another_day_is_another_event():
    """"A farmer said raiders shot a goatherd on Saturday" after Monday's raid."""
    retold = _retold(date=MONDAY - dt.timedelta(days=2), date_told=True)
    assert not told_by_a_witness(_clash(), retold)


def test_an_undated_event_with_no_place_of_its_own_is_no_lead():
    """"Guards had locked the men in a depot. Rockets hit the depot on Monday, a ministry
    statement said": an undated telling placed by the sentences before it is no lead the
    dated telling retells."""
    event = _retold(date=MONDAY + dt.timedelta(days=2), start=0)
    retold = _retold(date=MONDAY, date_told=True)
    assert not told_by_a_witness(event, retold)


def test_another_named_doer_is_another_deed():
    """"Islamic State fighters overran the checkpoint … the PKK said its men shot two
    goatherds": two named doers, neither the other's target."""
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
def test_a_report_with_traders_retelling_the_clash_codes_one_event():
    report = ("Police said rival cult groups clashed near a motor park in Zaria on Tuesday, "
              "leaving three men dead.\nTraders said the gunmen shot and wounded two "
              "bystanders during the fight.")
    assert [e[0] for e in coded(report, dt.date(2024, 5, 21))] == [CLASH]


@pytest.mark.slow
def test_a_report_with_a_present_perfect_lead_and_a_dated_retelling_codes_one_day():
    report = ("Bandits have kidnapped nine farmers, among them two girls, in the town of "
              "Kajuru in Kaduna State.\nVillagers said the gunmen came on foot at around "
              "midnight on Friday and shot at homes before leading the farmers into the bush.")
    assert [e[:2] for e in coded(report, dt.date(2024, 5, 21))] == [
        ("Abduction/forced disappearance", dt.date(2024, 5, 17))]


@pytest.mark.slow
def test_a_report_with_the_targets_reprisal_on_civilians_codes_two_events():
    report = ("Gunmen attacked an army base in Tillaberi on Sunday, killing five soldiers.\n"
              "Residents said military helicopters then fired rockets at a cattle market, "
              "killing nine herders.")
    assert [e[0] for e in coded(report, dt.date(2024, 5, 21))] == [
        "Air/drone strike", CLASH]


def test_soldiers_storming_the_village_the_militia_attacked_are_another_deed():
    """"RSF fighters raided a farming hamlet, killing 17 people. A local council said army
    units reached the hamlet by noon": soldiers fighting the RSF are not the RSF's raid on
    farmers told again, though their target is its doer."""
    rsf = Actor("Rapid Support Forces", 2, None)
    event = draft(ATTACK, VAC, place=TOWN, actor1=rsf, actor2=CIVILIANS)
    retold = _retold(CLASH, "Battles", actor1=ARMY, actor2=rsf, place_by_anaphor=True)
    assert not told_by_a_witness(event, retold)


def test_another_quarter_of_the_city_is_another_place():
    """"Troops have retaken the A quarter of the city. They had taken the B quarter on
    Sunday, the source said": two quarters, two events."""
    quarter = Place(country="Iraq", location="Mosul - Quarter A", latitude=36.3,
                    longitude=43.1, geo_precision=2)
    other = Place(country="Iraq", location="Mosul - Quarter B", latitude=36.4,
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
    """"Fighters seized the river port on Monday. A nurse said they executed 40 dock
    workers", or "bodies of villagers lay in the lanes" after the port was taken: the harm
    done to civilians is an event of its own; without dead of its own, after a fight, it
    is the fight's shooting told again."""
    killed = _retold(fatalities=85, actor1=ISLAMIC_STATE)
    assert not told_by_a_witness(_clash(), killed)
    taken = draft("Non-state actor overtakes territory", place=TOWN, actor1=ISLAMIC_STATE,
                  actor2=ARMY)
    assert not told_by_a_witness(taken, _retold(actor1=ISLAMIC_STATE))
    assert told_by_a_witness(_clash(), _retold(actor1=ISLAMIC_STATE))


def test_the_looting_of_a_town_taken_is_an_event_of_its_own():
    """"Fighters captured the garrison town on Monday. A trader said the men emptied the
    grain stores": looting after a fight is not the fight told again; after a raid on
    villagers it is its damage (the goats driven off by the raiders)."""
    looting = _retold("Looting/property destruction", "Strategic developments",
                      actor1=ISLAMIC_STATE)
    taken = draft("Non-state actor overtakes territory", place=TOWN, actor1=ISLAMIC_STATE,
                  actor2=ARMY)
    assert not told_by_a_witness(taken, looting)
    raid = draft(ATTACK, VAC, place=TOWN, actor1=ISLAMIC_STATE, actor2=CIVILIANS)
    assert told_by_a_witness(raid, looting)


def test_a_side_the_event_does_not_have_is_another_interaction():
    """"Fighters overran a checkpoint in X on Monday. A police statement said a rapid
    response unit arrived and battled the fighters": the police joining is an event of its
    own; an event with a side left unnamed may have it named by the retelling."""
    answer = _retold(CLASH, "Battles", actor1=ISLAMIC_STATE, actor2=POLICE)
    assert not told_by_a_witness(_clash(), answer)
    assert told_by_a_witness(_clash(actor2=MILITIA), answer)


def test_the_events_target_telling_the_same_fight_its_way_is_that_fight():
    """"Fighters overran the checkpoint on Monday. The army said its soldiers beat them
    back": the target's account of the fight, its roles turned."""
    retold = _retold(CLASH, "Battles", actor1=ARMY, actor2=ISLAMIC_STATE)
    assert told_by_a_witness(_clash(), retold)
    strike = _retold("Air/drone strike", "Explosions/Remote violence", actor1=ARMY,
                     actor2=ISLAMIC_STATE)
    assert not told_by_a_witness(_clash(), strike)   # the army's answer from the air


def test_a_focus_elsewhere_than_the_event_is_another_scene():
    """"Jets hit a bakery in Bashiqa. State television said rockets fell on a suburb of
    the capital": "the capital" read as another place is not the event's place."""
    elsewhere = _retold(place=OTHER, place_from_context=False, place_by_anaphor=True)
    assert not told_by_a_witness(_clash(), elsewhere)


def test_a_day_in_force_other_than_the_events_is_another_event():
    """A telling with no day of its own whose day in force ("overnight", the day of the
    sentence before) is not the event's."""
    later = _retold(date=MONDAY + dt.timedelta(days=1))
    assert not told_by_a_witness(_clash(), later)


def test_another_harm_to_civilians_than_the_events_is_its_own_event():
    """"Fighters have taken away 30 shepherds from X, an elder said. A midwife added that
    two girls had been assaulted in the hamlet": an abduction and a rape, two events;
    shooting at people with no dead of its own is the raid told again."""
    taking = draft("Abduction/forced disappearance", VAC, place=TOWN, actor1=ISLAMIC_STATE,
                   actor2=CIVILIANS)
    rape = _retold("Sexual violence", actor1=ISLAMIC_STATE, claimed_by="doctors")
    assert not told_by_a_witness(taking, rape)
    assert not told_by_a_witness(taking, _retold(actor1=ISLAMIC_STATE, fatalities=2))
    assert told_by_a_witness(taking, _retold(actor1=ISLAMIC_STATE))


def test_the_targets_strike_on_civilians_after_an_unnamed_doers_attack_is_its_own():
    """"Gunmen stormed a border post on Sunday, killing four guards. Villagers said army
    jets then bombed a funeral, killing nine mourners": the army's strike on civilians is
    a deed of its own, though the event's doer is left unnamed."""
    event = _clash(actor1=MILITIA, actor2=ARMY, fatalities=4)
    strike = _retold("Air/drone strike", "Explosions/Remote violence", actor1=ARMY,
                     fatalities=9)
    assert not told_by_a_witness(event, strike)
    assert len(merge([event, strike])) == 2


def test_the_targets_reprisal_on_civilians_without_dead_is_its_own():
    """"Raiders shot two police officers at a station on Sunday. Residents said police
    later beat traders at the market": the target's harm to civilians is a reprisal, not
    the raid told again; its account of the fight itself still is."""
    event = _clash(actor1=MILITIA, actor2=POLICE)
    beating = _retold(actor1=POLICE)
    assert not told_by_a_witness(event, beating)
    repelled = _retold(CLASH, "Battles", actor1=POLICE, actor2=MILITIA, fatalities=6)
    assert told_by_a_witness(event, repelled)


def test_a_strike_killing_civilians_after_a_fight_is_its_own():
    """"Fighters overran a checkpoint on Monday. Residents said a drone then hit a bus,
    killing seven passengers": a strike with dead of its own among civilians the fight did
    not harm; a strike on the fighters is the fight told again."""
    unnamed = Actor("Unidentified Military Forces", 8, None)
    on_a_bus = _retold("Air/drone strike", "Explosions/Remote violence", actor1=unnamed,
                       fatalities=7)
    assert not told_by_a_witness(_clash(actor2=MILITIA), on_a_bus)
    on_fighters = _retold("Air/drone strike", "Explosions/Remote violence", actor1=ARMY,
                          actor2=ISLAMIC_STATE, fatalities=7)
    assert told_by_a_witness(_clash(actor1=ISLAMIC_STATE, actor2=MILITIA), on_fighters)
