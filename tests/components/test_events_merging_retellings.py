"""Tellings that restate an incident told elsewhere in the report: undated
restatements, summary leads and their instances, the attackers named again."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.retellings import (
    instance_of,
    region_told_again,
    region_told_first,
    restates,
    summed_up_before,
    tells_attack_again,
)
from eventdesk.components.events.merging.same_event import other_takers
from eventdesk.records import Actor, Place
from tests.components.coder_records import coder_extract
from tests.components.merging_tellings import (
    AREA,
    ARMY,
    CITY,
    MILITIA,
    MONDAY,
    NEAR,
    OTHER,
    POLICE,
    PROVINCE,
    TOWN,
    coded,
    draft,
    undated,
)


def test_an_undated_restatement_joins_the_dated_telling_and_takes_its_day():
    """"Troops have seized Mosul" (publication date) and "troops entered Mosul on Monday":
    one event, on Monday, keeping the evidence of both tellings."""
    merged = merge([undated("Government regains territory", start=0),
                    draft("Government regains territory", start=50, fatalities=4)])
    assert len(merged) == 1
    event = merged[0]
    assert (event.sub_event_type, event.date, event.time_precision, event.date_told) == \
        ("Government regains territory", MONDAY, 1, True)
    assert event.fatalities == 4 and event.mentions == [(0, 1), (50, 51)]


def test_a_quote_restating_the_lead_joins_it_whichever_comes_first():
    lead, quote = draft("Government regains territory"), undated("Government regains territory")
    assert restates(lead, quote) and restates(quote, lead)
    assert [(c.date, c.time_precision) for c in merge([lead, quote])] == [(MONDAY, 1)]


def test_the_city_of_a_telling_on_the_same_day_is_no_licence_to_merge_elsewhere():
    """"jets pounded the city on Sunday" and a strike on a nearby town on Sunday: two."""
    city_strike = draft("Air/drone strike", "Explosions/Remote violence", place=CITY,
                        place_by_anaphor=True)
    assert len(merge([city_strike, draft("Air/drone strike", "Explosions/Remote violence",
                                         place=OTHER, start=20)])) == 2


def test_the_town_of_a_restatement_is_the_place_named_by_the_other_telling():
    goma_guess = Place(country="Iraq", location="Erbil", latitude=36.2, longitude=44.0,
                       geo_precision=1)
    merged = merge([undated("Non-state actor overtakes territory", place=CITY),
                    draft("Non-state actor overtakes territory", place=goma_guess,
                          place_by_anaphor=True, start=40)])
    assert len(merged) == 1
    assert merged[0].place is CITY and merged[0].date == MONDAY


def test_distinct_incidents_are_not_restatements():
    told = draft("Armed clash")
    # another place, a day told on each, more than a week apart, a day after publication
    assert not restates(told, undated("Armed clash", place=OTHER))
    assert not restates(told, draft("Armed clash", date=MONDAY + dt.timedelta(days=2)))
    assert not restates(told, undated("Armed clash", days_after=9))
    assert not restates(told, undated("Armed clash", days_after=-1))
    # "the final battles on Monday" and "have taken full control": two incidents
    assert not restates(told, undated("Government regains territory"))
    # the report says it is another incident
    assert not restates(told, undated("Armed clash", another_incident=True))
    # an arrest does not restate a looting, nor an air strike a battle
    assert not restates(draft("Arrests", "Strategic developments"),
                        undated("Looting/property destruction", "Strategic developments"))
    assert not restates(told, undated("Air/drone strike", "Explosions/Remote violence"))
    assert len(merge([told, undated("Armed clash", place=OTHER)])) == 2


def test_a_fight_with_no_day_beside_the_dated_retaking_of_its_place_is_the_retaking():
    """"Troops recaptured Mosul on Monday … the force had met resistance on the approach to
    the town, a spokesman said": the clash, with no day of its own, is the fight in which
    the town changed hands; a clash told with its day, or at another place, stays apart."""
    retaking = draft("Government regains territory", start=0)
    resistance = undated("Armed clash", start=40, sent_index=1)
    assert restates(retaking, resistance)
    assert [(c.sub_event_type, c.date) for c in merge([retaking, resistance])] == \
        [("Government regains territory", MONDAY)]
    assert not restates(retaking, undated("Armed clash", place=OTHER, start=40))
    assert not restates(retaking, draft("Armed clash", start=40,
                                        date=MONDAY + dt.timedelta(days=1)))


@pytest.mark.slow
def test_a_wire_lead_and_its_dated_recap_are_one_event():
    """Lead in the present perfect, body with the day and "the town": one event, its day."""
    report = ("Islamist militants have seized the town of Menaka in eastern Mali, residents "
              "said on Thursday. The fighters entered the town on Tuesday evening after "
              "soldiers withdrew, a local official said.")
    assert coded(report, "2022-06-16") == [
        ("Non-state actor overtakes territory", dt.date(2022, 6, 14), "Menaka")]


@pytest.mark.slow
def test_an_official_quote_restating_the_news_is_not_a_second_event():
    report = ("DAMASCUS, Feb 10 (Test Wire) - Syrian army units took control of the town of "
              "Saraqib on Saturday, state television said. 'Our heroic forces have liberated "
              "Saraqib from the terrorists,' the army command said in a statement.")
    found = coded(report, "2020-02-10")
    assert [(s, d) for s, d, _ in found] == [("Government regains territory",
                                             dt.date(2020, 2, 8))]


@pytest.mark.slow
def test_attacks_on_other_days_or_at_other_places_stay_apart():
    """A sitrep's incidents: two days at one town, and a present perfect at another."""
    report = ("On 3 March, gunmen attacked a police post in Damboa. On 5 March, in another "
              "attack, gunmen attacked a police post in Damboa. Troops have retaken the town "
              "of Bama, the army said.")
    found = coded(report, "2021-03-06")
    battles_at_damboa = [d for s, d, loc in found if "Damboa" in (loc or "")]
    assert sorted(battles_at_damboa) == [dt.date(2021, 3, 3), dt.date(2021, 3, 5)]
    assert ("Government regains territory", dt.date(2021, 3, 6), "Bama") in found


