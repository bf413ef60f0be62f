"""Tellings that restate an incident told elsewhere in the report: an undated
restatement of a dated one, a summary lead and the instance told in detail, the attackers
named again in the next sentence, a summary followed by its instance, the weapons an
assault was made with told as a strike. A detail that only tells how an event went (its
end, its interception, the other side's version) is read in details.py."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.coding import typology
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.clause_reading import SEQUEL_WORDS, subject_of
from eventdesk.components.events.merging.places_days import (
    RESTATED_WITHIN_DAYS,
    at_district,
    holds,
    near,
    same_day,
    same_place,
    same_province,
    span_and_day,
    told_in_one_breath,
)
from eventdesk.components.events.merging.same_event import (
    TERRITORY,
    one_incident_kind,
    other_takers,
    same_kind,
)
from eventdesk.components.events.placing import place_key
from eventdesk.components.triggers import Clause
from eventdesk.records import is_city_part


def restates(earlier: Candidate, later: Candidate) -> bool:
    """One of two tellings of an incident at one place gives no day of its own: the lead's
    "M23 rebels have seized Rubaya" (publication date) and the body's "the rebels entered
    the town on Tuesday" (whose "the town" placing only guessed), or a quote "our forces
    have seized Kidal" after "took control of Kidal on Tuesday". It restates the dated one
    when that day is within a week before its own; a telling marked as another incident
    ("separately") or as the deed done again ("bombed the same village again") never
    restates. Nor need a span's telling ("shelling intensified over the weekend") and one
    told with a day of it ("on Sunday, shells landed") both be undated (a highlights line)."""
    spanned = span_and_day(earlier, later)
    if earlier.date_told == later.date_told and not spanned or earlier.another_incident \
            or later.another_incident or earlier.done_again or later.done_again \
            or other_takers(earlier, later):
        return False
    if not ((one_incident_kind(earlier, later) or _fight_for_the_place(earlier, later)) and (
            same_place(earlier, later) or holds(earlier.place, later.place)
            or holds(later.place, earlier.place)
            or earlier.place_by_anaphor or later.place_by_anaphor)):
        return False
    if spanned:
        return True
    told, untold = (earlier, later) if earlier.date_told else (later, earlier)
    if told.date is None or untold.date is None:
        return False
    return 0 <= (untold.date - told.date).days <= RESTATED_WITHIN_DAYS


def _fight_for_the_place(a: Candidate, b: Candidate) -> bool:
    """"Troops recaptured the town on Sunday … the force had met resistance on the approach
    to the town, a spokesman said": a clash told with no day of its own beside a place
    changing hands told with its day is the fight in which it changed hands (GUIDELINES: a
    clash in which the army retakes a village is the retaking)."""
    told, untold = (a, b) if a.date_told else (b, a)
    return told.sub_event_type in TERRITORY and untold.sub_event_type == typology.ARMED_CLASH \
        and not untold.date_told


# How far from the instance a summary lead's place may be ("struck Hezbollah positions
# near Tyre" and, told in detail, "a strike on Qlayleh"), in one country (measured: 50 km
# gains nothing more).
SUMMARY_KM = 25.0


def summed_up_before(summary: Candidate, instance: Candidate) -> bool:
    """"Israeli jets have struck Hezbollah positions in southern Lebanon, the army said …
    On Tuesday, a strike on a house in Qlayleh killed three": a lead telling with no day
    of its own (a present perfect, the publication date), followed later in the report by
    one of its sub-type told with its day, within a week before, near the place the lead
    names (or in the region it names), is the summary of what the report then tells in detail
    (ACLED: the same deeds told again are one event). Never one marked as another
    incident."""
    if summary.date_told or not instance.date_told \
            or summary.sent_index >= instance.sent_index \
            or summary.sub_event_type != instance.sub_event_type \
            or summary.another_incident or instance.another_incident \
            or summary.date is None or instance.date is None or other_takers(summary, instance):
        return False
    if not 0 <= (summary.date - instance.date).days <= RESTATED_WITHIN_DAYS:
        return False
    if is_city_part(summary.place) and is_city_part(instance.place) \
            and place_key(summary.place) != place_key(instance.place):
        return False   # "have retaken the A quarter … the B quarter on Saturday": two places
    # a lead placed only by the sentences before it may be another strike there (measured)
    return summary.region_only or not summary.place_from_context \
        and near(summary.place, instance.place, SUMMARY_KM) or same_toll(summary, instance)


# The fewest dead a lead and an instance must both count for their equal tolls to name one
# incident (two dead, or one, is too common a toll to tell two incidents apart).
SAME_TOLL_MIN = 3


def same_toll(summary: Candidate, instance: Candidate) -> bool:
    """"Authorities sent troops after gunmen killed 11 people in a village in the Sierra
    region … On Sunday, gunmen shot dead 11 people in Nueva Morelia": a lead that counts
    the very dead the instance counts (`SAME_TOLL_MIN` or more), in one country, tells that
    incident, wherever the lead's vaguer words ("a village in the region") were placed."""
    return summary.fatalities is not None and summary.fatalities >= SAME_TOLL_MIN \
        and summary.fatalities == instance.fatalities \
        and summary.place is not None and instance.place is not None \
        and summary.place.country == instance.place.country


