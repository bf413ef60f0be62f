"""Merging: one event per type, place and day, the sub-type highest in priority speaking."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.common import Candidate
from eventdesk.components.events.merging import (
    _is_backref,
    bare_toll,
    burned_in_attack,
    crowd_fought_forces,
    crowd_named_anew,
    crowd_seized_fighters,
    fire_on_crowd,
    fought_on_after_killing,
    how_the_attack_began,
    instance_of,
    intercepts,
    merge,
    moved_to_another_place,
    one_transfer,
    opens_on_a_place,
    other_sides,
    rape_in_assault,
    restated_subject,
    restates,
    same_day,
    same_event,
    spoils_of_battle,
    summed_up_before,
    tells_attack_again,
    tells_crowd_again,
    town_assault,
    turned_violent,
)
from eventdesk.components.triggers import clauses, sentence_clauses
from eventdesk.records import Actor, Document, Place

MONDAY = dt.date(2021, 6, 14)
CITY = Place(country="Iraq", location="Mosul", latitude=36.3, longitude=43.1, geo_precision=1)
DISTRICT = Place(country="Iraq", location="Mosul - al-Zuhur", latitude=36.3, longitude=43.1,
                 geo_precision=2)
OTHER = Place(country="Iraq", location="Tall Afar", latitude=36.4, longitude=42.4,
              geo_precision=1)
NEAR = Place(country="Iraq", location="Hamam al-Alil", latitude=36.16, longitude=43.26,
             geo_precision=1)


def _cand(sub_type, event_type="Battles", place=CITY, date=MONDAY, precision=1, start=0, **kw):
    return Candidate(event_type=event_type, sub_event_type=sub_type, start_char=start,
                     end_char=start + 1, sent_index=kw.pop("sent_index", start), place=place,
                     date=date, time_precision=precision, mentions=[(start, start + 1)], **kw)


def _untold(sub_type, event_type="Battles", days_after=2, **kw):
    """A telling dated only by the publication date (a present perfect, a quote)."""
    return _cand(sub_type, event_type, date=MONDAY + dt.timedelta(days=days_after),
                 precision=2, date_told=False, **kw)


def test_higher_priority_sub_type_speaks_for_the_merged_event():
    merged = merge([_cand("Armed clash", fatalities=3),
                    _cand("Government regains territory", fatalities=8)])
    assert [(c.sub_event_type, c.fatalities) for c in merged] == \
        [("Government regains territory", 8)]


def test_a_telling_that_names_the_device_speaks_for_a_bare_blast():
    """"A blast hit a bar …; police said a grenade was hurled": the bare blast's remote
    explosive is a guess, so the grenade speaks for the event though it ranks lower."""
    explosions = "Explosions/Remote violence"
    blast = _cand("Remote explosive/landmine/IED", explosions, device_unnamed=True)
    grenade = _cand("Grenade", explosions, start=5)
    for order in ([blast, grenade], [grenade, blast]):
        assert [c.sub_event_type for c in merge(order)] == ["Grenade"]
    # a device named in both tellings: ACLED's priority decides
    named = _cand("Remote explosive/landmine/IED", explosions)
    assert [c.sub_event_type for c in merge([named, _cand("Grenade", explosions, start=5)])] \
        == ["Remote explosive/landmine/IED"]


@pytest.mark.slow
def test_a_grenade_told_after_a_blast_codes_the_blast_as_a_grenade():
    text = ("A blast hit a bar in Mandera on Monday, wounding five people. Police said a hand "
            "grenade was hurled into the crowd.")
    events = eventdesk.load().extract(Document(text=text, doc_id="g", published=MONDAY))
    assert [e.sub_event_type for e in events] == ["Grenade"]


def test_the_winner_keeps_what_only_the_other_telling_says():
    militants = Actor("Islamic State", 2, None)
    merged = merge([_cand("Government regains territory", place=CITY),
                    _cand("Armed clash", place=DISTRICT, actor2=militants, claimed_by="SANA")])
    assert len(merged) == 1
    assert merged[0].place is DISTRICT and merged[0].actor2 is militants
    assert merged[0].claimed_by == "SANA"


def test_merging_never_puts_one_actor_on_both_sides():
    militants = Actor("Islamic State", 2, None)
    merged = merge([_cand("Armed clash", actor1=militants),
                    _cand("Armed clash", actor2=Actor("Islamic State", 2, None))])
    assert merged[0].actor1 is militants and merged[0].actor2 is None
    # two tellings, one naming the group as actor1, the other as actor2: one group
    gunmen = Actor("Unidentified Armed Group (Iraq)", 3, "IQ")
    merged = merge([_cand("Armed clash", actor1=gunmen), _cand("Armed clash", actor2=gunmen)])
    assert merged[0].actor1 is gunmen and merged[0].actor2 is None


def test_different_places_days_or_strategic_sub_types_stay_apart():
    assert len(merge([_cand("Armed clash"), _cand("Armed clash", place=OTHER)])) == 2
    assert len(merge([_cand("Armed clash"),
                      _cand("Armed clash", date=MONDAY + dt.timedelta(days=1))])) == 2
    assert len(merge([_cand("Arrests", "Strategic developments"),
                      _cand("Looting/property destruction", "Strategic developments")])) == 2


def test_a_month_only_date_holds_a_day_of_that_month():
    assert same_day(_cand("Armed clash", date=dt.date(2021, 6, 1), precision=3),
                    _cand("Armed clash"))
    assert not same_day(_cand("Armed clash", date=dt.date(2021, 5, 1), precision=3),
                        _cand("Armed clash"))


def test_two_districts_of_one_city_are_two_events():
    other_district = Place(country="Iraq", location="Mosul - Hay al-Arabi", geo_precision=2)
    assert same_event(_cand("Armed clash", place=DISTRICT), _cand("Armed clash"))
    assert not same_event(_cand("Armed clash", place=DISTRICT),
                          _cand("Armed clash", place=other_district))


@pytest.mark.slow
def test_a_toll_beside_an_appositive_attack_adds_no_event():
    """"…, killed seven soldiers, an attack X blamed on Y" restates the attack told; with
    a place of its own ("killed seven soldiers in Mosul, …") it is an event of its own."""
    pipeline = eventdesk.load()

    def toll_clause(text):
        doc = pipeline.parse(Document(text=text, doc_id="toll", published=MONDAY),
                             classifier=False)
        return doc, next(c for s in doc.sents for c in clauses(s, doc._.triggers)
                         if c.root.lower_ == "killed")

    assert bare_toll(*toll_clause("Killed seven soldiers, an attack the ministry blamed on the "
                                  "rebels."))
    assert not bare_toll(*toll_clause("Killed seven soldiers in Mosul, an attack the ministry "
                                      "blamed on the rebels."))


def test_a_killing_the_parser_hung_on_a_noun_keeps_its_own_place():
    """"Gunmen on motorbikes killed six villagers in the village of X, an official told
    AFP": spaCy hangs "killed" on "motorbikes" (acl), so the clause is the verb alone; its
    phrase still names a place, so it is no bare toll of the event told before it."""
    pipeline = eventdesk.load()
    text = ("Two days earlier, gunmen on motorbikes killed at least six villagers in the "
            "village of Kongoussi, a local official told AFP.")
    doc = pipeline.parse(Document(text=text, doc_id="acl", published=MONDAY), classifier=False)
    clause = next(c for s in doc.sents for c in clauses(s, doc._.triggers)
                  if any(t.lower_ == "killed" for t in c.tokens))
    assert [t.dep_ for t in clause.tokens] == ["acl"]  # the parse this test is about
    assert not bare_toll(doc, clause)


def test_an_undated_restatement_joins_the_dated_telling_and_takes_its_day():
    """"Troops have seized Mosul" (publication date) and "troops entered Mosul on Monday":
    one event, on Monday, keeping the evidence of both tellings."""
    merged = merge([_untold("Government regains territory", start=0),
                    _cand("Government regains territory", start=50, fatalities=4)])
    assert len(merged) == 1
    event = merged[0]
    assert (event.sub_event_type, event.date, event.time_precision, event.date_told) == \
        ("Government regains territory", MONDAY, 1, True)
    assert event.fatalities == 4 and event.mentions == [(0, 1), (50, 51)]


def test_a_quote_restating_the_lead_joins_it_whichever_comes_first():
    lead, quote = _cand("Government regains territory"), _untold("Government regains territory")
    assert restates(lead, quote) and restates(quote, lead)
    assert [(c.date, c.time_precision) for c in merge([lead, quote])] == [(MONDAY, 1)]


def test_the_city_of_a_telling_on_the_same_day_is_no_licence_to_merge_elsewhere():
    """"jets pounded the city on Sunday" and a strike on a nearby town on Sunday: two."""
    city_strike = _cand("Air/drone strike", "Explosions/Remote violence", place=CITY,
                        place_by_anaphor=True)
    assert len(merge([city_strike, _cand("Air/drone strike", "Explosions/Remote violence",
                                         place=OTHER, start=20)])) == 2


def test_the_town_of_a_restatement_is_the_place_named_by_the_other_telling():
    goma_guess = Place(country="Iraq", location="Erbil", latitude=36.2, longitude=44.0,
                       geo_precision=1)
    merged = merge([_untold("Non-state actor overtakes territory", place=CITY),
                    _cand("Non-state actor overtakes territory", place=goma_guess,
                          place_by_anaphor=True, start=40)])
    assert len(merged) == 1
    assert merged[0].place is CITY and merged[0].date == MONDAY


def test_distinct_incidents_are_not_restatements():
    told = _cand("Armed clash")
    # another place, a day told on each, more than a week apart, a day after publication
    assert not restates(told, _untold("Armed clash", place=OTHER))
    assert not restates(told, _cand("Armed clash", date=MONDAY + dt.timedelta(days=2)))
    assert not restates(told, _untold("Armed clash", days_after=9))
    assert not restates(told, _untold("Armed clash", days_after=-1))
    # "the final battles on Monday" and "have taken full control": two incidents
    assert not restates(told, _untold("Government regains territory"))
    # the report says it is another incident
    assert not restates(told, _untold("Armed clash", another_incident=True))
    # an arrest does not restate a looting, nor an air strike a battle
    assert not restates(_cand("Arrests", "Strategic developments"),
                        _untold("Looting/property destruction", "Strategic developments"))
    assert not restates(told, _untold("Air/drone strike", "Explosions/Remote violence"))
    assert len(merge([told, _untold("Armed clash", place=OTHER)])) == 2


def test_an_intercepted_strike_is_the_interception_alone():
    """"Drones launched at Mosul were shot down": disrupted weapons use, not a strike."""
    strike = _cand("Air/drone strike", "Explosions/Remote violence", sent_index=3, start=10)
    shot_down = _cand("Disrupted weapons use", "Strategic developments", sent_index=3,
                      start=40)
    assert intercepts(shot_down, strike)
    merged = merge([strike, shot_down])
    assert [(c.sub_event_type, c.mentions) for c in merged] == \
        [("Disrupted weapons use", [(40, 41), (10, 11)])]


def test_a_strike_in_another_sentence_is_not_the_interception():
    strike = _cand("Air/drone strike", "Explosions/Remote violence", sent_index=1)
    shot_down = _cand("Disrupted weapons use", "Strategic developments", sent_index=3)
    assert not intercepts(shot_down, strike)
    assert len(merge([strike, shot_down])) == 2


def _coded(text, published):
    events = eventdesk.extract(text, published=published, doc_id="merging")
    return sorted((e.sub_event_type, e.event_date, e.location) for e in events)


@pytest.mark.slow
def test_a_wire_lead_and_its_dated_recap_are_one_event():
    """Lead in the present perfect, body with the day and "the town": one event, its day."""
    report = ("Islamist militants have seized the town of Menaka in eastern Mali, residents "
              "said on Thursday. The fighters entered the town on Tuesday evening after "
              "soldiers withdrew, a local official said.")
    assert _coded(report, "2022-06-16") == [
        ("Non-state actor overtakes territory", dt.date(2022, 6, 14), "Menaka")]


@pytest.mark.slow
def test_an_official_quote_restating_the_news_is_not_a_second_event():
    report = ("DAMASCUS, Feb 10 (Test Wire) - Syrian army units took control of the town of "
              "Saraqib on Saturday, state television said. 'Our heroic forces have liberated "
              "Saraqib from the terrorists,' the army command said in a statement.")
    coded = _coded(report, "2020-02-10")
    assert [(s, d) for s, d, _ in coded] == [("Government regains territory",
                                             dt.date(2020, 2, 8))]


@pytest.mark.slow
def test_attacks_on_other_days_or_at_other_places_stay_apart():
    """A sitrep's incidents: two days at one town, and a present perfect at another."""
    report = ("On 3 March, gunmen attacked a police post in Damboa. On 5 March, in another "
              "attack, gunmen attacked a police post in Damboa. Troops have retaken the town "
              "of Bama, the army said.")
    coded = _coded(report, "2021-03-06")
    battles_at_damboa = [d for s, d, loc in coded if "Damboa" in (loc or "")]
    assert sorted(battles_at_damboa) == [dt.date(2021, 3, 3), dt.date(2021, 3, 5)]
    assert ("Government regains territory", dt.date(2021, 3, 6), "Bama") in coded