def test_a_place_taken_and_the_same_place_handed_over_are_one_incident():
    taken = undated("Non-state actor overtakes territory")
    handed = draft("Non-violent transfer of territory", "Strategic developments", start=30)
    assert restates(taken, handed)
    merged = merge([taken, handed])
    assert [(c.sub_event_type, c.date) for c in merged] == \
        [("Non-state actor overtakes territory", MONDAY)]


def test_a_province_wide_restatement_joins_the_town_and_keeps_the_town():
    """"Troops have regained ground in Nineveh province" and "troops retook Mosul on
    Monday": one event at Mosul; a town of another province stays apart."""
    province = Place(country="Iraq", country_code="IQ", admin1="Nineveh", latitude=36.0,
                     longitude=42.5, geo_precision=3)
    town = Place(country="Iraq", country_code="IQ", admin1="Nineveh", location="Mosul",
                 latitude=36.3, longitude=43.1, geo_precision=1)
    elsewhere = Place(country="Iraq", country_code="IQ", admin1="Anbar", location="Ramadi",
                      latitude=33.4, longitude=43.3, geo_precision=1)
    merged = merge([undated("Government regains territory", place=province),
                    draft("Government regains territory", place=town, start=30)])
    assert [(c.place, c.date) for c in merged] == [(town, MONDAY)]
    assert len(merge([undated("Government regains territory", place=province),
                      draft("Government regains territory", place=elsewhere, start=30)])) == 2


def test_a_summary_followed_by_its_instance_is_the_instance():
    """"Armed groups kept up rocket fire on Sunday. A rocket hit a house in Mosul": the
    first names no place of its own (it has the report's focus), the second is where."""
    summary = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                    place=OTHER, sent_index=3, start=10, place_from_context=True,
                    actor1=Actor("Islamic State", 2, "IQ"))
    instance = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                     sent_index=4, start=50)
    merged = merge([summary, instance])
    assert [(c.place, c.start_char, c.actor1.name) for c in merged] == \
        [(CITY, 50, "Islamic State")]


