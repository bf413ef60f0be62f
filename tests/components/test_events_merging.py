"""The merge loop: one event per type, place and day, the sub-type highest in priority
speaking; what makes two tellings one event (same_event)."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.places_days import same_day
from eventdesk.components.events.merging.same_event import one_transfer, other_sides, same_event
from eventdesk.records import Actor, Document, Place
from tests.components.merging_tellings import (
    CITY,
    DISTRICT,
    MONDAY,
    OTHER,
    PROVINCE,
    TOWN,
    draft,
)


def test_higher_priority_sub_type_speaks_for_the_merged_event():
    merged = merge([draft("Armed clash", fatalities=3),
                    draft("Government regains territory", fatalities=8)])
    assert [(c.sub_event_type, c.fatalities) for c in merged] == \
        [("Government regains territory", 8)]


def test_a_telling_that_names_the_device_speaks_for_a_bare_blast():
    """"A blast hit a bar …; police said a grenade was hurled": the bare blast's remote
    explosive is a guess, so the grenade speaks for the event though it ranks lower."""
    explosions = "Explosions/Remote violence"
    blast = draft("Remote explosive/landmine/IED", explosions, device_unnamed=True)
    grenade = draft("Grenade", explosions, start=5)
    for order in ([blast, grenade], [grenade, blast]):
        assert [c.sub_event_type for c in merge(order)] == ["Grenade"]
    # a device named in both tellings: ACLED's priority decides
    named = draft("Remote explosive/landmine/IED", explosions)
    assert [c.sub_event_type for c in merge([named, draft("Grenade", explosions, start=5)])] \
        == ["Remote explosive/landmine/IED"]


@pytest.mark.slow
def test_a_grenade_told_after_a_blast_codes_the_blast_as_a_grenade():
    text = ("A blast hit a bar in Mandera on Monday, wounding five people. Police said a hand "
            "grenade was hurled into the crowd.")
    events = eventdesk.load().extract(Document(text=text, doc_id="g", published=MONDAY))
    assert [e.sub_event_type for e in events] == ["Grenade"]


def test_the_winner_keeps_what_only_the_other_telling_says():
    militants = Actor("Islamic State", 2, None)
    merged = merge([draft("Government regains territory", place=CITY),
                    draft("Armed clash", place=DISTRICT, actor2=militants, claimed_by="SANA")])
    assert len(merged) == 1
    assert merged[0].place is DISTRICT and merged[0].actor2 is militants
    assert merged[0].claimed_by == "SANA"


def test_merging_never_puts_one_actor_on_both_sides():
    militants = Actor("Islamic State", 2, None)
    merged = merge([draft("Armed clash", actor1=militants),
                    draft("Armed clash", actor2=Actor("Islamic State", 2, None))])
    assert merged[0].actor1 is militants and merged[0].actor2 is None
    # two tellings, one naming the group as actor1, the other as actor2: one group
    gunmen = Actor("Unidentified Armed Group (Iraq)", 3, "IQ")
    merged = merge([draft("Armed clash", actor1=gunmen), draft("Armed clash", actor2=gunmen)])
    assert merged[0].actor1 is gunmen and merged[0].actor2 is None


def test_different_places_days_or_strategic_sub_types_stay_apart():
    assert len(merge([draft("Armed clash"), draft("Armed clash", place=OTHER)])) == 2
    assert len(merge([draft("Armed clash"),
                      draft("Armed clash", date=MONDAY + dt.timedelta(days=1))])) == 2
    assert len(merge([draft("Arrests", "Strategic developments"),
                      draft("Looting/property destruction", "Strategic developments")])) == 2


def test_a_month_only_date_holds_a_day_of_that_month():
    assert same_day(draft("Armed clash", date=dt.date(2021, 6, 1), precision=3),
                    draft("Armed clash"))
    assert not same_day(draft("Armed clash", date=dt.date(2021, 5, 1), precision=3),
                        draft("Armed clash"))


def test_two_districts_of_one_city_are_two_events():
    other_district = Place(country="Iraq", location="Mosul - Hay al-Arabi", geo_precision=2)
    assert same_event(draft("Armed clash", place=DISTRICT), draft("Armed clash"))
    assert not same_event(draft("Armed clash", place=DISTRICT),
                          draft("Armed clash", place=other_district))


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


def test_a_region_told_on_the_day_of_a_town_of_it_stays_its_own_event():
    """"Barrel bombs also fell on at least four villages in the Aleppo countryside" beside
    a strike on a named town of it: GUIDELINES codes the region's event apart (geo_precision
    3); only a region told first and its town right after are one (`instance_of`)."""
    town = draft("Air/drone strike", "Explosions/Remote violence", place=TOWN, sent_index=2)
    region = draft("Air/drone strike", "Explosions/Remote violence", place=PROVINCE, start=3,
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
    first = draft("Armed clash", actor1=shabaab, actor2=army)
    second = draft("Armed clash", actor1=police, actor2=isis, start=1)
    assert other_sides(first, second) and len(merge([first, second])) == 2
    assert not other_sides(first, draft("Armed clash", actor1=army, actor2=isis, start=1))
    assert not other_sides(first, draft("Armed clash", actor1=police, actor2=unnamed))
    assert not other_sides(first, draft("Armed clash", actor1=police, start=1))


def test_a_place_entered_after_the_other_side_left_overnight_is_one_transfer():
    """"re-entered the town after the insurgents withdrew overnight": the entry and the
    withdrawal a day apart in one sentence are one transfer; a place retaken two days
    after it fell, or told in another sentence, is a second transfer."""
    entry = draft("Non-violent transfer of territory", "Strategic developments",
                  sent_index=4)
    withdrawal = draft("Non-violent transfer of territory", "Strategic developments",
                       date=MONDAY + dt.timedelta(days=1), start=5, sent_index=4)
    assert one_transfer(entry, withdrawal)
    assert [c.date for c in merge([entry, withdrawal])] == [MONDAY]
    fell = draft("Non-state actor overtakes territory", date=MONDAY - dt.timedelta(days=2),
                 start=5, sent_index=4)
    assert not one_transfer(draft("Government regains territory", sent_index=4), fell)
    later = draft("Non-violent transfer of territory", "Strategic developments",
                  date=MONDAY + dt.timedelta(days=1), start=5, sent_index=5)
    assert not one_transfer(draft("Non-violent transfer of territory",
                                  "Strategic developments", sent_index=4), later)
    assert not one_transfer(draft("Non-violent transfer of territory",
                                  "Strategic developments", sent_index=4),
                            draft("Non-violent transfer of territory",
                                  "Strategic developments", place=OTHER, start=5,
                                  sent_index=4))
