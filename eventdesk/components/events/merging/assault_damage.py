"""Property burned or looted in an assault on people or a place, told beside it: part of
that attack, or, when nobody was hurt, one looting -- not a second event. Kept apart from
two_types.py, which weighs the other pairs of types one incident is told as.
"""

from __future__ import annotations

from eventdesk.coding import typology
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.places_days import (
    same_day,
    told_in_one_breath,
    told_near,
    told_next,
    told_together,
)
from eventdesk.components.events.merging.retellings import placed_at_attack


def looted_in_assault(damage: Candidate, attack: Candidate) -> bool:
    """"Fighters stormed the village on Saturday. They burned granaries and drove off the
    herds. No one was killed": an assault on a place that names no victims, where the
    report says nobody died, and the burning or looting its side then does there, told
    together or next, are one looting -- no violence against people was told (the assault
    is how the looting began)."""
    if damage.sub_event_type != typology.LOOTING \
            or attack.sub_event_type != typology.ATTACK or not attack.attacks_a_place \
            or attack.fatalities or 0 not in (attack.fatalities, damage.fatalities) \
            or attack.start_char > damage.start_char \
            or damage.another_incident:
        return False
    if damage.actor1 is not None and attack.actor1 is not None \
            and damage.actor1.name != attack.actor1.name:
        return False
    return told_together(attack, damage) or damage.sent_index == attack.sent_index + 1 \
        and same_day(attack, damage) and placed_at_attack(attack, damage)


def burned_in_attack(attack: Candidate, damage: Candidate) -> bool:
    """"Gunmen killed 20 villagers and set fire to their homes": the property a side
    destroys in the same breath as it kills people there is part of its attack, not a
    second event; so is the damage the next sentence tells with no place of its own, by
    the attackers or by doers it leaves unnamed ("They took the cattle and set fire to
    the huts"), or by the side the report has since named for attackers it left unnamed
    (`_named_later`), on the attack's day -- two sentences on when it has no day of its own
    either ("The attack was carried out by the X gang. The gunmen also set fire to 45
    homes"); and the damage the attackers named again do in the next sentence, near the
    attack ("The assailants set fire to granaries in two hamlets nearby")."""
    if attack.sub_event_type != typology.ATTACK or attack.actor1 is None \
            or damage.sub_event_type != typology.LOOTING:
        return False
    same_side = damage.actor1 is None or damage.actor1.name == attack.actor1.name
    if same_side and (told_in_one_breath(attack, damage) or _amid_its_tellings(attack, damage)):
        return True
    if same_side and damage.attackers_again and not damage.another_incident \
            and told_next(attack, damage) and same_day(attack, damage) \
            and placed_at_attack(attack, damage):
        return True
    latest = max(attack.sent_index, attack.last_told)
    return (same_side or damage.actor1.unnamed
            or _named_later(attack, damage)) \
        and damage.place_from_context \
        and (damage.sent_index == latest + 1
             or damage.sent_index == latest + 2 and not damage.date_told) \
        and told_near(attack, damage, sentences=damage.sent_index - attack.sent_index)


def _named_later(attack: Candidate, damage: Candidate) -> bool:
    """"Gunmen killed 70 people in an attack on a town. The attack was carried out by the
    X gang. The gunmen also set fire to 45 homes": the attackers left unnamed in the
    attack's telling and named by the report before the damage -- a non-state side."""
    return attack.actor1 is not None and attack.actor1.unnamed \
        and damage.actor1 is not None and damage.actor1.inter not in typology.STATE_SIDE


def _amid_its_tellings(event: Candidate, other: Candidate) -> bool:
    """"Gunmen attacked a school in X on 16 June, killing 41 … At 10 p.m. on 16 June the
    assailants entered the compound, set fire to a dormitory and shot students": told in
    the sentence of a later telling merged into the event (or between its first and its
    latest), of its day and place, and not marked as another incident."""
    return event.sent_index < other.sent_index <= event.last_told \
        and told_near(event, other, sentences=other.sent_index - event.sent_index)