def test_a_placeless_telling_stays_apart_from_other_days_sentences_or_incidents():
    kw = {"place": OTHER, "sent_index": 3, "start": 10, "place_from_context": True}
    later = {"sent_index": 4, "start": 50}
    shelling = ("Shelling/artillery/missile attack", "Explosions/Remote violence")
    for summary, instance in (
            (draft(*shelling, **kw), draft(*shelling, date=MONDAY + dt.timedelta(days=1),
                                           **later)),
            (draft(*shelling, **kw), draft(*shelling, sent_index=6, start=50)),
            (draft(*shelling, **kw), draft("Air/drone strike", shelling[1], **later)),
            (draft(*shelling, **kw), draft(*shelling, another_incident=True, **later)),
            (draft(*shelling, **{**kw, "place_from_context": False}), draft(*shelling,
                                                                            **later))):
        assert len(merge([summary, instance])) == 2


def test_the_attackers_named_again_in_the_next_sentence_tell_the_same_attack():
    """"Gunmen killed 20 people in a village in X province. The gunmen stormed Y village on
    Sunday evening": one attack at the village, typed as the lead tells it."""
    lead = draft("Attack", "Violence against civilians", place=PROVINCE, fatalities=20,
                 sent_index=0)
    retold = draft("Armed clash", place=TOWN, date=MONDAY - dt.timedelta(days=1), start=1,
                   sent_index=1, attackers_again=True)
    assert tells_attack_again(lead, retold)
    merged = merge([lead, retold])
    assert [(c.sub_event_type, c.place.location, c.fatalities) for c in merged] == \
        [("Attack", "Bashiqa", 20)]


def test_the_kidnappers_named_again_the_night_before_tell_the_same_abduction():
    """"Gunmen overnight abducted 15 passengers near Kachia. The kidnappers blocked the road
    on Monday night and opened fire on vehicles": one abduction, told first on the day the
    night ran into; the kidnappers' killings are not merely how they took them."""
    lead = draft("Abduction/forced disappearance", "Violence against civilians",
                 sent_index=0)
    retold = draft("Attack", "Violence against civilians", date=MONDAY - dt.timedelta(days=1),
                   start=1, sent_index=1, attackers_again=True)
    assert tells_attack_again(lead, retold)
    assert [c.sub_event_type for c in merge([lead, retold])] == [
        "Abduction/forced disappearance"]
    retold.fatalities = 2
    assert not tells_attack_again(lead, retold)


def test_attackers_named_again_elsewhere_later_or_not_as_a_retelling_stay_apart():
    lead = draft("Attack", "Violence against civilians", sent_index=0)
    assert not tells_attack_again(lead, draft("Attack", "Violence against civilians",
                                              start=1, sent_index=1))  # no "the gunmen"
    assert not tells_attack_again(lead, draft("Attack", "Violence against civilians",
                                              place=OTHER, start=1, sent_index=1,
                                              attackers_again=True))
    assert not tells_attack_again(lead, draft("Attack", "Violence against civilians",
                                              date=MONDAY + dt.timedelta(days=3), start=1,
                                              sent_index=1, attackers_again=True))
    assert not tells_attack_again(lead, draft("Attack", "Violence against civilians",
                                              start=3, sent_index=3, attackers_again=True))


@pytest.mark.slow
def test_the_gunmen_storming_the_village_of_the_lead_is_that_attack():
    report = ("Gunmen killed 20 people in an attack on a village in Zamfara state, police "
              "said on Monday. The gunmen stormed Kadawa village on Sunday evening and opened "
              "fire on residents, a police spokesman said.")
    assert [s for s, _, _ in coded(report, "2024-06-03")] == ["Attack"]
    report = ("Gunmen killed 20 people in an attack on a village in Zamfara state on Sunday. "
              "The gunmen later attacked a police post in Gusau, killing two officers.")
    assert len(coded(report, "2024-06-03")) == 2


