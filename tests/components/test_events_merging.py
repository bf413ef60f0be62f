"""Merging: one event per type, place and day, the sub-type highest in priority speaking."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.common import Candidate
from eventdesk.components.events.merging import bare_toll, merge, same_day, same_event
from eventdesk.components.triggers import clauses
from eventdesk.records import Actor, Document, Place

MONDAY = dt.date(2021, 6, 14)
CITY = Place(country="Iraq", location="Mosul", latitude=36.3, longitude=43.1, geo_precision=1)
DISTRICT = Place(country="Iraq", location="Mosul - al-Zuhur", latitude=36.3, longitude=43.1,
                 geo_precision=2)
OTHER = Place(country="Iraq", location="Tall Afar", latitude=36.4, longitude=42.4,
              geo_precision=1)


def _cand(sub_type, event_type="Battles", place=CITY, date=MONDAY, precision=1, **kw):
    return Candidate(event_type=event_type, sub_event_type=sub_type, start_char=0, end_char=1,
                     sent_index=0, place=place, date=date, time_precision=precision, **kw)


def test_higher_priority_sub_type_speaks_for_the_merged_event():
    merged = merge([_cand("Armed clash", fatalities=3),
                    _cand("Government regains territory", fatalities=8)])
    assert [(c.sub_event_type, c.fatalities) for c in merged] == \
        [("Government regains territory", 8)]


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
