"""merging/details.py: a detail told after an event that only says how it went (its
weapons, its end, an interception, the state's version) is that event told again."""

from eventdesk.components.events.merging.details import detail_of
from eventdesk.components.events.merging.merge import merge
from eventdesk.records import Actor, Place
from tests.components.merging_tellings import (
    ARMY,
    MARCHERS,
    MILITIA,
    MONDAY,
    OTHER,
    POLICE,
    SHABAAB,
    draft,
    undated,
)


def test_the_weapons_of_a_fight_told_after_it_are_the_fight_not_a_blast():
    """"Four soldiers were killed on Sunday when ELN guerrillas attacked a patrol in
    Saravena. The troops were attacked with explosives and rifle fire": the second
    sentence names no place and no day of its own; it tells how the clash was fought."""
    eln = Actor("ELN", 2, "COL")
    clash = draft("Armed clash", sent_index=1, actor1=eln, actor2=ARMY, fatalities=4)
    weapons = undated("Remote explosive/landmine/IED", "Explosions/Remote violence",
                      days_after=1, sent_index=2, start=30, actor1=eln,
                      place_from_context=True)
    assert detail_of(clash, weapons)
    merged = merge([clash, weapons])
    assert [(c.sub_event_type, c.date, c.fatalities) for c in merged] == \
        [("Armed clash", MONDAY, 4)]


def test_an_interception_or_the_other_sides_version_told_as_a_detail_joins_the_event():
    """"Israeli jets struck a site near Homs. Air defences intercepted some of the
    missiles", and a shooting at a crowd that state media tell as "armed individuals
    attacked the police station": the event told again, on its day."""
    strike = draft("Air/drone strike", "Explosions/Remote violence", sent_index=2,
                   date_told=False)
    interception = draft("Disrupted weapons use", "Strategic developments", sent_index=3,
                         start=20, date_told=False, place_from_context=True)
    assert detail_of(strike, interception)
    shooting = draft("Excessive force against protesters", "Protests", sent_index=0,
                     actor1=MARCHERS, actor2=POLICE)
    version = undated("Armed clash", sent_index=4, start=40, actor1=MILITIA, actor2=POLICE,
                      place_from_context=True)
    assert detail_of(shooting, version)
    assert [c.sub_event_type for c in merge([shooting, version])] == \
        ["Excessive force against protesters"]
    # a march met by no force, then troops fighting an armed group: no version of the march
    march = draft("Peaceful protest", "Protests", sent_index=0, actor1=MARCHERS)
    fight = undated("Armed clash", sent_index=2, start=40, actor1=ARMY, actor2=MILITIA,
                    place_from_context=True)
    assert not detail_of(march, fight)


def test_a_detail_with_its_own_place_day_or_kind_is_another_event():
    """The killings and the abductions of a town taken, a blast placed or dated in its own
    words, one told as another incident, a fight between other sides, or one told before
    the event: their own events."""
    clash = draft("Armed clash", sent_index=1, actor1=ARMY,
                  actor2=Actor("Islamic State", 2, "IRQ"))
    blast = dict(sub_type="Remote explosive/landmine/IED",
                 event_type="Explosions/Remote violence", sent_index=2, start=30)
    assert not detail_of(clash, undated(**blast, place=OTHER))
    assert not detail_of(clash, draft(**blast, place_from_context=True))
    assert not detail_of(clash, undated(**blast, place_from_context=True,
                                        another_incident=True))
    assert not detail_of(clash, undated(**blast, place_from_context=True, days_after=9))
    assert not detail_of(clash, undated(**blast, place_from_context=True, actor1=SHABAAB,
                                        actor2=POLICE))
    assert not detail_of(undated(**blast, place_from_context=True), clash)
    taken = draft("Non-state actor overtakes territory", sent_index=1, actor1=SHABAAB)
    for deed in ("Attack", "Abduction/forced disappearance"):
        assert not detail_of(taken, undated(deed, "Violence against civilians",
                                            sent_index=2, place_from_context=True))
    assert len(merge([clash, undated(**blast, place=OTHER)])) == 2
    # the other side's strike on civilians after a town was taken: another deed
    on_civilians = undated("Air/drone strike", "Explosions/Remote violence", sent_index=2,
                           start=30, place_from_context=True, actor1=ARMY,
                           actor2=Actor("Civilians (Iraq)", 7, "IRQ"))
    assert detail_of(clash, undated(**blast, place_from_context=True))
    assert not detail_of(taken, on_civilians) and not detail_of(clash, on_civilians)