def test_a_region_wide_telling_followed_by_a_town_of_it_is_that_towns_event():
    """"Warplanes pounded towns in Nineveh province on Monday. In Bashiqa, an air strike
    killed six": the province's telling summarises the town's; a town of another province
    or another day is its own event."""
    summary = draft("Air/drone strike", "Explosions/Remote violence", place=PROVINCE,
                    sent_index=0)
    town = draft("Air/drone strike", "Explosions/Remote violence", place=TOWN, start=1,
                 sent_index=1, fatalities=6)
    assert instance_of(town, summary)
    assert [(c.place.location, c.fatalities) for c in merge([summary, town])] == \
        [("Bashiqa", 6)]
    assert not instance_of(draft("Air/drone strike", "Explosions/Remote violence",
                                 place=OTHER, start=1, sent_index=1), summary)
    assert not instance_of(draft("Air/drone strike", "Explosions/Remote violence",
                                 place=TOWN, date=MONDAY + dt.timedelta(days=1), start=1,
                                 sent_index=1), summary)


def test_an_unplaced_telling_is_no_instance_of_the_one_before():
    """"Mortars fell on homes in a district … The militants said they had fired the
    mortars": a claim that names no place is no instance the telling before summed up; it
    does not take that telling's place away."""
    told = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                 place=PROVINCE, sent_index=0, place_from_context=True)
    claim = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                  place=None, start=1, sent_index=1)
    assert not instance_of(claim, told)


def test_two_non_state_sides_taking_one_place_on_different_days_are_two_events():
    """A place overtaken by one non-state side and, days apart, by another changes hands
    twice; a government's regaining and the same side told twice stay one."""
    rebels = Actor("Kachin Independence Army", 2, "MMR")
    tribe = Actor("Unidentified Communal Militia (Myanmar)", 4, "MMR")
    retaken = undated("Non-state actor overtakes territory", days_after=6, actor1=rebels)
    seized = draft("Non-state actor overtakes territory", start=1, actor1=tribe)
    assert other_takers(retaken, seized)
    assert len(merge([retaken, seized])) == 2
    again = draft("Non-state actor overtakes territory", start=1, actor1=rebels)
    assert not other_takers(retaken, again)
    regained = undated("Government regains territory", days_after=6, actor1=ARMY)
    assert not other_takers(regained, seized)


def test_a_telling_naming_only_a_region_is_summed_up_by_the_town_told_next():
    """"The clashes, which began on Monday in the Sinjar region of Nineveh province, have
    left 40 dead. The heaviest fighting was in Bashiqa between Monday and Wednesday": a
    sentence naming only a region (placed at a named area of it) summarises the fighting
    told at a town of that region in the next, over a span of days after its own day; the
    town's place speaks for the event."""
    summary = draft("Armed clash", place=AREA, sent_index=0, region_only=True, fatalities=40)
    town = draft("Armed clash", place=TOWN, start=1, sent_index=1, precision=2,
                 date=MONDAY + dt.timedelta(days=1))
    assert instance_of(town, summary)
    assert [(c.place.location, c.fatalities) for c in merge([summary, town])] == \
        [("Bashiqa", 40)]
    # a sentence that names a town of its own, a town of another region, a day long after
    for other_summary, other_town in (
            (draft("Armed clash", place=AREA, sent_index=0), town),
            (summary, draft("Armed clash", place=OTHER, start=1, sent_index=1, precision=2,
                            date=MONDAY + dt.timedelta(days=1))),
            (summary, draft("Armed clash", place=TOWN, start=1, sent_index=1, precision=2,
                            date=MONDAY + dt.timedelta(days=4)))):
        assert not instance_of(other_town, other_summary)
        assert len(merge([other_summary, other_town])) == 2