def instance_of(instance: Candidate, summary: Candidate) -> bool:
    """"Armed groups kept up rocket fire on Sunday. A rocket hit a house in Ashkelon": a
    telling whose sentence names no place, or only a region ("pounded rebel-held towns in
    southern Idlib. In Kafranbel, an air strike killed six"), followed in the next sentence
    by one of its kind on its day at a place named (in that region), is the summary of
    that incident."""
    return (summary.place_from_context or holds(summary.place, instance.place)
            or _region_of(summary, instance)) \
        and not instance.place_from_context and instance.place is not None \
        and instance.sent_index == summary.sent_index + 1 \
        and instance.sub_event_type == summary.sub_event_type \
        and (instance.date == summary.date or _within_the_span(summary, instance)) \
        and not (instance.another_incident or summary.another_incident)


def _region_of(summary: Candidate, instance: Candidate) -> bool:
    """"The clashes, which began on Thursday in the Catatumbo region of Norte de Santander,
    have left 80 dead. The heaviest fighting was in Tibú and El Tarra": a telling whose
    sentence names only a region, of the region the next telling's town is in."""
    return summary.region_only and not instance.region_only \
        and same_province(summary.place, instance.place)


def _within_the_span(summary: Candidate, instance: Candidate) -> bool:
    """"… began on Thursday …" and "between Thursday and Saturday": a day told only
    within about a week (a span's middle day) that falls in the two days after the
    summary's day."""
    return summary.date is not None and instance.date is not None \
        and 2 in (summary.time_precision, instance.time_precision) \
        and 0 <= (instance.date - summary.date).days <= 2


def region_told_again(event: Candidate, recap: Candidate) -> bool:
    """"Jihadists killed 20 soldiers at a post in Tassia, in the Tillaberi region, on
    Tuesday. The army said it had repelled an attack on its positions in the Tillaberi
    region on Tuesday": a later telling whose sentence names only the region the event's
    town is in, of the event's kind and day, is that event told at a coarser grain (the
    other side's version, a recap), not another one — unless marked as another incident,
    as done again or as done "also"."""
    return recap.region_only and recap.place is not None \
        and recap.place.geo_precision == 3 and recap.sent_index > event.sent_index \
        and same_kind(event, recap) and same_day(event, recap) \
        and holds(recap.place, event.place) and not (
            recap.another_incident or recap.done_again or recap.told_also
            or event.another_incident)


def region_told_first(lead: Candidate, event: Candidate) -> bool:
    """"Three people were killed on Sunday when villagers of two towns fought in the
    western highlands … Armed men exchanged fire in Pasaca on Sunday": a telling placed
    only at a region or a district ("a feud in X district left nine dead on Monday"),
    followed later by one of its kind on its day at a town of it, is the lead of the event
    the report then tells at its town (the mirror of `region_told_again`) — unless either
    is marked as another incident, as done again or "also", or one tells ground changing
    hands and the other does not (a village retaken, then a clash at a town: two deeds)."""
    return lead.place is not None and (lead.place.geo_precision == 3 or at_district(lead.place)) \
        and (lead.sub_event_type in TERRITORY) == (event.sub_event_type in TERRITORY) \
        and lead.sent_index < event.sent_index and same_kind(lead, event) \
        and same_day(lead, event) and lead.date is not None \
        and holds(lead.place, event.place) and not (
            lead.another_incident or event.another_incident or event.done_again
            or event.told_also)


# The violent types whose deeds a witness retells in a quotation.
VIOLENT_TYPES = frozenset({typology.BATTLES, typology.EXPLOSIONS, typology.VAC})


# What a witness of a violent event may tell of it besides the violence: "'They shot at
# everyone and burned our granaries,' said a survivor" (the attack's own damage).
QUOTED_DAMAGE = frozenset({typology.LOOTING})


def quoted_again(event: Candidate, quote: Candidate) -> bool:
    """"Militants attacked an army base in Mahas on Sunday … 'The enemy attacked us from
    three directions,' a soldier said": a deed in a quotation that names no place and no
    day of its own, in the two sentences after the latest telling of a violent event, is a
    witness telling that event again, its violence or its damage (its day and place are
    where and when it was said), not another — unless marked as another incident, as done
    again or "also"."""
    latest = max(event.sent_index, event.last_told)
    return quote.quoted_bare and latest < quote.sent_index <= latest + 2 \
        and event.event_type in VIOLENT_TYPES and (
            quote.event_type in VIOLENT_TYPES or quote.sub_event_type in QUOTED_DAMAGE) \
        and not (quote.another_incident or quote.done_again or quote.told_also)