@pytest.mark.slow
def test_a_definite_back_reference_tells_more_of_the_event_before():
    """"The air raid had targeted …" and "the helicopter returned and fired on …" restate
    the strike told before; an attack at another place on another day is its own."""
    report = ("Army jets bombed a market in the village of Kafr Nabl on Tuesday, killing 20 "
              "people. The helicopter returned and fired on villagers trying to help the "
              "wounded. Rebels shelled Hama on Sunday. State media said the air raid had "
              "targeted a rebel headquarters.")
    coded = _coded(report, "2016-03-10")
    strikes = [(s, d) for s, d, _ in coded if s == "Air/drone strike"]
    assert strikes == [("Air/drone strike", dt.date(2016, 3, 8))]
    assert [s for s, _, _ in coded].count("Shelling/artillery/missile attack") == 1
    assert "Attack" not in [s for s, _, _ in coded]


@pytest.mark.slow
def test_what_a_strike_was_aimed_at_is_that_strike():
    """"It targeted a senior commander", "its fighters attacked the convoy" right after a
    strike name the strike's target, not an armed clash; aiming told with a place of its
    own stays an event."""
    report = ("A strike hit a building in the Dahiyeh district of Beirut on Monday. The "
              "Israeli military said it targeted a senior Hezbollah commander.")
    assert [s for s, _, _ in _coded(report, "2024-09-24")] == ["Air/drone strike"]
    report = ("A roadside bomb hit an army convoy near Tal Afar on Monday, killing three "
              "soldiers. Islamic State said its fighters attacked the convoy.")
    assert [s for s, _, _ in _coded(report, "2021-06-15")] == ["Remote explosive/landmine/IED"]
    report = ("A strike hit a building in the Dahiyeh district of Beirut on Monday. On "
              "Tuesday, troops targeted Hezbollah positions near Khiam.")
    assert "Armed clash" in [s for s, _, _ in _coded(report, "2024-09-24")]


@pytest.mark.slow
def test_the_clashes_after_a_crowd_fought_police_are_that_riot():
    """"The clashes left one officer wounded" after youths clashed with police names the
    riot told before, not an armed clash of its own."""
    report = ("Youths clashed with police in the town of Kisumu on Monday, burning tyres. The "
              "clashes left one police officer wounded, police said.")
    assert [s for s, _, _ in _coded(report, "2024-03-13")] == ["Violent demonstration"]


