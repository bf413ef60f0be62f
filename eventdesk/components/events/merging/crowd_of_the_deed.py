"""A protest word that only names who did or suffered a deed of the same breath.

News tells the people of an attack by what they were doing: "youths who had rallied
outside the court stabbed a clerk", "thugs set upon marching nurses". The rally or the
marching is then no event of its own beside the attack or the mob's violence (GUIDELINES:
one type of interaction between the same actors at one place on one day): the deed speaks
for the incident. Only a protest word inside the deed's subject or object phrase (a
relative clause or participle on it: clause_reading `people_of_a_deed`); a protest told
as a clause of its own in the same sentence ("nurses marched to the ministry after thugs
beat two of them", "thugs beat two nurses, and nurses marched in protest") is another
interaction, coded apart. Kept apart from crowds.py, which reads crowds told again,
turning violent or fired on by a force, and is at its size limit."""

from __future__ import annotations

from eventdesk.coding.typology import ATTACK, MOB_VIOLENCE, PEACEFUL_PROTEST
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.places_days import told_in_one_breath

# The deeds a crowd word of the same breath may only describe the doers or victims of.
DEEDS_ON_PEOPLE = frozenset({ATTACK, MOB_VIOLENCE})


def crowd_of_the_deed(deed: Candidate, protest: Candidate) -> bool:
    """"A band of youths who had rallied outside the court stabbed a clerk": a peaceful
    protest whose words describe the subject or object of the verb of an attack or mob
    violence told in one breath (one sentence, place and day) names the deed's doers or
    victims, and the deed speaks for the incident. Not a protest told as a clause of its
    own, of another place or day, nor one marked as another incident."""
    return protest.sub_event_type == PEACEFUL_PROTEST \
        and deed.sub_event_type in DEEDS_ON_PEOPLE \
        and deed.start_char <= protest.people_of < deed.end_char \
        and told_in_one_breath(deed, protest)