def test_a_regions_telling_that_took_a_towns_place_sums_up_no_second_town():
    """"Clashes have killed dozens across Nineveh province. The fiercest fighting was in
    Bashiqa and Tall Afar on Friday": the region's telling restated by Bashiqa's takes its
    place and is no longer told at the region alone; Tall Afar stays its own event."""
    summary = draft("Armed clash", place=PROVINCE, sent_index=0, region_only=True,
                    precision=2, date_told=False, date=MONDAY + dt.timedelta(days=3))
    first = draft("Armed clash", place=TOWN, start=1, sent_index=1)
    second = draft("Armed clash", place=Place(country="Iraq", location="Tall Afar",
                                              latitude=36.4, longitude=42.4, geo_precision=1,
                                              admin1="Nineveh"), start=2, sent_index=1)
    assert [c.place.location for c in merge([summary, first, second])] == \
        ["Bashiqa", "Tall Afar"]


def test_a_summary_lead_with_no_day_joins_the_instance_told_in_detail():
    """"Jets have struck positions near Mosul, the army said … On Monday, a strike on a
    house in Hamam al-Alil killed three": the lead, with no day of its own, is the summary
    of the instance near its place (one event, the instance's place, day and toll)."""
    summary = undated("Air/drone strike", "Explosions/Remote violence", start=0,
                      sent_index=0, place=CITY, fatalities=30)
    instance = draft("Air/drone strike", "Explosions/Remote violence", start=5,
                     sent_index=3, place=NEAR, fatalities=3)
    assert summed_up_before(summary, instance)
    (merged,) = merge([summary, instance])
    assert (merged.place, merged.date, merged.fatalities) == (NEAR, MONDAY, 3)
    assert len(merged.mentions) == 2
    # a lead naming only a region: the instance in it
    region = undated("Air/drone strike", "Explosions/Remote violence", start=0,
                     sent_index=0, place=CITY, region_only=True)
    assert summed_up_before(region, draft("Air/drone strike", "Explosions/Remote violence",
                                          start=5, sent_index=3, place=OTHER))


def test_a_lead_that_counts_the_instances_dead_is_its_summary_wherever_placed():
    """"Troops were sent after gunmen killed 11 people in a village in the region … On
    Monday, gunmen shot dead 11 people in Tall Afar": the lead, with no day of its own and
    placed far off by its vague words, counts the instance's very dead (one event, the
    instance's place); a toll of two, or another toll, tells no such thing."""
    instance = draft("Attack", "Violence against civilians", start=5, sent_index=2,
                     place=OTHER, fatalities=11)
    lead = undated("Attack", "Violence against civilians", start=0, sent_index=0,
                   place=CITY, fatalities=11)
    assert summed_up_before(lead, instance)
    (merged,) = merge([lead, instance])
    assert (merged.place, merged.date, merged.fatalities) == (OTHER, MONDAY, 11)
    for toll, other in ((2, 2), (11, 9)):
        assert not summed_up_before(
            undated("Attack", "Violence against civilians", start=0, sent_index=0,
                    place=CITY, fatalities=toll),
            draft("Attack", "Violence against civilians", start=5, sent_index=2,
                  place=OTHER, fatalities=other))


def test_a_lead_with_a_town_of_its_own_or_marked_apart_is_not_a_summary():
    summary = undated("Air/drone strike", "Explosions/Remote violence", start=0,
                      sent_index=0, place=CITY)
    instance = draft("Air/drone strike", "Explosions/Remote violence", start=5,
                     sent_index=3, place=OTHER)
    assert not summed_up_before(summary, instance)  # Mosul and Tall Afar: ~60 km apart
    assert len(merge([summary, instance])) == 2
    # placed only by the sentences before it: maybe another strike there
    assert not summed_up_before(
        undated("Air/drone strike", "Explosions/Remote violence", start=0, sent_index=0,
                place=CITY, place_from_context=True),
        draft("Air/drone strike", "Explosions/Remote violence", start=5, sent_index=3,
              place=NEAR))
    vague = dict(start=0, sent_index=0, place=CITY)
    assert not summed_up_before(
        undated("Air/drone strike", "Explosions/Remote violence", **vague),
        draft("Air/drone strike", "Explosions/Remote violence", start=5, sent_index=3,
              place=NEAR, another_incident=True))
    # another sub-type, or a day more than a week before the lead's
    assert not summed_up_before(
        undated("Air/drone strike", "Explosions/Remote violence", **vague),
        draft("Shelling/artillery/missile attack", "Explosions/Remote violence", start=5,
              sent_index=3, place=NEAR))
    assert not summed_up_before(
        undated("Air/drone strike", "Explosions/Remote violence", days_after=9, **vague),
        draft("Air/drone strike", "Explosions/Remote violence", start=5, sent_index=3,
              place=NEAR))