def test_a_place_taken_and_the_same_place_handed_over_are_one_incident():
    taken = _untold("Non-state actor overtakes territory")
    handed = _cand("Non-violent transfer of territory", "Strategic developments", start=30)
    assert restates(taken, handed)
    merged = merge([taken, handed])
    assert [(c.sub_event_type, c.date) for c in merged] == \
        [("Non-state actor overtakes territory", MONDAY)]


def test_a_protest_that_turned_violent_is_one_violent_demonstration():
    """"Protesters clashed with police in Dakar on Tuesday. Police fired tear gas at the
    protesters": one crowd, one place and day, coded as the violent demonstration."""
    police = Actor("Police Forces of Iraq", 1, "IQ")
    riot = _cand("Violent demonstration", "Riots", start=0)
    dispersed = _cand("Protest with intervention", "Protests", start=1, actor2=police)
    assert turned_violent(riot, dispersed)
    merged = merge([riot, dispersed])
    assert [(c.sub_event_type, c.actor2) for c in merged] == [("Violent demonstration", police)]


def test_crowds_at_two_sites_or_far_apart_in_the_report_stay_two_events():
    riot = _cand("Violent demonstration", "Riots", place=DISTRICT, start=0)
    # a district and its city: two sites of one city ("in the Cantonment", "on The Mall")
    assert len(merge([riot, _cand("Protest with intervention", "Protests", start=1)])) == 2
    # the same place, but told paragraphs apart or as another incident
    riot = _cand("Violent demonstration", "Riots", start=0)
    assert not turned_violent(riot, _cand("Peaceful protest", "Protests", start=5))
    assert not turned_violent(riot, _cand("Peaceful protest", "Protests", start=1,
                                          another_incident=True))
    # mob violence is an attack on people, not a crowd's clash with the police
    assert not turned_violent(_cand("Mob violence", "Riots"), _cand("Peaceful protest",
                                                                     "Protests", start=1))


def test_a_province_wide_restatement_joins_the_town_and_keeps_the_town():
    """"Troops have regained ground in Nineveh province" and "troops retook Mosul on
    Monday": one event at Mosul; a town of another province stays apart."""
    province = Place(country="Iraq", country_code="IQ", admin1="Nineveh", latitude=36.0,
                     longitude=42.5, geo_precision=3)
    town = Place(country="Iraq", country_code="IQ", admin1="Nineveh", location="Mosul",
                 latitude=36.3, longitude=43.1, geo_precision=1)
    elsewhere = Place(country="Iraq", country_code="IQ", admin1="Anbar", location="Ramadi",
                      latitude=33.4, longitude=43.3, geo_precision=1)
    merged = merge([_untold("Government regains territory", place=province),
                    _cand("Government regains territory", place=town, start=30)])
    assert [(c.place, c.date) for c in merged] == [(town, MONDAY)]
    assert len(merge([_untold("Government regains territory", place=province),
                      _cand("Government regains territory", place=elsewhere, start=30)])) == 2


def test_an_attack_on_a_town_that_names_no_victims_is_the_battle_there():
    """"ISMP insurgents attacked Macomia town on Friday. They fought the army for hours":
    one battle, whose attacker the first telling names."""
    insurgents = Actor("Islamic State Mozambique Province", 2, None)
    unnamed = Actor("Unidentified Armed Group (Iraq)", 3, "IQ")
    assault = _cand("Attack", "Violence against civilians", attacks_a_place=True,
                    actor1=insurgents)
    fight = _cand("Armed clash", start=1, actor1=unnamed)
    assert town_assault(fight, assault)
    merged = merge([assault, fight])
    assert [(c.sub_event_type, c.actor1) for c in merged] == [("Armed clash", insurgents)]


def test_an_attack_on_people_beside_a_battle_stays_an_attack():
    killing = _cand("Attack", "Violence against civilians")  # "gunmen shot five farmers"
    assert not town_assault(_cand("Armed clash", start=1), killing)
    assert len(merge([killing, _cand("Armed clash", start=1)])) == 2
    # an assault on a town another day is not that day's battle
    assault = _cand("Attack", "Violence against civilians", attacks_a_place=True,
                    date=MONDAY - dt.timedelta(days=3))
    assert len(merge([assault, _cand("Armed clash", start=1)])) == 2


@pytest.mark.slow
def test_why_decided_names_the_event_a_telling_was_merged_into():
    report = ("Islamist militants have seized the town of Menaka in eastern Mali, residents "
              "said on Thursday. The fighters entered the town on Tuesday evening after "
              "soldiers withdrew, a local official said.")
    doc = eventdesk.load().parse(Document(doc_id="why", text=report,
                                          published=dt.date(2022, 6, 16)))
    merged = [(text, why) for _, text, outcome, why in doc.user_data[DECISIONS_KEY]
              if outcome == "merged into"]
    assert merged and merged[0][0].startswith("The fighters entered the town")
    assert {why for _, why in merged} == {"Non-state actor overtakes territory at 0"}


@pytest.mark.slow
def test_drones_shot_down_are_one_disrupted_weapons_use():
    report = ("KYIV, May 4 (Test Wire) - All nine attack drones launched at the Kharkiv region "
              "overnight were shot down by air defences, the regional governor said.")
    coded = _coded(report, "2023-05-04")
    assert [s for s, _, _ in coded] == ["Disrupted weapons use"]


def test_rapes_in_an_assault_are_one_sexual_violence_event():
    """"Soldiers stormed a compound in Mosul and raped several women": one incident,
    sexual violence first in priority, with what only the attack telling says."""
    attack = _cand("Attack", "Violence against civilians", sent_index=2, start=10,
                   fatalities=2)
    rape = _cand("Sexual violence", "Violence against civilians", sent_index=2, start=40)
    assert rape_in_assault(rape, attack) and not rape_in_assault(attack, rape)
    merged = merge([attack, rape])
    assert [(c.sub_event_type, c.fatalities, c.mentions) for c in merged] == \
        [("Sexual violence", 2, [(40, 41), (10, 11)])]


def test_rapes_told_apart_from_an_attack_stay_two_events():
    attack = _cand("Attack", "Violence against civilians", sent_index=2, start=10)
    for rape in (
            _cand("Sexual violence", "Violence against civilians", sent_index=3, start=40),
            _cand("Sexual violence", "Violence against civilians", sent_index=2, start=40,
                  date=MONDAY + dt.timedelta(days=1)),
            _cand("Sexual violence", "Violence against civilians", sent_index=2, start=40,
                  place=OTHER),
            _cand("Sexual violence", "Violence against civilians", sent_index=2, start=40,
                  another_incident=True)):
        assert not rape_in_assault(rape, attack)
        assert len(merge([attack, rape])) == 2


def test_gunmen_a_crowd_seized_and_killed_are_its_victims_not_a_battle():
    """"A crowd seized 13 gang members from a police vehicle and burned them to death"."""
    clash = _cand("Armed clash", sent_index=1, start=5)
    mob = _cand("Mob violence", "Riots", sent_index=1, start=30)
    assert crowd_seized_fighters(mob, clash)
    assert [c.sub_event_type for c in merge([clash, mob])] == ["Mob violence"]
    # a clash told in another sentence, or elsewhere, is a battle of its own
    assert len(merge([_cand("Armed clash", sent_index=2, start=60), mob])) == 2
    assert len(merge([_cand("Armed clash", sent_index=1, start=5, place=OTHER), mob])) == 2



