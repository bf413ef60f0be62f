"""A protest word that only names who did or suffered a deed of the same breath.

News tells the people of an attack by what they were doing: "men who had gathered in a
counter-rally attacked passing students", "a mob swooped on protesting students". The
rally or the protesting is no event of its own beside the attack or the mob's violence
(GUIDELINES: one type of interaction between the same actors at one place on one day):
the deed speaks for the incident. Kept apart from crowds.py, which reads crowds told
again, turning violent or fired on by a force, and is at its size limit."""

from __future__ import annotations

from eventdesk.coding.typology import ATTACK, MOB_VIOLENCE, PEACEFUL_PROTEST
from eventdesk.components.events.common import Candidate
from eventdesk.components.events.merging.places_days import told_in_one_breath

# The deeds a crowd word of the same breath may only describe the doers or victims of.
DEEDS_ON_PEOPLE = frozenset({ATTACK, MOB_VIOLENCE})


def crowd_of_the_deed(deed: Candidate, protest: Candidate) -> bool:
    """"A group of masked men who had gathered in a counter-rally attacked passing students
    with batons": a peaceful protest told in one breath (one sentence, place and day) with
    an attack or mob violence is the deed's doers or victims named by what they were
    doing, and the deed speaks for the incident. Not a protest of another place or day,
    nor one marked as another incident: those stay events of their own."""
    return protest.sub_event_type == PEACEFUL_PROTEST \
        and deed.sub_event_type in DEEDS_ON_PEOPLE and told_in_one_breath(deed, protest)