def test_a_deed_told_as_done_again_on_a_later_day_is_not_a_restatement():
    """"Junta aircraft bombed a village near Tamu on Monday … the jets returned and bombed
    the same village again": a second strike, though its day is only the report's."""
    first = draft("Air/drone strike", "Explosions/Remote violence", sent_index=0)
    again = undated("Air/drone strike", "Explosions/Remote violence", sent_index=1, start=40,
                    done_again=True)
    assert not restates(first, again)
    assert len(merge([first, again])) == 2
    assert restates(first, undated("Air/drone strike", "Explosions/Remote violence",
                                   sent_index=1, start=40))


def test_the_region_of_the_town_told_later_the_same_day_is_the_event_again():
    """"Jihadists killed 20 soldiers in Bashiqa on Monday. The army said it had repelled
    an attack on its positions in Nineveh province on Monday": the other side's version
    told at the province of the town, one battle; "also" there, another day or a province
    told first keep two."""
    town = draft("Armed clash", place=TOWN, sent_index=0, actor1=MILITIA, actor2=ARMY,
                 fatalities=20)
    recap = draft("Armed clash", place=PROVINCE, sent_index=1, start=1, region_only=True,
                  actor1=ARMY, actor2=MILITIA)
    assert region_told_again(town, recap)
    assert [(c.place, c.fatalities) for c in merge([town, recap])] == [(TOWN, 20)]
    also = draft("Armed clash", place=PROVINCE, sent_index=1, start=1, region_only=True,
                 told_also=True)
    next_day = draft("Armed clash", place=PROVINCE, sent_index=1, start=1, region_only=True,
                     date=MONDAY + dt.timedelta(days=1))
    first = draft("Armed clash", place=PROVINCE, sent_index=0, region_only=True)
    assert not any(region_told_again(town, c) for c in (also, next_day))
    assert not region_told_again(draft("Armed clash", place=TOWN, sent_index=1), first)


def test_a_witness_quoting_the_deed_with_no_place_or_day_of_its_own_tells_it_again():
    """"'They shot everyone they saw,' a survivor told reporters in Maiduguri on Sunday":
    the quotation is the attack told again (Maiduguri and Sunday are where and when it was
    said); a quotation naming a place of its own tells another deed."""

    lead = ("Gunmen killed 12 people in an attack on a market in Gwoza in Borno state on "
            "Saturday, police said. ")
    told = coder_extract(lead + "'They shot everyone they saw,' a survivor told "
                             "reporters in Maiduguri on Sunday.", published="2024-03-18")
    assert [(e.location, e.event_date) for e in told] == [("Gwoza", dt.date(2024, 3, 16))]
    other = coder_extract(lead + "'On Friday they killed three people in Pulka,' a "
                              "survivor said.", published="2024-03-18")
    assert len(other) == 2