@pytest.mark.slow
def test_the_last_event_restated_with_its_place_is_no_second_event():
    """"The protest in the capital of X province followed reports that a commander had
    raped a girl": the protest just told, described again; the rape is what the reports
    say. Told after another event, a protest in a place of its own is its own."""
    report = ("Security forces opened fire on people protesting in Zahedan on Friday, killing "
              "at least 40. State media put the death toll at 19. The protest in the capital "
              "of Sistan-Baluchestan province followed reports that a police commander had "
              "raped a teenage girl in custody.")
    assert [s for s, _, _ in _coded(report, "2022-10-01")] == \
        ["Excessive force against protesters"]
    # told after another event, a place in the subject still makes a new telling
    text = "The protest in Tehran followed reports that a commander had raped a girl."
    doc = eventdesk.load().parse(Document(text=text, doc_id="restated", published=MONDAY),
                                 classifier=False)
    clause = next(c for s in doc.sents for c in clauses(s, doc._.triggers))
    protest = _cand("Excessive force against protesters", "Protests")
    assert restated_subject(doc, clause, protest, latest=True)
    assert not restated_subject(doc, clause, protest, latest=False)


def test_a_summary_followed_by_its_instance_is_the_instance():
    """"Armed groups kept up rocket fire on Sunday. A rocket hit a house in Mosul": the
    first names no place of its own (it has the report's focus), the second is where."""
    summary = _cand("Shelling/artillery/missile attack", "Explosions/Remote violence",
                    place=OTHER, sent_index=3, start=10, place_from_context=True,
                    actor1=Actor("Islamic State", 2, "IQ"))
    instance = _cand("Shelling/artillery/missile attack", "Explosions/Remote violence",
                     sent_index=4, start=50)
    merged = merge([summary, instance])
    assert [(c.place, c.start_char, c.actor1.name) for c in merged] == \
        [(CITY, 50, "Islamic State")]


def test_a_placeless_telling_stays_apart_from_other_days_sentences_or_incidents():
    kw = {"place": OTHER, "sent_index": 3, "start": 10, "place_from_context": True}
    later = {"sent_index": 4, "start": 50}
    shelling = ("Shelling/artillery/missile attack", "Explosions/Remote violence")
    for summary, instance in (
            (_cand(*shelling, **kw), _cand(*shelling, date=MONDAY + dt.timedelta(days=1),
                                           **later)),
            (_cand(*shelling, **kw), _cand(*shelling, sent_index=6, start=50)),
            (_cand(*shelling, **kw), _cand("Air/drone strike", shelling[1], **later)),
            (_cand(*shelling, **kw), _cand(*shelling, another_incident=True, **later)),
            (_cand(*shelling, **{**kw, "place_from_context": False}), _cand(*shelling,
                                                                            **later))):
        assert len(merge([summary, instance])) == 2


def test_another_sub_type_in_a_district_named_in_its_own_sentence_is_another_incident():
    suicide = _cand("Suicide bomb", "Explosions/Remote violence", place=CITY, sent_index=1)
    roadside = _cand("Remote explosive/landmine/IED", "Explosions/Remote violence",
                     place=DISTRICT, sent_index=3)
    assert len(merge([suicide, roadside])) == 2


def test_a_district_telling_of_the_same_sub_type_or_placed_by_context_still_joins_the_city():
    blast = _cand("Suicide bomb", "Explosions/Remote violence", place=CITY, sent_index=1)
    again = _cand("Suicide bomb", "Explosions/Remote violence", place=DISTRICT, sent_index=2)
    assert len(merge([blast, again])) == 1
    city = _cand("Suicide bomb", "Explosions/Remote violence", place=CITY, sent_index=1)
    unplaced = _cand("Remote explosive/landmine/IED", "Explosions/Remote violence",
                     place=DISTRICT, sent_index=2, place_from_context=True)
    assert len(merge([city, unplaced])) == 1


@pytest.mark.slow
def test_a_toll_update_dates_the_count_and_the_blast_told_next_gives_the_day():
    report = ("The number of people killed in a car bombing at a crowded market in Mosul "
              "rose to 40 on Thursday, hospital officials said. The explosion went off "
              "shortly after noon on Tuesday as families shopped for the holiday.")
    assert _coded(report, "2021-06-18") == [
        ("Remote explosive/landmine/IED", dt.date(2021, 6, 15), "Mosul")]


POLICE = Actor("Police Forces of Iraq", 1, "IRQ")
ARMY = Actor("Military Forces of Iraq", 1, "IRQ")
MILITIA = Actor("Unidentified Armed Group (Iraq)", 3, "IRQ")
MARCHERS = Actor("Protesters (Iraq)", 6, "IRQ")


def test_police_firing_on_a_protest_is_its_handling_not_a_battle():
    crowd = _cand("Excessive force against protesters", "Protests", sent_index=0,
                  actor1=MARCHERS, actor2=POLICE, fatalities=4)
    fired = _cand("Armed clash", sent_index=1, actor1=POLICE, actor2=ARMY)
    assert fire_on_crowd(crowd, fired)
    merged = merge([crowd, fired])
    assert [(c.sub_event_type, c.fatalities) for c in merged] == \
        [("Excessive force against protesters", 4)]


def test_a_clash_with_an_armed_group_or_far_from_the_protest_stays_a_battle():
    crowd = _cand("Protest with intervention", "Protests", sent_index=0, actor1=MARCHERS)
    gunmen = _cand("Armed clash", sent_index=1, actor1=POLICE, actor2=MILITIA)
    later = _cand("Armed clash", sent_index=3, actor1=POLICE)
    elsewhere = _cand("Armed clash", place=OTHER, sent_index=1, actor1=POLICE)
    assert not any(fire_on_crowd(crowd, c) for c in (gunmen, later, elsewhere))
    assert len(merge([crowd, gunmen])) == 2


def test_the_force_that_killed_then_fought_on_at_the_site_fought_one_battle():
    killing = _cand("Attack", "Violence against civilians", sent_index=1, actor1=ARMY,
                    fatalities=9)
    fighting = _cand("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA,
                     place_from_context=True)
    assert fought_on_after_killing(fighting, killing)
    merged = merge([killing, fighting])
    assert [(c.sub_event_type, c.fatalities, c.actor2) for c in merged] == \
        [("Armed clash", 9, MILITIA)]