# Words a report calls the attackers by once it has told their attack ("the gunmen").
ATTACKER_NOUNS = frozenset({
    "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "militant",
    "militants", "insurgent", "insurgents", "jihadist", "jihadists", "bandit", "bandits",
    "raider", "raiders", "fighter", "fighters", "militiaman", "militiamen", "rebel", "rebels",
    "terrorist", "terrorists", "perpetrator", "perpetrators", "killer", "killers",
    "kidnapper", "kidnappers", "abductor", "abductors", "paramilitary", "paramilitaries"})


# What the attackers named again may do in the telling of their attack: attack and kill,
# and burn or loot the place ("set fire to granaries": the riot category reads arson too).
ATTACKERS_DEEDS = frozenset({"attack", "kill", "looting", "destroy", "riot"})


def attackers_told_again(doc: Doc, clause: Clause) -> bool:
    """"The attackers stormed Runji village late on Sunday and shot residents", "The
    assailants attacked the camp with machetes and burned huts": a clause whose subject is
    the attackers, named again with "the" (no name of their own) and whose deeds are only
    attacking, killing and burning or looting, with no word putting it after another deed
    ("later", "then", "again"), tells how an attack told before was done
    (`tells_attack_again` and `burned_in_attack` check the place and day)."""
    subject = subject_of(clause.root, whole_list=True)
    if subject is None or not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                  for c in subject.children):
        return False
    if subject.lower_ not in ATTACKER_NOUNS:
        return False
    if any(t.pos_ == "PROPN" for t in subject.subtree):
        return False  # "the Boko Haram fighters": a group named, maybe another
    deeds = {m.category for m in clause.triggers}
    if not deeds or not deeds <= ATTACKERS_DEEDS:
        return False
    return not any(t.lower_ in SEQUEL_WORDS for t in clause.tokens)


# How far from the attack told before its retelling may be placed: a village "about 30
# kilometres south" of the town the attack was told at.
RETOLD_NEAR_KM = 50.0


def tells_attack_again(attack: Candidate, retold: Candidate) -> bool:
    """"Gunmen killed 20 people in an attack on a village in Zamfara state. The gunmen
    stormed Kadawa village on Sunday evening": the attackers named again in the next
    sentence, at the attack's place or inside the region it was told at, within a day of
    it, tell the same attack (whichever type the retelling's words would give). So do the
    kidnappers of an abduction told again with no dead ("Gunmen overnight abducted 15
    passengers near Kachia. The kidnappers blocked the road on Monday night and opened fire
    on vehicles"): how they took them, within a day of the lead's "overnight"."""
    if not retold.attackers_again or retold.sent_index != attack.sent_index + 1 \
            or not (attack.sub_event_type in (typology.ATTACK, typology.ARMED_CLASH)
                    or attack.sub_event_type == typology.ABDUCTION and not retold.fatalities) \
            or retold.event_type not in (typology.VAC, typology.BATTLES) \
            or attack.another_incident or retold.another_incident:
        return False
    if attack.date is not None and retold.date is not None \
            and abs((attack.date - retold.date).days) > 1:
        return False
    return placed_at_attack(attack, retold)


def placed_at_attack(attack: Candidate, retold: Candidate) -> bool:
    """A retelling placed nowhere of its own, at the attack's place, inside the region
    the attack was told at or near it (a village "about 20 km from" the town)."""
    return retold.place is None or retold.place.latitude is None \
        or same_place(attack, retold) or holds(attack.place, retold.place) \
        or retold.place_from_context or near(attack.place, retold.place, RETOLD_NEAR_KM)


def weapons_of_the_assault(strike: Candidate, assault: Candidate) -> bool:
    """"Rebels attacked a police post in X with explosives dropped from drones on Monday,
    wounding two officers": an assault on a target with no dead of its own and a strike by
    the same kind of side or on the same named side, told in one breath, are one strike --
    the weapons say how the target was attacked, and no fight is told. (Not the other
    side's answer: "… and the army hit back with air strikes on the rebels".)"""
    if strike.event_type != typology.EXPLOSIONS or assault.sub_event_type != typology.ARMED_CLASH \
            or not (assault.target is not None or assault.attacks_a_place) \
            or assault.fatalities or strike.actor1 is None or assault.actor1 is None:
        return False
    one_target = strike.actor2 is not None and assault.actor2 is not None \
        and strike.actor2.name == assault.actor2.name \
        and not strike.actor2.unnamed
    return (strike.actor1.inter == assault.actor1.inter or one_target) \
        and told_in_one_breath(strike, assault)