@pytest.mark.slow
def test_the_target_named_again_in_the_next_sentence_tells_the_attack_again():
    """"Jihadists ambushed an army convoy … The convoy was attacked near Pissila": the
    target the sentence before brought in with "a", named again with "the" as the passive's
    subject at a town near the attack's, is that attack told again; "A convoy was
    attacked" is another."""
    told = ("Jihadists ambushed an army convoy on the road between Kaya and Dori on Monday, "
            "killing 12 soldiers, the army said on Tuesday. {} convoy was attacked near the "
            "town of Pissila, north of Kaya.")
    events = eventdesk.extract(told.format("The"), published="2023-05-09", doc_id="target")
    assert [(e.location, e.fatalities) for e in events] == [("Kaya", 12)]
    events = eventdesk.extract(told.format("A"), published="2023-05-09", doc_id="target-a")
    assert [e.location for e in events] == ["Kaya", "Pissila"]


def test_a_lead_told_at_the_region_then_at_its_town_the_same_day_is_one_event():
    """"Three were killed on Monday when villagers fought in Nineveh province … Armed men
    exchanged fire in Bashiqa on Monday": the lead told at the region, then the event told
    at a town of it, one event at the town; "also" there, another day or the town told
    first (`region_told_again`'s case) are not this."""
    lead = draft("Armed clash", place=PROVINCE, sent_index=0, region_only=True, fatalities=3)
    town = draft("Armed clash", place=TOWN, sent_index=2, start=90, actor1=MILITIA,
                 actor2=POLICE)
    assert region_told_first(lead, town)
    assert [c.place for c in merge([lead, town])] == [TOWN]
    also = draft("Armed clash", place=TOWN, sent_index=2, start=90, told_also=True)
    next_day = draft("Armed clash", place=TOWN, sent_index=2, start=90,
                     date=MONDAY + dt.timedelta(days=1))
    assert not any(region_told_first(lead, c) for c in (also, next_day))
    assert not region_told_first(town, lead)
    retaken = draft("Government regains territory", place=PROVINCE, sent_index=0,
                    region_only=True)
    assert not region_told_first(retaken, town)  # a village retaken, then a fight elsewhere


def test_a_telling_merged_late_still_joins_the_incident_told_beside_it():
    """"Officials confirmed on Friday that insurgents had attacked a village in Lindi
    region. The police chief said 300 armed men crossed the river on Wednesday night and
    attacked Nangurukuru village, burning houses and exchanging fire with police": the
    lead restates the clash, and the attack on the village is that clash's onset — once
    the lead has merged, the loop runs again; a date on the deed a saying tells dates
    the deed (the clash is told with its day)."""
    events = eventdesk.extract(
        "DAR ES SALAAM, Oct 16 (Wire) - Tanzania confirmed on Friday that insurgents had "
        "attacked a village in its southern Lindi region, the first such raid acknowledged "
        "by the government. The police chief said about 300 armed men crossed the river on "
        "Wednesday night and attacked Nangurukuru village, in Kilwa district, burning "
        "houses and exchanging fire with police and soldiers before withdrawing.",
        published="2020-10-16")
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Armed clash", dt.date(2020, 10, 14))]


def test_the_attackers_of_a_list_of_verbs_tell_the_attack_again_at_a_village_near_it():
    # "shot them", third verb of "The attackers blocked …, dragged … and shot them",
    # shares their subject: the attack told before, not an attack of its own
    report = ("Gunmen killed 30 people on Monday when they attacked buses carrying traders "
              "home from the market in Gusau, in Zamfara state, police said. The attackers "
              "blocked three buses near the village of Tsafe, dragged the passengers out and "
              "shot them, a police spokesman said.")
    assert [s for s, _, _ in coded(report, "2024-06-04")] == ["Attack"]


@pytest.mark.slow
def test_the_paramilitaries_named_again_retell_their_attack_soldiers_do_not():
    """"The paramilitaries stormed the village": the attackers told again, one attack;
    soldiers storming it are another side's deed."""
    lead = ("At least 30 villagers were killed when the Rapid Support Forces attacked Jebel "
            "Moya village near Sennar on Thursday, a local committee said. The committee said "
            "{} stormed the village in dozens of pickup trucks after residents refused to pay "
            "them.")
    assert [s for s, _, _ in coded(lead.format("the paramilitaries"), "2024-07-20")] == \
        ["Attack"]
    assert [s for s, _, _ in coded(lead.format("soldiers"), "2024-07-20")] == \
        ["Armed clash", "Attack"]