def test_a_clash_placed_in_its_own_words_by_another_force_or_later_stays_apart():
    killing = _cand("Attack", "Violence against civilians", sent_index=1, actor1=ARMY)
    named = _cand("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA)
    other_force = _cand("Armed clash", sent_index=2, actor1=POLICE, place_from_context=True)
    same_sentence = _cand("Armed clash", sent_index=1, actor1=ARMY, place_from_context=True)
    assert not any(fought_on_after_killing(c, killing)
                   for c in (named, other_force, same_sentence))


def test_police_shooting_at_a_protest_in_a_district_of_its_city_is_no_attack_of_its_own():
    crowd = _cand("Excessive force against protesters", "Protests", sent_index=4,
                  actor1=MARCHERS, actor2=POLICE)
    shot = _cand("Attack", "Violence against civilians", place=DISTRICT, sent_index=4,
                 actor1=POLICE, actor2=Actor("Civilians (Iraq)", 7, "IRQ"))
    assert fire_on_crowd(crowd, shot)
    assert [c.sub_event_type for c in merge([crowd, shot])] == \
        ["Excessive force against protesters"]


def test_homes_burned_by_the_killers_in_the_same_sentence_are_part_of_the_attack():
    killing = _cand("Attack", "Violence against civilians", sent_index=2, actor1=MILITIA,
                    fatalities=20)
    burning = _cand("Looting/property destruction", "Strategic developments", sent_index=2,
                    actor1=MILITIA)
    unnamed = _cand("Looting/property destruction", "Strategic developments", sent_index=2)
    assert burned_in_attack(killing, burning) and burned_in_attack(killing, unnamed)
    assert [(c.sub_event_type, c.fatalities) for c in merge([burning, killing])] == \
        [("Attack", 20)]


def test_looting_told_elsewhere_or_by_another_side_stays_its_own_event():
    killing = _cand("Attack", "Violence against civilians", sent_index=2, actor1=MILITIA)
    later = _cand("Looting/property destruction", "Strategic developments", sent_index=3,
                  actor1=MILITIA)
    by_troops = _cand("Looting/property destruction", "Strategic developments",
                      sent_index=2, actor1=ARMY)
    other_town = _cand("Looting/property destruction", "Strategic developments",
                       sent_index=2, actor1=MILITIA, place=OTHER)
    assert not any(burned_in_attack(killing, c) for c in (later, by_troops, other_town))
    assert len(merge([killing, later])) == 2


def test_arms_seized_and_shops_looted_in_a_fight_are_part_of_the_fight():
    clash = _cand("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA, fatalities=9)
    seized = _cand("Disrupted weapons use", "Strategic developments", sent_index=2,
                   actor1=ARMY)
    looted_next = _cand("Looting/property destruction", "Strategic developments",
                        sent_index=3, place_from_context=True)
    assert spoils_of_battle(clash, seized) and spoils_of_battle(clash, looted_next)
    assert [(c.sub_event_type, c.fatalities) for c in merge([clash, seized, looted_next])] \
        == [("Armed clash", 9)]


def test_arrests_or_spoils_told_apart_stay_their_own_events():
    clash = _cand("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA)
    arrests = _cand("Arrests", "Strategic developments", sent_index=2, actor1=ARMY)
    by_others = _cand("Disrupted weapons use", "Strategic developments", sent_index=2,
                      actor1=SHABAAB)
    placed_later = _cand("Looting/property destruction", "Strategic developments",
                         sent_index=3)
    two_later = _cand("Looting/property destruction", "Strategic developments",
                      sent_index=4, place_from_context=True)
    assert not any(spoils_of_battle(clash, c)
                   for c in (arrests, by_others, placed_later, two_later))
    assert len(merge([clash, arrests])) == 2


SHABAAB = Actor("Al Shabaab", 2, "SOM")


def test_the_bombing_that_began_an_attack_told_next_is_the_attack():
    attack = _cand("Attack", "Violence against civilians", sent_index=0, actor1=SHABAAB,
                   fatalities=15, claimed_by="police")
    bomb = _cand("Suicide bomb", "Explosions/Remote violence", place=DISTRICT, sent_index=1,
                 actor1=SHABAAB, place_from_context=True)
    assert how_the_attack_began(bomb, attack)
    assert [(c.sub_event_type, c.fatalities, c.claimed_by, c.place)
            for c in merge([attack, bomb])] == [("Suicide bomb", 15, "police", DISTRICT)]


def test_a_bomb_by_another_or_unnamed_side_or_told_later_is_its_own_event():
    attack = _cand("Attack", "Violence against civilians", sent_index=0, actor1=SHABAAB)
    unnamed = _cand("Suicide bomb", "Explosions/Remote violence", sent_index=1,
                    actor1=MILITIA)
    later = _cand("Suicide bomb", "Explosions/Remote violence", sent_index=3, actor1=SHABAAB)
    separately = _cand("Suicide bomb", "Explosions/Remote violence", sent_index=1,
                       actor1=SHABAAB, another_incident=True)
    assert not any(how_the_attack_began(c, attack) for c in (unnamed, later, separately))
    assert len(merge([attack, later])) == 2


@pytest.mark.slow
def test_troops_ending_the_siege_tell_how_the_attack_ended_and_add_its_dead():
    report = ("At least 12 people were killed when a suicide bomber blew up a car at the "
              "gate of a hotel in Kismayo on Tuesday. "
              "Soldiers ended the siege after several hours, killing the three gunmen, "
              "officials said.")
    events = eventdesk.extract(report, published="2021-06-16", doc_id="merging")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 15)]


@pytest.mark.slow
def test_ending_a_siege_elsewhere_or_another_day_is_its_own_event():
    report = ("At least 12 people were killed when a suicide bomber blew up a car at the "
              "gate of a hotel in Kismayo on Tuesday. On Thursday, soldiers ended the "
              "siege of a police station in Baidoa, killing three gunmen.")
    events = eventdesk.extract(report, published="2021-06-18", doc_id="merging")
    assert len(events) == 2


def test_a_place_entered_after_the_other_side_left_overnight_is_one_transfer():
    """"re-entered the town after the insurgents withdrew overnight": the entry and the
    withdrawal a day apart in one sentence are one transfer; a place retaken two days
    after it fell, or told in another sentence, is a second transfer."""
    entry = _cand("Non-violent transfer of territory", "Strategic developments",
                  sent_index=4)
    withdrawal = _cand("Non-violent transfer of territory", "Strategic developments",
                       date=MONDAY + dt.timedelta(days=1), start=5, sent_index=4)
    assert one_transfer(entry, withdrawal)
    assert [c.date for c in merge([entry, withdrawal])] == [MONDAY]
    fell = _cand("Non-state actor overtakes territory", date=MONDAY - dt.timedelta(days=2),
                 start=5, sent_index=4)
    assert not one_transfer(_cand("Government regains territory", sent_index=4), fell)
    later = _cand("Non-violent transfer of territory", "Strategic developments",
                  date=MONDAY + dt.timedelta(days=1), start=5, sent_index=5)
    assert not one_transfer(_cand("Non-violent transfer of territory",
                                  "Strategic developments", sent_index=4), later)
    assert not one_transfer(_cand("Non-violent transfer of territory",
                                  "Strategic developments", sent_index=4),
                            _cand("Non-violent transfer of territory",
                                  "Strategic developments", place=OTHER, start=5,
                                  sent_index=4))


PROVINCE = Place(country="Iraq", location="Nineveh", latitude=36.0, longitude=42.5,
                 geo_precision=3, admin1="Nineveh")
TOWN = Place(country="Iraq", location="Bashiqa", latitude=36.45, longitude=43.35,
             geo_precision=1, admin1="Nineveh")


def test_the_attackers_named_again_in_the_next_sentence_tell_the_same_attack():
    """"Gunmen killed 20 people in a village in X province. The gunmen stormed Y village on
    Sunday evening": one attack at the village, typed as the lead tells it."""
    lead = _cand("Attack", "Violence against civilians", place=PROVINCE, fatalities=20,
                 sent_index=0)
    retold = _cand("Armed clash", place=TOWN, date=MONDAY - dt.timedelta(days=1), start=1,
                   sent_index=1, attackers_again=True)
    assert tells_attack_again(lead, retold)
    merged = merge([lead, retold])
    assert [(c.sub_event_type, c.place.location, c.fatalities) for c in merged] == \
        [("Attack", "Bashiqa", 20)]


def test_attackers_named_again_elsewhere_later_or_not_as_a_retelling_stay_apart():
    lead = _cand("Attack", "Violence against civilians", sent_index=0)
    assert not tells_attack_again(lead, _cand("Attack", "Violence against civilians",
                                              start=1, sent_index=1))  # no "the gunmen"
    assert not tells_attack_again(lead, _cand("Attack", "Violence against civilians",
                                              place=OTHER, start=1, sent_index=1,
                                              attackers_again=True))
    assert not tells_attack_again(lead, _cand("Attack", "Violence against civilians",
                                              date=MONDAY + dt.timedelta(days=3), start=1,
                                              sent_index=1, attackers_again=True))
    assert not tells_attack_again(lead, _cand("Attack", "Violence against civilians",
                                              start=3, sent_index=3, attackers_again=True))


@pytest.mark.slow
def test_the_gunmen_storming_the_village_of_the_lead_is_that_attack():
    report = ("Gunmen killed 20 people in an attack on a village in Zamfara state, police "
              "said on Monday. The gunmen stormed Kadawa village on Sunday evening and opened "
              "fire on residents, a police spokesman said.")
    assert [s for s, _, _ in _coded(report, "2024-06-03")] == ["Attack"]
    report = ("Gunmen killed 20 people in an attack on a village in Zamfara state on Sunday. "
              "The gunmen later attacked a police post in Gusau, killing two officers.")
    assert len(_coded(report, "2024-06-03")) == 2


@pytest.mark.slow
def test_a_strike_named_by_its_day_is_the_strike_told_before():
    """"last Tuesday's strike had targeted fighters" after "a week after an air strike on
    a market in Adwa": one strike, on the day the possessive names; "Sunday's strike on
    Rafah" after a strike on Monday in Khan Younis is another."""
    report = ("ADDIS ABABA - Tigrayan forces entered Mekelle on Monday. The withdrawal came "
              "a week after an air strike on a busy market in Adwa killed at least 51 people, "
              "according to health officials. The military said last Tuesday's strike had "
              "targeted fighters in civilian clothes.")
    strikes = [(s, d) for s, d, _ in _coded(report, "2021-06-29") if s == "Air/drone strike"]
    assert strikes == [("Air/drone strike", dt.date(2021, 6, 22))]
    report = ("An air strike killed five people in Khan Younis on Monday, medics said. "
              "Sunday's strike on Rafah killed three children, they said.")
    assert len(_coded(report, "2024-06-25")) == 2


@pytest.mark.slow
def test_the_site_a_missile_was_launched_from_is_no_second_strike():
    report = ("Houthi rebels fired a ballistic missile at the Saudi city of Jazan on Sunday, "
              "the coalition said. The missile was launched from Saada province, a coalition "
              "spokesman said, and caused no casualties.")
    assert [loc for _, _, loc in _coded(report, "2022-07-04")] == ["Jizan"]


@pytest.mark.slow
def test_property_burned_by_no_one_right_after_an_attack_is_its_damage():
    """"Several houses were set on fire" after gunmen killed villagers: the attack's
    damage; "rioters set fire to cars" or a burning told with its own place stays apart."""
    report = ("Gunmen killed at least 17 people in an attack on a village in Kaduna state "
              "on Sunday, police said. Several houses were set on fire.")
    assert [s for s, _, _ in _coded(report, "2023-03-06")] == ["Attack"]
    report = ("Gunmen killed at least 17 people in an attack on a village in Kaduna state "
              "on Sunday, police said. On Monday, several houses were set on fire in Zaria.")
    assert len(_coded(report, "2023-03-06")) == 2


@pytest.mark.slow
def test_the_home_of_whoever_did_the_attack_told_before_is_no_new_place():
    report = ("JERUSALEM, Sept 4 - A Palestinian gunman opened fire at a bus stop at the "
              "entrance to Jerusalem on Sunday, killing three people, police said. Police said "
              "the attack was carried out by a resident of east Jerusalem.")
    assert [s for s, _, _ in _coded(report, "2023-09-04")] == ["Attack"]


def test_a_region_wide_telling_followed_by_a_town_of_it_is_that_towns_event():
    """"Warplanes pounded towns in Nineveh province on Monday. In Bashiqa, an air strike
    killed six": the province's telling summarises the town's; a town of another province
    or another day is its own event."""
    summary = _cand("Air/drone strike", "Explosions/Remote violence", place=PROVINCE,
                    sent_index=0)
    town = _cand("Air/drone strike", "Explosions/Remote violence", place=TOWN, start=1,
                 sent_index=1, fatalities=6)
    assert instance_of(town, summary)
    assert [(c.place.location, c.fatalities) for c in merge([summary, town])] == \
        [("Bashiqa", 6)]
    assert not instance_of(_cand("Air/drone strike", "Explosions/Remote violence",
                                 place=OTHER, start=1, sent_index=1), summary)
    assert not instance_of(_cand("Air/drone strike", "Explosions/Remote violence",
                                 place=TOWN, date=MONDAY + dt.timedelta(days=1), start=1,
                                 sent_index=1), summary)


@pytest.mark.slow
def test_deeds_told_in_what_a_back_reference_says_of_the_event_are_that_event():
    """"killed in the attack, which began on Friday evening when militants set off two car
    bombs … and then stormed the building": the toll, the bombs and the storming are the
    siege told before, whatever day it began."""
    report = ("MOGADISHU, Aug 15 - Somali security forces ended a 30-hour siege by al Shabaab "
              "militants at the Hayat Hotel in Mogadishu on Saturday, killing all the "
              "attackers, police said. At least 21 people were killed in the attack, which "
              "began on Friday evening when militants set off two car bombs outside the hotel "
              "and then stormed the building.")
    assert [s for s, _, _ in _coded(report, "2022-08-15")] == ["Armed clash"]
    report = ("MOGADISHU, Aug 15 - Somali security forces ended a 30-hour siege by al Shabaab "
              "militants at the Hayat Hotel in Mogadishu on Saturday, killing all the "
              "attackers, police said. On Sunday, militants set off two car bombs outside a "
              "hotel in Kismayo.")
    assert len(_coded(report, "2022-08-15")) == 2



def test_a_region_told_on_the_day_of_a_town_of_it_stays_its_own_event():
    """"Barrel bombs also fell on at least four villages in the Aleppo countryside" beside
    a strike on a named town of it: GUIDELINES codes the region's event apart (geo_precision
    3); only a region told first and its town right after are one (`instance_of`)."""
    town = _cand("Air/drone strike", "Explosions/Remote violence", place=TOWN, sent_index=2)
    region = _cand("Air/drone strike", "Explosions/Remote violence", place=PROVINCE, start=3,
                   sent_index=3)
    assert not same_event(town, region)
    assert len(merge([town, region])) == 2


def test_two_pairs_of_named_sides_at_one_place_and_day_are_two_events():
    """GUIDELINES: an event is between the same actors. Al Shabaab against the army and the
    police against Islamic State in one city on one day are two battles; a side in common
    or an unnamed side keeps the tellings one."""
    army = Actor("Military Forces of Somalia", 1, None)
    police = Actor("Police Forces of Somalia", 1, None)
    shabaab, isis = Actor("Al Shabaab", 2, None), Actor("Islamic State (Somalia)", 2, None)
    unnamed = Actor("Unidentified Armed Group (Somalia)", 3, None)
    first = _cand("Armed clash", actor1=shabaab, actor2=army)
    second = _cand("Armed clash", actor1=police, actor2=isis, start=1)
    assert other_sides(first, second) and len(merge([first, second])) == 2
    assert not other_sides(first, _cand("Armed clash", actor1=army, actor2=isis, start=1))
    assert not other_sides(first, _cand("Armed clash", actor1=police, actor2=unnamed))
    assert not other_sides(first, _cand("Armed clash", actor1=police, start=1))


@pytest.mark.slow
def test_a_toll_told_as_another_incident_does_not_add_to_the_event_before():
    """"In another attack, three soldiers were killed", "Separately, two civilians were
    killed in the fighting": the report marks a new incident; its dead are not the earlier
    event's, and it is coded as its own event."""
    for second in ("In another attack, three soldiers were killed in Bama.",
                   "Three soldiers were killed in another attack in Bama.",
                   "Separately, three soldiers were killed in the fighting in Bama."):
        report = "Gunmen killed five villagers in Gwoza on Monday. " + second
        events = eventdesk.extract(report, published="2024-03-06", doc_id="merging")
        assert sorted((e.location, e.fatalities) for e in events) == \
            [("Bama", 3), ("Gwoza", 5)], second


@pytest.mark.slow
def test_a_toll_in_the_attack_told_before_still_adds_to_it():
    """"… were killed in the attack" (no "another", no "separately") keeps adding its dead
    to the event told before."""
    report = ("Gunmen killed five villagers in Gwoza on Monday. "
              "Three soldiers were also killed in the attack, officials said.")
    events = eventdesk.extract(report, published="2024-03-06", doc_id="merging")
    assert [(e.location, e.fatalities) for e in events] == [("Gwoza", 8)]


@pytest.mark.slow
def test_a_noun_naming_another_incident_is_no_back_reference():
    """"in another attack", "in a separate raid", "in the other clashes" do not point back
    to the event told before; "in the attack" does."""
    pipeline = eventdesk.load()
    for phrase, expected in (("were killed in the attack", True),
                             ("were killed in another attack", False),
                             ("were killed in the other clashes", False),
                             ("were killed in the separate raid", False)):
        doc = pipeline.parse(Document(text="Three soldiers " + phrase + ".", doc_id="backref",
                                      published=MONDAY), classifier=False)
        noun = next(t for t in doc if t.lemma_.lower() in ("attack", "clash", "raid"))
        assert _is_backref(noun) is expected, phrase


def test_a_riot_told_later_than_the_march_is_its_own_event():
    """"Thousands marched in X on Wednesday. Trouble broke out later that evening, when
    youths torched vehicles": a riot the report puts after the march in a later sentence is
    a sequel, not the march turned violent; told in the same breath, or with no "later", it
    is."""
    march = _cand("Peaceful protest", "Protests", sent_index=0)
    riot = _cand("Violent demonstration", "Riots", start=1, sent_index=1, told_later=True)
    assert not turned_violent(riot, march)
    assert len(merge([march, riot])) == 2
    riot.told_later = False
    assert turned_violent(riot, march)
    assert len(merge([march, riot])) == 1


def test_a_telling_marked_as_another_incident_stays_apart_at_the_same_place_and_day():
    """"An air strike hit a market in X on Monday. Separately, another strike hit a school
    in the town": a later sentence marked as another incident is one, even at the same
    place on the same day; told in one sentence, or unmarked, the tellings merge."""
    first = _cand("Air/drone strike", "Explosions/Remote violence", sent_index=0)
    separately = _cand("Air/drone strike", "Explosions/Remote violence", start=1,
                       sent_index=1, another_incident=True)
    assert not same_event(first, separately)
    assert len(merge([first, separately])) == 2
    separately.another_incident = False
    assert len(merge([first, separately])) == 1
    same_sentence = _cand("Air/drone strike", "Explosions/Remote violence", start=1,
                          sent_index=0, another_incident=True)
    assert same_event(first, same_sentence)


AREA = Place(country="Iraq", location="Mosul - Sinjar plains", latitude=36.3, longitude=42.0,
             geo_precision=2, admin1="Nineveh")


def test_a_telling_naming_only_a_region_is_summed_up_by_the_town_told_next():
    """"The clashes, which began on Monday in the Sinjar region of Nineveh province, have
    left 40 dead. The heaviest fighting was in Bashiqa between Monday and Wednesday": a
    sentence naming only a region (placed at a named area of it) summarises the fighting
    told at a town of that region in the next, over a span of days after its own day; the
    town's place speaks for the event."""
    summary = _cand("Armed clash", place=AREA, sent_index=0, region_only=True, fatalities=40)
    town = _cand("Armed clash", place=TOWN, start=1, sent_index=1, precision=2,
                 date=MONDAY + dt.timedelta(days=1))
    assert instance_of(town, summary)
    assert [(c.place.location, c.fatalities) for c in merge([summary, town])] == \
        [("Bashiqa", 40)]
    # a sentence that names a town of its own, a town of another region, a day long after
    for other_summary, other_town in (
            (_cand("Armed clash", place=AREA, sent_index=0), town),
            (summary, _cand("Armed clash", place=OTHER, start=1, sent_index=1, precision=2,
                            date=MONDAY + dt.timedelta(days=1))),
            (summary, _cand("Armed clash", place=TOWN, start=1, sent_index=1, precision=2,
                            date=MONDAY + dt.timedelta(days=4)))):
        assert not instance_of(other_town, other_summary)
        assert len(merge([other_summary, other_town])) == 2



def test_a_regions_telling_that_took_a_towns_place_sums_up_no_second_town():
    """"Clashes have killed dozens across Nineveh province. The fiercest fighting was in
    Bashiqa and Tall Afar on Friday": the region's telling restated by Bashiqa's takes its
    place and is no longer told at the region alone; Tall Afar stays its own event."""
    summary = _cand("Armed clash", place=PROVINCE, sent_index=0, region_only=True,
                    precision=2, date_told=False, date=MONDAY + dt.timedelta(days=3))
    first = _cand("Armed clash", place=TOWN, start=1, sent_index=1)
    second = _cand("Armed clash", place=Place(country="Iraq", location="Tall Afar",
                                              latitude=36.4, longitude=42.4, geo_precision=1,
                                              admin1="Nineveh"), start=2, sent_index=1)
    assert [c.place.location for c in merge([summary, first, second])] == \
        ["Bashiqa", "Tall Afar"]


@pytest.mark.slow
def test_a_region_named_alone_is_told_apart_from_a_sentence_naming_a_town():
    """The dateline's city ("KADUNA – …") is where the report was filed, not a town the
    sentence names; a sentence naming only a state is region-only, one naming a town not."""
    from eventdesk.components.events.merging import names_only_a_region

    report = ("KADUNA – Clashes between herders and farmers in the south of Kaduna State have "
              "left at least 40 dead, the governor said. The heaviest fighting was recorded "
              "in Zonkwa on Tuesday.")
    doc = eventdesk.load().parse(Document(text=report, doc_id="region", published=MONDAY))
    first, second = [s for s in doc.sents if "Clashes" in s.text or "fighting" in s.text]
    assert names_only_a_region(doc, first)
    assert not names_only_a_region(doc, second)


SUBURB = Place(country="Nigeria", country_code="NG", location="Ikeja", latitude=6.60,
               longitude=3.34, geo_precision=2, admin1="Lagos")
LAGOS = Place(country="Nigeria", country_code="NG", location="Lagos", latitude=6.45,
              longitude=3.39, geo_precision=1, admin1="Lagos")
FAR_CITY = Place(country="Nigeria", country_code="NG", location="Ibadan", latitude=7.38,
                 longitude=3.90, geo_precision=1, admin1="Oyo")


def test_the_crowd_named_again_next_is_the_protest_told_before():
    """"Police fired tear gas to disperse protesters in Lagos on Monday. The demonstrators,
    who were protesting against fuel prices, had blocked a road in Ikeja": the crowd named
    again, a few kilometres off, is one protest coded by its intervention; a crowd named
    again in a city far off, a sentence marked "later", or a crowd not named again, stays
    its own event."""
    protest = _cand("Protest with intervention", "Protests", place=LAGOS, sent_index=1)
    retold = _cand("Peaceful protest", "Protests", place=SUBURB, start=1, sent_index=2,
                   crowd_again=True, date_told=False)
    assert tells_crowd_again(protest, retold)
    assert [(c.sub_event_type, c.place.location) for c in merge([protest, retold])] == \
        [("Protest with intervention", "Lagos")]
    for other in (
            _cand("Peaceful protest", "Protests", place=FAR_CITY, start=1, sent_index=2,
                  crowd_again=True),
            _cand("Peaceful protest", "Protests", place=SUBURB, start=1, sent_index=2,
                  crowd_again=True, told_later=True),
            _cand("Peaceful protest", "Protests", place=SUBURB, start=1, sent_index=2)):
        assert not tells_crowd_again(protest, other)
        assert len(merge([protest, other])) == 2


def test_a_crowd_told_again_turning_violent_is_coded_as_the_riot():
    protest = _cand("Peaceful protest", "Protests", place=LAGOS, sent_index=1)
    riot = _cand("Violent demonstration", "Riots", place=SUBURB, start=1, sent_index=2,
                 crowd_again=True)
    assert [c.sub_event_type for c in merge([protest, riot])] == ["Violent demonstration"]


@pytest.mark.slow
def test_a_crowd_is_named_again_only_with_the_and_no_word_of_a_sequel():
    from eventdesk.components.events.merging import crowd_told_again

    pipeline = eventdesk.load()
    for text, again in (
            ("The demonstrators, who were protesting against fuel prices, blocked a road.",
             True),
            ("The protesters marched to the governor's office.", True),
            ("The protesters later marched to the governor's office.", False),
            ("Hundreds of protesters marched to the governor's office.", False)):
        doc = pipeline.parse(Document(text=text, doc_id="crowd", published=MONDAY))
        found = [crowd_told_again(doc, c) for s in doc.sents
                 for c in clauses(s, doc._.triggers)]
        assert any(found) == again, text


# ---- scenes, crowds and summaries (issue 8: event granularity across sentences) -------

def test_a_sentence_opening_on_its_place_is_another_scene_even_in_the_citys_district():
    """"Clashes erupted in Mosul … In al-Zuhur, young men confronted the forces": a later
    sentence that opens on its place tells another event, even one the index puts in a
    district of the first telling's city; without that opening the city takes in its
    district (one event)."""
    first = _cand("Armed clash", place=CITY, start=0)
    fronted = _cand("Armed clash", place=DISTRICT, start=2, place_fronted=True)
    assert moved_to_another_place(first, fronted)
    assert len(merge([first, fronted])) == 2
    plain = _cand("Armed clash", place=DISTRICT, start=2)
    assert not moved_to_another_place(first, plain)
    assert len(merge([_cand("Armed clash", place=CITY, start=0), plain])) == 1
    # the same place named again at the sentence's opening: the same event
    again = _cand("Armed clash", place=CITY, start=2, place_fronted=True)
    assert len(merge([_cand("Armed clash", place=CITY, start=0), again])) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "opens"), [
    ("In Quetta, one protester was killed on Tuesday.", True),
    ("In the western city of Zawiya, rival militias also exchanged fire.", True),
    ("Also in Kaduna, gunmen abducted ten people.", True),
    ("In March, gunmen abducted ten people in Kaduna.", False),
    ("In a statement, the army said troops killed ten militants in Kaduna.", False),
    ("Gunmen abducted ten people in Kaduna, police said.", False),
])
def test_opens_on_a_place(sentence, opens):
    doc = eventdesk.load().parse(Document(text=sentence, doc_id="opens"))
    assert opens_on_a_place(next(iter(doc.sents))) is opens