def test_a_town_of_the_district_the_fight_was_told_at_is_its_place_told_again():
    """"Militants stormed a police station in Dera Ismail Khan district late on Thursday …
    dozens of militants attacked the Kulachi police station with heavy weapons and hand
    grenades": one clash, at Kulachi, a town of that district; a town of another district,
    or one told by other sides, stays apart."""
    ttp = Actor("Tehrik-i-Taliban Pakistan", 2, "PAK")
    police = Actor("Police Forces of Pakistan", 1, "PAK")
    district = Place(country="Pakistan", country_code="PK", admin1="Khyber Pakhtunkhwa",
                     admin2="Dera Ismail Khan", location="Dera Ismail Khan", latitude=31.83,
                     longitude=70.90, geo_precision=2)
    town = Place(country="Pakistan", country_code="PK", admin1="Khyber Pakhtunkhwa",
                 admin2="Dera Ismail Khan", location="Kulachi", latitude=31.93, longitude=70.46,
                 geo_precision=1)
    elsewhere = Place(country="Pakistan", country_code="PK", admin1="Khyber Pakhtunkhwa",
                      admin2="Tank", location="Tank", latitude=32.22, longitude=70.38,
                      geo_precision=1)
    clash = draft("Armed clash", place=district, sent_index=1, actor1=ttp, actor2=police,
                  fatalities=4)
    grenades = undated("Grenade", "Explosions/Remote violence", days_after=0, place=town,
                       sent_index=2, start=30, actor1=ttp, actor2=police)
    assert detail_of(clash, grenades)
    assert [(c.sub_event_type, c.place.location, c.fatalities)
            for c in merge([clash, grenades])] == [("Armed clash", "Kulachi", 4)]
    other = undated("Grenade", "Explosions/Remote violence", days_after=0, place=elsewhere,
                    sent_index=2, start=30, actor1=ttp, actor2=police)
    unnamed = undated("Grenade", "Explosions/Remote violence", days_after=0, place=town,
                      sent_index=2, start=30, actor1=MILITIA)
    assert not detail_of(clash, other) and not detail_of(clash, unnamed)


def test_the_attackers_withdrawing_from_the_area_after_the_fight_is_its_end():
    """"Al Shabaab fighters attacked a base in Afgoye on Sunday … Fighting in the Lower
    Shabelle region lasted hours. The militants later withdrew from the area": the area is
    the region a retelling named, which holds the town; the withdrawal ends the clash."""
    region = Place(country="Iraq", location="Nineveh", latitude=36.0, longitude=42.5,
                   geo_precision=3, admin1="Nineveh")
    town = Place(country="Iraq", location="Bashiqa", latitude=36.45, longitude=43.35,
                 geo_precision=1, admin1="Nineveh")
    clash = draft("Armed clash", place=town, sent_index=0, actor1=SHABAAB, actor2=ARMY)
    withdrawal = undated("Non-violent transfer of territory", "Strategic developments",
                         days_after=0, place=region, sent_index=2, start=40, actor1=ARMY,
                         actor2=SHABAAB, place_from_context=True)
    assert detail_of(clash, withdrawal)
    assert [(c.sub_event_type, c.place.location) for c in merge([clash, withdrawal])] == \
        [("Armed clash", "Bashiqa")]