def test_a_spans_telling_and_one_told_with_a_day_of_it_are_one_event():
    """A highlights line's "shelling intensified over the weekend" (the Saturday, a span)
    and the body's "on Sunday, shells landed in Mosul": one event, on the Sunday."""
    sunday = MONDAY - dt.timedelta(days=1)
    span = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                 date=sunday - dt.timedelta(days=1), precision=2, start=0)
    span.actor1, span.actor2 = ARMY, MILITIA   # the two sides of the fighting
    day = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                date=sunday, start=50, fatalities=12, actor1=POLICE)
    assert restates(span, day)
    merged = merge([span, day])
    assert [(e.date, e.time_precision, e.fatalities, e.actor1) for e in merged] == \
        [(sunday, 1, 12, POLICE)]


def test_a_spans_telling_stays_apart_from_days_elsewhere_or_weeks_away_or_two_days():
    span = dict(date=MONDAY - dt.timedelta(days=2), precision=2, start=0)
    shelling = ("Shelling/artillery/missile attack", "Explosions/Remote violence")
    for day in (draft(*shelling, place=OTHER, start=50),
                draft(*shelling, date=MONDAY + dt.timedelta(days=9), start=50),
                draft(*shelling, date=MONDAY + dt.timedelta(days=1), start=50),
                draft(*shelling, date=MONDAY - dt.timedelta(days=1), start=50,
                      another_incident=True)):
        assert not restates(draft(*shelling, **span), day)
    # two days told each with its own day are two events, as before
    assert not restates(draft(*shelling, start=0),
                        draft(*shelling, date=MONDAY - dt.timedelta(days=1), start=50))


# A district told as itself (placed at its seat under its own name) and towns inside it.
SINJAR_DISTRICT = Place(country="Iraq", location="Sinjar", latitude=36.32, longitude=41.87,
                        geo_precision=2, admin1="Nineveh", admin2="Sinjar")
SNUNE = Place(country="Iraq", location="Snune", latitude=36.52, longitude=41.95,
              geo_precision=1, admin1="Nineveh", admin2="Sinjar")
KHANSOR = Place(country="Iraq", location="Khanasor", latitude=36.49, longitude=41.71,
                geo_precision=1, admin1="Nineveh", admin2="Sinjar")


def test_a_lead_told_at_a_district_then_at_a_town_of_it_the_same_day_is_one_event():
    """"A feud in Sinjar district left nine dead on Monday … clan militias battled at the
    market of Snune on Monday": one clash, at the town."""
    lead = draft("Armed clash", place=SINJAR_DISTRICT, sent_index=0, fatalities=9)
    town = draft("Armed clash", place=SNUNE, sent_index=2, start=90, actor1=MILITIA)
    assert region_told_first(lead, town)
    assert not region_told_first(town, lead)
    assert [c.place for c in merge([lead, town])] == [SNUNE]


def test_a_district_s_day_told_at_two_of_its_towns_sums_up_two_events_left_apart():
    """"… left nine dead in Sinjar district on Monday … militias battled in Snune … and in
    Khanasor": two towns of one district stay two, and the lead sums them up, joining
    neither."""
    lead = draft("Armed clash", place=SINJAR_DISTRICT, sent_index=0, fatalities=9)
    town = draft("Armed clash", place=SNUNE, sent_index=2, start=90, actor1=MILITIA)
    other_town = draft("Armed clash", place=KHANSOR, sent_index=3, start=140)
    assert [c.place for c in merge([lead, town, other_town])] == \
        [SINJAR_DISTRICT, SNUNE, KHANSOR]


def test_a_town_told_first_is_no_lead_of_another_town_of_its_district():
    """A town of the district, not the district told as itself, leads nothing."""
    first = draft("Armed clash", place=KHANSOR, sent_index=0)
    assert not region_told_first(first, draft("Armed clash", place=SNUNE, sent_index=2,
                                              start=90))