def test_a_clash_told_with_a_violent_demonstration_is_the_crowds_fight():
    """"Young men confronted the forces with stones, and the soldiers fired rubber bullets
    at them": one violent demonstration; a fight with an armed group told beside a riot is
    a battle of its own."""
    soldiers = Actor("Military Forces of Israel", 1, "IL")
    riot = _cand("Violent demonstration", "Riots", start=1, sent_index=4)
    clash = _cand("Armed clash", start=0, sent_index=4, actor1=soldiers,
                  actor2=Actor("Military Forces of Palestine", 1, "PS"))
    assert crowd_fought_forces(riot, clash)
    assert [c.sub_event_type for c in merge([clash, riot])] == ["Violent demonstration"]
    militia = _cand("Armed clash", start=0, sent_index=4, actor1=soldiers,
                    actor2=Actor("Hamas", 2, "PS"))
    assert not crowd_fought_forces(riot, militia)
    assert len(merge([militia, _cand("Violent demonstration", "Riots", start=1,
                                     sent_index=4)])) == 2
    # told in another sentence: not the crowd's fight of that moment
    later = _cand("Armed clash", start=3, sent_index=5, actor1=soldiers)
    assert not crowd_fought_forces(riot, later)


def test_a_crowd_named_anew_in_the_next_sentence_is_another_protest():
    """"PTI workers stormed the residence … Police fired tear gas to disperse PTI supporters
    who had blocked The Mall": a crowd told by a deed and a place of its own is not the
    rioters of the sentence before (two events); "the protesters" are (one)."""
    riot = _cand("Violent demonstration", "Riots", start=0)
    anew = _cand("Protest with intervention", "Protests", start=1, crowd_anew=True)
    assert not turned_violent(riot, anew)
    assert len(merge([riot, anew])) == 2
    riot = _cand("Violent demonstration", "Riots", start=0)
    again = _cand("Protest with intervention", "Protests", start=1)
    assert len(merge([riot, again])) == 1
    # in one sentence, the crowd told with its site is still the one crowd
    riot = _cand("Violent demonstration", "Riots", start=0, sent_index=1)
    same = _cand("Protest with intervention", "Protests", start=1, sent_index=1,
                 crowd_anew=True)
    assert turned_violent(riot, same)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "anew"), [
    ("Police fired tear gas shells and used batons to disperse PTI supporters who had "
     "blocked The Mall near the Punjab Assembly.", True),
    ("Police fired tear gas at the protesters who had gathered outside Parliament.", False),
    ("Police fired tear gas at protesters.", False),
])
def test_crowd_named_anew(sentence, anew):
    doc = eventdesk.load().parse(Document(text=sentence, doc_id="anew"))
    (clause,) = [c for _, found in sentence_clauses(doc) for c in found]
    assert crowd_named_anew(clause) is anew


