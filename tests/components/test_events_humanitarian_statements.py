"""Rights groups', missions' and monitors' releases (issue 8): a statement's present
judging of a deed whose day the parse hung on the judging verb, people rounded up and
killed in one breath, a coalition's ground raid that ended in arrests, and a takeover
named with its own day before the killings that followed it."""

import pytest

from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.same_event import one_raid
from tests.components.merging_tellings import ARMY, SHABAAB, coded, draft


@pytest.mark.slow
def test_a_present_condemnation_of_a_deed_with_an_aside_tells_the_deed_on_its_day():
    """"strongly condemns the killing of three civilians, including a 65-year-old man, by
    soldiers … in X, Y Division, Z Region, on Sunday", released on Thursday: the long
    object pushes the day onto the verb of judging, but a judging told in the present is
    made now, so the earlier day is the killing's (trigger_senses.py
    `past_day_on_a_present_judging`); a past judging's own day is its own."""
    report = ("The rights network strongly condemns the killing of three civilians, including a "
              "65-year-old man, by soldiers of the Cameroonian army in Kumbo, Bui Division, "
              "North West Region, on Sunday.")
    assert [(s, str(d), loc) for s, d, loc in coded(report, "2022-03-10")] == [
        ("Attack", "2022-03-06", "Kumbo")]
    # the parse may hang the day under the aside instead: inside the deed's phrase, the
    # deed's day (`_day_below`)
    aside = ("The League for Peace and Justice in Africa (LPJA) strongly condemns the killing "
             "of five traders, including a 60-year-old woman, by soldiers of the national army "
             "in Kumbo, Bui Division, North West Region, on Sunday.")
    assert [(s, str(d)) for s, d, _ in coded(aside, "2022-03-10")] == [
        ("Attack", "2022-03-06")]
    control = ("The rights network on Sunday condemned the killing of three civilians, including "
               "a 65-year-old man, by soldiers of the Cameroonian army in Kumbo, Bui Division.")
    assert coded(control, "2022-03-10") == []


def test_people_rounded_up_and_killed_in_one_sentence_are_the_attack():
    """"Soldiers reached the village, where they rounded up villagers and shot 179 people":
    the arrest is how the killing was done, one attack (`one_raid`); an arrest told in
    another sentence, by another side, or after the killing stays its own event."""
    arrest = draft("Arrests", "Strategic developments", sent_index=2, start=10, actor1=ARMY)
    killing = draft("Attack", "Violence against civilians", sent_index=2, start=40,
                    actor1=ARMY)
    assert one_raid(killing, arrest) and not one_raid(arrest, killing)
    assert [c.sub_event_type for c in merge([arrest, killing])] == ["Attack"]
    apart = draft("Arrests", "Strategic developments", sent_index=3, start=90, actor1=ARMY)
    assert not one_raid(killing, apart) and len(merge([killing, apart])) == 2
    other = draft("Arrests", "Strategic developments", sent_index=2, start=10,
                  actor1=SHABAAB)
    assert not one_raid(killing, other) and len(merge([other, killing])) == 2
    # "police killed a robber and later arrested three others": the arrest after the
    # killing is a deed of its own
    after = draft("Arrests", "Strategic developments", sent_index=2, start=60, actor1=ARMY,
                  told_later=True)
    assert not one_raid(killing, after) and len(merge([killing, after])) == 2


@pytest.mark.slow
def test_a_raid_by_coalition_forces_that_ended_in_arrests_is_no_air_strike():
    """"Coalition forces carried out a raid in X and detained six men": the campaign's
    name compounded into a noun of ground troops names the troops, whose raid is not an
    air campaign's strike (subtype/retold_strikes.py `GROUND_TROOPS`); the coalition
    itself raiding stays one."""
    report = "Coalition forces carried out a raid in Marib on Thursday and detained six men."
    assert [s for s, _, _ in coded(report, "2025-01-17")] == ["Arrests"]
    control = "The coalition carried out five raids on Marib on Thursday."
    assert [s for s, _, _ in coded(control, "2025-01-17")] == ["Air/drone strike"]


@pytest.mark.slow
def test_a_deed_told_after_another_dated_apart_is_an_event_of_its_own():
    """"Following the militia's takeover of the base in X on 4 November, fighters went door
    to door between 4 and 6 November, killing 80": the takeover named after "following"
    with its own day, and the killings on days of their own, are two incidents at one
    place (splitting.py `_dated_apart`); with no day of its own the takeover stays the
    backdrop of one clause."""
    report = ("Following the militia's takeover of the army base in Kafr Nabl on 4 November, "
              "militia fighters went door to door in the camp for displaced people between 4 "
              "and 6 November, killing at least 80 people.")
    assert [(s, str(d)) for s, d, _ in coded(report, "2024-11-10")] == [
        ("Attack", "2024-11-05"), ("Non-state actor overtakes territory", "2024-11-04")]
    control = ("Following the capture of Kafr Nabl by rebels in March 2016, government jets "
               "bombed the town on Monday.")
    assert [s for s, _, _ in coded(control, "2024-11-10")] == ["Air/drone strike"]
