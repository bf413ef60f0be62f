"""The merge loop: candidates of one incident become one event, the telling that
speaks for it completed with what only the others say; then each summary lead joins the
instance the report tells in detail."""

from __future__ import annotations

from eventdesk.coding.typology import may_face_itself, priority
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.accounts import (
    side_account_of,
    target_described,
    target_told_again,
    target_told_first,
)
from eventdesk.components.events.merging.crowds import crowd_speaks, tells_crowd_again
from eventdesk.components.events.merging.deeds_apart import third_side
from eventdesk.components.events.merging.details import detail_of
from eventdesk.components.events.merging.named_places import placed_by_name
from eventdesk.components.events.merging.places_days import at_district, holds, span_and_day
from eventdesk.components.events.merging.retellings import (
    quoted_again,
    region_told_again,
    region_told_first,
    restates,
    summed_up_before,
    tells_attack_again,
)
from eventdesk.components.events.merging.same_event import (
    one_transfer,
    raid_in_a_town_taken,
    same_event,
)
from eventdesk.components.events.merging.scenes import lines_apart, own_places_apart
from eventdesk.components.events.merging.tolls import set_toll, toll_of
from eventdesk.components.events.merging.two_types import (
    one_incident_of_two_types,
    speaks_for_incident,
)
from eventdesk.components.events.merging.witnesses import told_by_a_witness
from eventdesk.components.fatalities import combine_tolls
from eventdesk.records import is_city_part


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One event per type, place and day; the highest-priority sub-type speaks for it.

    A mention of the city joins an event in one of its districts the same day; two
    different districts stay two events. A telling that restates an event told with its
    day ("have seized Kidal", "entered the town") joins it and takes that day; one
    incident told as two types is coded as one (`one_incident_of_two_types`); a detail of
    how a battle went is never a third side's deed (`third_side`). A name the index lacks
    is first given the place the report gives it elsewhere (`placed_by_name`)."""
    placed_by_name(candidates)
    kept: list[Candidate] = []
    for cand in candidates:
        # never two tellings at places of their own, one the index lacks (`own_places_apart`),
        # nor in two lines of a ticker or digest (`lines_apart`)
        pool = [k for k in kept if not own_places_apart(k, cand) and not lines_apart(k, cand)]
        same = next((k for k in pool if same_event(k, cand) or restates(k, cand)
                     or one_transfer(k, cand)), None)
        if same is not None:
            # of one rank, the day's telling speaks for a span's ("on Sunday, shells fired
            # by X killed 27" for "fighting intensified over the weekend")
            winner, other = (cand, same) if _rank(cand) < _rank(same) or (
                _rank(cand) == _rank(same) and span_and_day(same, cand)) else (same, cand)
        elif (same := next((k for k in pool if side_account_of(k, cand)
                            or target_described(k, cand) or target_told_again(k, cand)),
                           None)) is not None:
            winner, other = same, cand  # the event's own telling speaks for it
        elif (same := next((k for k in pool if one_incident_of_two_types(k, cand)
                            and not raid_in_a_town_taken(k, cand, candidates)),
                           None)) is not None:
            winner, other = (cand, same) if speaks_for_incident(cand, same) else (same, cand)
        elif (same := next((k for k in pool if tells_attack_again(k, cand)
                            or region_told_again(k, cand)), None)) is not None:
            winner, other = same, cand  # the lead's telling speaks for it
        elif (same := next((k for k in pool if region_told_first(k, cand)
                            and not _district_of_several(k, candidates)
                            or target_told_first(k, cand)), None)) is not None:
            winner, other = cand, same  # the telling in detail speaks for the lead
        elif (same := next((k for k in pool if tells_crowd_again(k, cand)), None)) is not None:
            winner, other = (cand, same) if crowd_speaks(cand, same) else (same, cand)
        elif (same := _latest_before(pool, cand)) is not None and (
                detail_of(same, cand) and not third_side(same, cand)
                or quoted_again(same, cand) or told_by_a_witness(same, cand)):
            winner, other = same, cand  # the event told with its day speaks for it
        else:
            kept.append(cand)
            continue
        kept[kept.index(same)] = _absorb(winner, other)
    if len(kept) < len(candidates):
        # a telling merged into one told before may now be one incident with a telling it
        # was compared with while still apart ("attacked X village, burning houses" beside
        # the clash at X that a lead's telling took in first)
        return merge(kept)
    return fold_summaries(kept)


def _district_of_several(lead: Candidate, candidates: list[Candidate]) -> bool:
    """"Troops shelled X district on Sunday … A and B, towns of it, were hit": a lead told at
    a district whose day the report then tells at two of its towns or more sums up several
    events, not one of them (two towns of one district stay two)."""
    return at_district(lead.place) and sum(region_told_first(lead, c) for c in candidates) > 1


def _latest_before(kept: list[Candidate], cand: Candidate) -> Candidate | None:
    """The event told last before `cand` (a detail retells the event just told)."""
    return max((k for k in kept if k.sent_index < cand.sent_index),
               key=lambda k: (k.sent_index, k.start_char), default=None)


def fold_summaries(events: list[Candidate]) -> list[Candidate]:
    """Each summary lead (`summed_up_before`) joins the first instance the report then
    tells in detail, once the tellings of each event are merged."""
    kept = list(events)
    for summary in events:
        instance = next((c for c in kept if c is not summary
                         and summed_up_before(summary, c)
                         and not own_places_apart(summary, c)
                         and not lines_apart(summary, c)), None)
        if instance is not None:
            kept.remove(summary)
            kept[kept.index(instance)] = _absorb_summary(instance, summary)
    return kept


def _absorb_summary(instance: Candidate, summary: Candidate) -> Candidate:
    """The instance, told in detail, speaks for the summary before it: its own place, day
    and toll (the summary's toll may sum up other instances too); the summary's sides and
    source where it gives none."""
    toll, place = instance.toll, instance.place
    fatalities, text = instance.fatalities, instance.fatalities_text
    winner = _absorb(instance, summary)
    winner.toll, winner.fatalities, winner.fatalities_text = toll, fatalities, text
    winner.place = place
    return winner


def _rank(cand: Candidate) -> tuple[bool, int]:
    """Which of two tellings of one event speaks for it: the sub-type first in ACLED's
    priority, but a blast whose device is unnamed ("a blast hit a bar in Mandera; police
    said a grenade was hurled into the crowd") after any telling that names what
    exploded, whatever its rank: the remote explosive of a bare blast is a guess."""
    return cand.device_unnamed, priority(cand.sub_event_type)


def _absorb(winner: Candidate, other: Candidate) -> Candidate:
    """The winner of two tellings of one event, completed with what only the other says."""
    first, second = sorted((winner, other), key=lambda c: c.start_char)
    set_toll(winner, combine_tolls(toll_of(first), toll_of(second)))
    winner.claimed_by = winner.claimed_by or other.claimed_by
    if (winner.actor1 is None or winner.actor1.armed_men) \
            and other.actor1 is not None and not may_face_itself(other.actor1.name) and not (
                winner.actor2 and winner.actor2.name == other.actor1.name):
        winner.actor1 = other.actor1  # "they fought …" after "ISMP insurgents attacked …"
    if winner.actor2 is None and not (
            winner.actor1 and other.actor2 and winner.actor1.name == other.actor2.name):
        winner.actor2 = other.actor2  # never the winner's own actor1, even a collective
    if winner.place_by_anaphor and not other.place_by_anaphor:
        winner.place, winner.place_by_anaphor = other.place, False  # "the town" named
    elif (is_city_part(other.place) and not is_city_part(winner.place)
          or holds(winner.place, other.place)) \
            and not (other.region_only and not winner.region_only) \
            and not other.place_by_anaphor and not (winner.own_unknown and other.noun_again):
        # (a town the index lacks, named by the event's own telling, is not traded for the
        # place a retelling naming its target again was read at: "overran the picket")
        # the most specific place the tellings give; not "the town" read back, a guess
        # where the winner names its own (a town the index lacks, held at its region)
        winner.place = other.place
    if other.date_told and not winner.date_told or other.date_told == winner.date_told \
            and (other.time_precision or 3) < (winner.time_precision or 3):
        winner.date, winner.time_precision = other.date, other.time_precision
        winner.date_told = other.date_told
    winner.mentions = winner.mentions + other.mentions
    winner.last_told = max(winner.sent_index, winner.last_told, other.sent_index,
                           other.last_told)
    # a region's telling that took a town's place is no longer told at the region alone
    winner.region_only = winner.region_only and other.region_only
    return winner