def test_a_summary_lead_with_no_day_joins_the_instance_told_in_detail():
    """"Jets have struck positions near Mosul, the army said … On Monday, a strike on a
    house in Hamam al-Alil killed three": the lead, with no day of its own, is the summary
    of the instance near its place (one event, the instance's place, day and toll)."""
    summary = _untold("Air/drone strike", "Explosions/Remote violence", start=0,
                      sent_index=0, place=CITY, fatalities=30)
    instance = _cand("Air/drone strike", "Explosions/Remote violence", start=5,
                     sent_index=3, place=NEAR, fatalities=3)
    assert summed_up_before(summary, instance)
    (merged,) = merge([summary, instance])
    assert (merged.place, merged.date, merged.fatalities) == (NEAR, MONDAY, 3)
    assert len(merged.mentions) == 2
    # a lead naming only a region: the instance in it
    region = _untold("Air/drone strike", "Explosions/Remote violence", start=0,
                     sent_index=0, place=CITY, region_only=True)
    assert summed_up_before(region, _cand("Air/drone strike", "Explosions/Remote violence",
                                          start=5, sent_index=3, place=OTHER))


def test_a_lead_with_a_town_of_its_own_or_marked_apart_is_not_a_summary():
    summary = _untold("Air/drone strike", "Explosions/Remote violence", start=0,
                      sent_index=0, place=CITY)
    instance = _cand("Air/drone strike", "Explosions/Remote violence", start=5,
                     sent_index=3, place=OTHER)
    assert not summed_up_before(summary, instance)  # Mosul and Tall Afar: ~60 km apart
    assert len(merge([summary, instance])) == 2
    # placed only by the sentences before it: maybe another strike there
    assert not summed_up_before(
        _untold("Air/drone strike", "Explosions/Remote violence", start=0, sent_index=0,
                place=CITY, place_from_context=True),
        _cand("Air/drone strike", "Explosions/Remote violence", start=5, sent_index=3,
              place=NEAR))
    vague = dict(start=0, sent_index=0, place=CITY)
    assert not summed_up_before(
        _untold("Air/drone strike", "Explosions/Remote violence", **vague),
        _cand("Air/drone strike", "Explosions/Remote violence", start=5, sent_index=3,
              place=NEAR, another_incident=True))
    # another sub-type, or a day more than a week before the lead's
    assert not summed_up_before(
        _untold("Air/drone strike", "Explosions/Remote violence", **vague),
        _cand("Shelling/artillery/missile attack", "Explosions/Remote violence", start=5,
              sent_index=3, place=NEAR))
    assert not summed_up_before(
        _untold("Air/drone strike", "Explosions/Remote violence", days_after=9, **vague),
        _cand("Air/drone strike", "Explosions/Remote violence", start=5, sent_index=3,
              place=NEAR))
