"""The candidate record: an event before merging, with the tokens it rests on and what
each step learnt of how it was told. Every step of event coding passes candidates on, so
the record has a module of its own, before the readings of the text (common.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from eventdesk.components.fatalities import FatalityCount
from eventdesk.records import Actor, Place


def _no_new_crowd() -> bool:
    """A candidate's `crowd_anew` when the clause was not read: no crowd named anew."""
    return False


@dataclass(slots=True)
class Candidate:
    """An event before merging: its coding and the tokens it rests on."""

    event_type: str
    sub_event_type: str
    start_char: int
    end_char: int
    sent_index: int
    actor1: Actor | None = None
    actor2: Actor | None = None
    place: Place | None = None
    date: dt.date | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    claimed_by: str | None = None
    framing: dict[str, list[str]] = field(default_factory=dict)
    # The reading `fatalities` rests on (groups, a risen toll), to add up merged tellings' dead
    toll: FatalityCount | None = None
    # How the telling was placed and dated, for merging tellings of one incident: the day
    # said in the clause or its sentence (not the publication date, a present perfect or a
    # day carried over), a place that is only "the town" of an earlier sentence, a cue
    # that it is another incident ("separately"), an attack whose object is a place.
    date_told: bool = True
    place_by_anaphor: bool = False
    place_from_context: bool = False   # its sentence names no place: the report's focus
    region_only: bool = False          # its sentence names a region and no town or district
    another_incident: bool = False
    attacks_a_place: bool = False      # "attacked Macomia town": no victims, a place
    # "near the X airbase": a site the index lacks, a part of the place after merging
    site: str | None = None
    attackers_again: bool = False      # "The gunmen stormed …": the attackers told before
    told_later: bool = False           # "later that evening": after what was told before
    done_again: bool = False           # "bombed the same village again": the deed repeated
    told_also: bool = False            # "villages were also hit": a deed beside the one told
    quoted_bare: bool = False          # "'They attacked us from three sides,' he said"
    side_account: bool = False         # "the army said its forces had struck positions"
    target_deed: bool = False          # "fired at a man who hurled a grenade"
    target: str | None = None          # "ambushed a military convoy": "convoy"
    target_again: str | None = None    # "The convoy … was attacked": "convoy"
    noun_again: str | None = None      # "… on the school", "the shells hit": told before
    repelled_them: bool = False        # "Security forces repelled them"
    crowd_again: bool = False          # "The demonstrators, who …": the crowd told before
    people_of: int = -1                # "men who had rallied … beat": that verb's first char
    device_unnamed: bool = False       # "a blast hit the bar": its sub-type a guess
    weapon_stopped: bool = False       # "shot down a drone": an interception, no arms seized
    place_fronted: bool = False        # "In Quetta, …": its sentence opens on its place
    own_unknown: bool = False          # "In Gidan Dawa, …": its own place, the index lacks
    force_doer: bool = False           # "Police opened fire …": its doer, a force, named
    line: int = -1                     # the start of its digest or ticker line, else -1
    # "supporters who had blocked X": a new crowd, read only when asked (merging: `crowds`)
    crowd_anew: Callable[[], bool] = _no_new_crowd
    # "a separate sit-in" told since sentence n: another crowd (merging: `crowds`)
    crowd_apart: Callable[[int], bool] = lambda sent: False
    # (start, end) of every telling merged into this event, the event's own first.
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # the sentence of the latest telling merged into it (-1: none but its own)
    last_told: int = -1



def copy_candidate(cand: Candidate) -> Candidate:
    """A shallow copy: the same event told for another place or day."""
    return Candidate(**{name: getattr(cand, name) for name in Candidate.__slots__})
