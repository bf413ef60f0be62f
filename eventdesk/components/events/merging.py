"""Merging: one event told several times becomes one record (GUIDELINES: "Code it once
even when several sentences describe it").

Within a sentence, a bare death clause joins the event beside it; across sentences, a
toll "in the raids" or one with no attacker, place or day of its own completes the event
told before; at the end, candidates of one type, place and day merge, the sub-type
highest in ACLED's priority speaking for them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.coding.typology import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VAC,
    may_face_itself,
    priority,
)
from eventdesk.components.events.common import (
    ARMED_ROLES,
    FAMILY_OF,
    LATER_WORDS,
    Candidate,
    armed_subject,
    clause_span_chars,
    evidence_bounds,
    is_weak,
    lexicon,
    names_a_place,
    preamble_end,
    tells_a_day,
)
from eventdesk.components.events.placing import place_key
from eventdesk.components.events.splitting import told_while
from eventdesk.components.fatalities import FatalityCount, combine_tolls, count_fatalities
from eventdesk.components.triggers import Clause
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_text
from eventdesk.records import Place

# The event type a back-reference's noun names ("killed in the fighting" → a battle).
FAMILY_TYPES = {"battle": BATTLES, "explosion": EXPLOSIONS, "protest": PROTESTS, "riot": RIOTS}
# The other types a type's nouns also name when they point back: "Protesters clashed with
# police … The clashes left two people dead" — a crowd's fight with a force is told with
# battle words, and it is a riot.
ALSO_NAMES = {BATTLES: frozenset({RIOTS})}


# ---- within a sentence --------------------------------------------------------------

def fold_weak_clauses(sent_clauses: list[Clause], strong: list[Clause]) -> None:
    """A bare death clause ("two people were killed when …") belongs to the event of its
    sentence when there is one; one with its own subject ("ISIL killed 85 civilians and
    abducted 400", "troops clashed with rebels while gunmen killed a teacher") is an attack
    in its own right."""
    for clause in sent_clauses:
        if clause in strong:
            continue
        if strong and not (armed_subject(clause) and (
                clause.root.dep_ in ("ROOT", "conj", "ccomp") or told_while(clause.root))) \
                and not killing_beside_another_deed(clause, strong) \
                and not killing_by_a_side(clause):
            target = min(strong, key=lambda c: abs(c.root.i - clause.root.i))
            target.tokens = sorted(set(target.tokens) | set(clause.tokens), key=lambda t: t.i)
        else:
            strong.append(clause)


# Deeds whose victims are not the dead of a killing told beside them: "abducted 20
# students and killed a teacher" is an abduction and an attack (GUIDELINES: distinct deeds
# of different types in one sentence are events of their own).
DEEDS_APART_FROM_KILLING = frozenset({"abduction", "sexual", "arrest"})


def killing_beside_another_deed(clause: Clause, strong: list[Clause]) -> bool:
    """A killing with victims of its own ("killed a teacher", "killed three sheikhs"),
    joined by "and" to a clause telling arrests by the same subject: its own deed (another
    event type), not the deaths of the other. Beside an abduction or a rape — violence
    against civilians too — it is its own event only at a place of its own ("abducted 20
    students in Kaduna and killed a teacher in Zamfara"); at one place and day GUIDELINES
    make it one event ("killed ten and kidnapped two": an attack)."""
    root = clause.root
    if not any(c.dep_ == "dobj" for c in root.children) or root.lemma_.lower() != "kill":
        return False
    for other in strong:
        if not other.categories() or not other.categories() <= DEEDS_APART_FROM_KILLING:
            continue
        joined = (root.dep_ == "conj" and root.head.i == other.root.i) or (
            other.root.dep_ == "conj" and other.root.head.i == root.i)
        if joined and any(c.dep_ == "cc" and c.lower_ == "and"
                          for c in (*root.children, *other.root.children)) \
                and (other.categories() <= {"arrest"} or _place_of_its_own(clause, other)):
            return True
    return False


def killing_by_a_side(clause: Clause) -> bool:
    """"condemns the killing of ten civilians by ADF combatants on 31 January, and is
    concerned by reports that four women were raped": a killing noun that names its own
    doers, an armed side after "by", is that side's deed, not the toll of another."""
    doc = clause.root.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    for m in clause.triggers:
        noun = doc[m.start:m.end].root
        if noun.pos_ == "NOUN" and any(
                p.dep_ == "prep" and p.lower_ == "by" and any(
                    o.dep_ == "pobj" and o.i in armed for o in p.children)
                for p in noun.children):
            return True
    return False


def _place_of_its_own(clause: Clause, other: Clause) -> bool:
    """The clause names a place (not a country) the other clause does not name."""
    doc = clause.sent.doc
    mine = {t.i for t in clause.tokens} - {t.i for t in other.tokens}
    return any(m.start in mine and m.kind != "country" for m in doc._.places or [])


def toll_end(doc: Doc, sent: Span, end: int) -> int:
    """Where the event's toll may be read up to: the sentence's end, unless another event
    follows in it ("…, killing 13, officials said; the council put the toll at eight" and
    "…; no one was killed" belong to the event)."""
    for m in doc._.triggers or []:
        if m.category != "kill" and sent.start <= m.start < sent.end \
                and doc[m.start].idx >= end:
            return end
    return sent.end_char


# ---- a clause that completes an earlier event ---------------------------------------

def referent(clause: Clause, candidates: list[Candidate]) -> Candidate | None:
    """The event a back-reference points to: the latest of the kind it names ("killed in
    the fighting" → the latest battle), else the latest event."""
    if not candidates:
        return None
    wanted = {FAMILY_TYPES.get(FAMILY_OF[m.category]) for m in clause.triggers
              if m.category != "kill"} - {None}
    wanted |= {also for family in wanted for also in ALSO_NAMES.get(family, ())}
    for cand in reversed(candidates):
        if not wanted or cand.event_type in wanted:
            return cand
    return candidates[-1]


def completes(doc: Doc, clause: Clause, earlier: Candidate, latest: bool = False) -> bool:
    """The clause tells more of `earlier` (`latest`: the last event the report told)
    rather than a new event; never one the report marks as another incident
    ("Separately, two people were killed in the fighting", "In another attack, …")."""
    if told_as_another(doc, clause.root.sent, clause):
        return False
    return refers_back(doc, clause, earlier) or bare_toll(doc, clause) \
        or restated_subject(doc, clause, earlier, latest) or ends_the_told_event(doc, clause) \
        or how_the_told_event_began(doc, clause) \
        or latest and (aim_of_the_strike(doc, clause, earlier)
                       or damage_of_the_attack(doc, clause, earlier))


# The deeds that only damage property ("were set on fire", "were looted", "destroyed").
DAMAGE_CATEGORIES = frozenset({"looting", "destroy", "riot"})


def damage_of_the_attack(doc: Doc, clause: Clause, attack: Candidate) -> bool:
    """"Gunmen killed 17 people in a village … Several houses were set on fire", "An air
    strike hit the town … A school and a clinic were destroyed": property told burned,
    looted or destroyed with no one doing it, no place and no day of its own, right after
    an attack, a battle or a strike, is the damage of that violence, not a riot or a
    looting of its own (GUIDELINES: code it once)."""
    if attack.event_type not in (VAC, BATTLES, EXPLOSIONS, RIOTS):
        return False
    deeds = {m.category for m in clause.triggers} - {"kill"}
    if not deeds or not deeds <= DAMAGE_CATEGORIES:
        return False
    if any(c.dep_ in ("nsubj", "agent", "expl") for c in clause.root.children) \
            or clause.root.dep_ == "conj" and _subject(clause.root) is not None:
        return False  # "rioters torched cars", "… and were looted by soldiers"
    return not names_a_place(doc, {t.i for t in clause.tokens}) \
        and not tells_a_day(doc, clause)


def aim_of_the_strike(doc: Doc, clause: Clause, strike: Candidate) -> bool:
    """"A strike hit a building in X on Monday. The military said it targeted a senior
    commander", "a roadside bomb hit an army convoy … Islamic State said its fighters
    attacked the convoy": a clause whose only deed is aiming, or attacking a target named
    with "the", told right after an explosion and with no place or day of its own, names
    what that strike was aimed at — the same incident, not a new attack or clash
    (GUIDELINES: code it once)."""
    if strike.event_type != EXPLOSIONS:
        return False
    aims = lexicon()["aim_verbs"]
    deeds = [m for m in clause.triggers if m.category != "kill"]
    if not deeds or not all(doc[m.start].lemma_.lower() in aims
                            or m.category == "attack" and _attacks_the_named(doc[m.start])
                            for m in deeds):
        return False
    return not names_a_place(doc, {t.i for t in clause.tokens}) \
        and not tells_a_day(doc, clause)


def _attacks_the_named(verb: Token) -> bool:
    """"attacked the convoy": an attack verb whose object is named with "the" or a
    possessive, a target told before."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(d.dep_ in ("det", "poss") and d.lower_ not in
                                 ("a", "an", "another", "every") for d in c.children)
        for c in verb.children)


def ends_the_told_event(doc: Doc, clause: Clause) -> bool:
    """"Security forces ended the siege after 14 hours, killing the four attackers",
    "troops repelled the attack": a clause whose object is the event told before, named
    with "the", and which gives no place or day of its own, tells how it ended; its dead
    are the event's."""
    nouns = lexicon()["backref_nouns"]
    obj = next((c for c in clause.root.children if c.dep_ == "dobj"
                and (c.lower_ in nouns or c.lemma_.lower() in nouns)
                and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "another")
                        for d in c.children)), None)
    if obj is None:
        return False
    in_object = {t.i for t in obj.subtree}
    if any(m.category != "kill" and m.start not in in_object for m in clause.triggers):
        return False
    return not names_a_place(doc, {t.i for t in clause.tokens}) \
        and not tells_a_day(doc, clause)


def restated_subject(doc: Doc, clause: Clause, earlier: Candidate,
                     latest: bool = False) -> bool:
    """"The air raid had targeted PDF fighters", "the helicopter returned and fired on
    villagers": a clause whose subject names, with "the", the attack or the weapon of the
    event told before, and which gives no place or day of its own, tells more of it (a
    place in the subject of the last event told describes it again)."""
    subject = _subject(clause.root)
    if subject is None or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "every")
            for c in subject.children):
        return False
    in_subject = {t.i for t in subject.subtree}
    named = [m for m in doc._.triggers or [] if m.category != "kill" and m.start in in_subject]
    if not named:
        return False
    families = {FAMILY_TYPES.get(FAMILY_OF[m.category]) for m in named} - {None}
    families |= {also for family in families for also in ALSO_NAMES.get(family, ())}
    if families and earlier.event_type not in families:
        return False
    generic = lexicon()["generic"] | lexicon()["weak"]
    if any(m.start not in in_subject and m.category not in generic
           and not _told_of_a_noun(doc[m.start], clause.root) for m in clause.triggers):
        return False  # "the army shelled the town": a new deed besides the subject's
    ids = {t.i for t in clause.tokens}
    if latest:
        ids -= in_subject  # "The protest in the capital of X province followed reports …"
    if names_a_place(doc, ids - _launch_site(doc, clause) - _doer_described(clause)):
        return False
    if not earlier.date_told:
        return True  # "The blast … shortly after midnight on Sunday" gives its untold day
    return not tells_a_day(doc, clause) or _named_by_its_day(doc, clause, subject, earlier)


def _doer_described(clause: Clause) -> set[int]:
    """"The attack was carried out by a resident of east Jerusalem": a place in the
    by-phrase naming who did the deed describes the doer, not where the deed was done."""
    return {t.i for c in clause.root.children if c.dep_ == "agent" for t in c.subtree}


def _launch_site(doc: Doc, clause: Clause) -> set[int]:
    """"The missile was launched from Saada province": the place a weapon told before
    was fired from is not a place of a new event (its tokens, when the clause's verb is a
    launching or firing one)."""
    if clause.root.lemma_.lower() not in ("launch", "fire", "shoot"):
        return set()
    return {t.i for c in clause.root.children if c.dep_ == "prep" and c.lower_ == "from"
            for t in c.subtree}


def _named_by_its_day(doc: Doc, clause: Clause, subject: Token, earlier: Candidate) -> bool:
    """"The military said last Tuesday's strike had targeted fighters": the only day the
    clause tells is the one its subject names the event by ("Tuesday's strike"), the day of
    the event told before or a sharper telling of a day told loosely ("a week after")."""
    start, end = clause_span_chars(doc, clause)
    first, last = subject.left_edge.idx, subject.idx
    days = [d for d in doc._.dates or [] if start <= d.start_char < end
            and d.kind in ("day", "relative")]
    if not days or any(not first <= d.start_char < last for d in days):
        return False
    if earlier.date is None:
        return True
    return all(d.date == earlier.date or earlier.time_precision != 1 and d.date is not None
               and abs((d.date - earlier.date).days) <= RESTATED_WITHIN_DAYS for d in days)


def take_told_day(earlier: Candidate, date, precision: int | None, told: bool) -> None:
    """A telling that completes an event whose day the report did not tell (a toll
    update's day, the publication date), or told only loosely ("a week after"), gives it
    the day it tells ("last Tuesday's strike")."""
    if told and date is not None and (not earlier.date_told or (
            precision or 3) < (earlier.time_precision or 3)):
        earlier.date, earlier.time_precision, earlier.date_told = date, precision, True


def _told_of_a_noun(tok: Token, root: Token) -> bool:
    """"followed reports that a commander had raped a girl": a deed inside a clause that a
    noun governs is what the reports say, not a deed of the clause's own verb."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in ("acl", "ccomp", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        tok = tok.head
    return False


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares with the verb it is joined to ("the
    helicopter returned and fired")."""
    for tok in (verb, verb.head if verb.dep_ == "conj" else None):
        if tok is None:
            continue
        found = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


def refers_back(doc: Doc, clause: Clause, earlier: Candidate) -> bool:
    """Deaths "in the raids" or "during Friday's fighting" belong to an event told before:
    the clause adds its dead to it rather than coding a new event."""
    ids = {t.i for t in clause.tokens}
    if "kill" not in {m.category for m in doc._.triggers or [] if m.start in ids}:
        return False
    others = [m for m in clause.triggers if m.category != "kill"]
    if not others or not all(_is_backref(doc[m.start:m.end].root) for m in others):
        return False
    # "killed … in the final battles on Monday" is its own event when its day differs;
    # "killed in the attack, which began on Friday evening" tells when that event began
    start, end = clause_span_chars(doc, clause)
    began = {t.idx for m in others for c in doc[m.start:m.end].root.children
             if c.dep_ in ("relcl", "acl") for t in c.subtree}
    own_days = [d.date for d in doc._.dates or [] if start <= d.start_char < end
                and d.kind == "day" and d.start_char not in began]
    return all(day == earlier.date for day in own_days)


def how_the_told_event_began(doc: Doc, clause: Clause) -> bool:
    """"At least 21 people were killed in the attack, which began on Friday evening when
    militants set off two car bombs outside the hotel and then stormed the building": a
    deed told inside what a back-reference ("in the attack") says of the event told before
    is how that event unfolded, not a new one."""
    tok = clause.root
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and _is_backref(tok.head):
            return not names_a_place(doc, {t.i for t in clause.tokens})
        tok = tok.head
    return False


# Words that make a noun name an incident other than the one told before ("in a separate
# attack", "in other clashes", "in a similar raid").
OTHER_INCIDENT_WORDS = frozenset({"another", "other", "separate", "similar", "further",
                                  "new", "fresh"})


def _is_backref(tok: Token) -> bool:
    """"in the raids", "during Friday's fighting": a noun of the event told before, named
    with "the" or a possessive (not "another attack", "the other clashes")."""
    nouns = lexicon()["backref_nouns"]
    if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns:
        return False
    if tok.head.lower_ not in ("in", "during", "from"):
        return False
    if any(c.lower_ in OTHER_INCIDENT_WORDS for c in tok.children
           if c.dep_ in ("det", "amod")):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
               for c in tok.children)


def _restating_appositive(doc: Doc, clause: Clause) -> set[int]:
    """The tokens of "an attack …" set beside a toll ("killed seven soldiers, an attack
    claimed by X"): an attack noun in apposition names the event told, not a new one."""
    nouns = lexicon()["backref_nouns"]
    found: set[int] = set()
    for m in clause.triggers:
        head = doc[m.start:m.end].root
        if head.dep_ == "appos" and (head.lower_ in nouns or head.lemma_.lower() in nouns):
            found |= {t.i for t in head.subtree}
    return found


def bare_toll(doc: Doc, clause: Clause) -> bool:
    """"Eight people were killed, the minister said": a toll with no attacker, place or day
    of its own completes the event told before it."""
    restated = _restating_appositive(doc, clause)
    if restated:
        # "…, killed seven soldiers, an attack the ministry blamed on X": the appositive
        # and what it says of the attack restate the event, they add none
        ids = {t.i for t in clause.tokens} - restated
        if not {m.category for m in clause.triggers if m.start in ids} <= lexicon()["weak"]:
            return False
    elif not is_weak(clause):
        return False
    else:
        ids = {t.i for t in clause.tokens}
    # a participle the parser hung on a noun ("gunmen on motorcycles killed nine civilians
    # in the village of X, an official told AFP"): its own phrase tells its place and day
    ids |= {t.i for tok in clause.tokens if tok.dep_ == "acl" and tok.pos_ == "VERB"
            for t in tok.subtree}
    if armed_subject(clause):
        return False
    if names_a_place(doc, ids) or tells_a_day(doc, clause):
        return False
    return not any(c.dep_ == "agent" for c in clause.root.children)


def tells_history_again(doc: Doc, clause: Clause) -> bool:
    """"A year after the attack on the market … More than 120 people were killed in the
    assault": a toll with no attacker, place or day of its own, or any deed told "in the
    assault", told right after a deed found to be history, belong to that deed."""
    if bare_toll(doc, clause):
        return True
    # "… took 251 hostages in the assault": any deed told "in the assault" there is that
    # history's too
    return (any(_is_backref(doc[m.start:m.end].root) for m in clause.triggers)
            or _joined_to_a_backref(clause)) and not tells_a_day(doc, clause)


def _joined_to_a_backref(clause: Clause) -> bool:
    """"Gunmen killed about 1,200 people and took 251 hostages in the assault": the
    "in the assault" closing a pair of joined deeds tells both."""
    root = clause.root
    joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    joined += [root.head] if root.dep_ == "conj" and root.head.pos_ == "VERB" else []
    return any(_is_backref(g) for verb in joined for p in verb.children if p.dep_ == "prep"
               and p.i > root.i for g in p.children if g.dep_ == "pobj")


def add_deaths(doc: Doc, clause: Clause, earlier: Candidate) -> None:
    """The dead a completing clause tells join the earlier event's (`combine_tolls`: a
    risen toll replaces, others and another side's dead add up)."""
    start, end = evidence_bounds(doc, clause)
    _set_toll(earlier, combine_tolls(_toll_of(earlier), count_fatalities(doc_text(doc)[start:end])))


def _toll_of(cand: Candidate) -> FatalityCount:
    """The candidate's toll reading; a bare count when its reading was dropped (a copy
    of an event at another place keeps no toll)."""
    if cand.toll is not None and cand.toll.count == cand.fatalities \
            and cand.toll.text == cand.fatalities_text:
        return cand.toll
    return FatalityCount(cand.fatalities, cand.fatalities_text, None, None)


def _set_toll(cand: Candidate, toll: FatalityCount) -> None:
    cand.toll, cand.fatalities, cand.fatalities_text = toll, toll.count, toll.text


# ---- one event per type, place and day ----------------------------------------------

# The sub-types of a place changing hands; the priority order chooses among them.
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                       "Non-violent transfer of territory"})
# How many days an untold date (the publication date, a present perfect) may come after the
# day told in another telling of the same incident: a report's news is about a week old
# at most (GUIDELINES "Dates": the present perfect is this week's news).
RESTATED_WITHIN_DAYS = 7


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One event per type, place and day; the highest-priority sub-type speaks for it.

    A mention of the city joins an event in one of its districts the same day; two
    different districts stay two events. A telling that restates an event told with its
    day ("have seized Kidal", "entered the town") joins it and takes that day; one
    incident told as two types is coded as one (`one_incident_of_two_types`)."""
    kept: list[Candidate] = []
    for cand in candidates:
        same = next((k for k in kept if same_event(k, cand) or restates(k, cand)
                     or one_transfer(k, cand)), None)
        if same is not None:
            winner, other = (cand, same) if _rank(cand) < _rank(same) else (same, cand)
        else:
            same = next((k for k in kept if one_incident_of_two_types(k, cand)), None)
            told_again = next((k for k in kept if tells_attack_again(k, cand)), None)
            crowd_again = next((k for k in kept if tells_crowd_again(k, cand)), None)
            if same is None and told_again is not None:
                winner, other = told_again, cand  # the lead's telling speaks for it
                same = told_again
            elif same is None and crowd_again is not None:
                same = crowd_again
                winner, other = (cand, same) if _crowd_speaks(cand, same) else (same, cand)
            elif same is None:
                kept.append(cand)
                continue
            else:
                winner, other = (cand, same) if speaks_for_incident(cand, same) \
                    else (same, cand)
        kept[kept.index(same)] = _absorb(winner, other)
    return fold_summaries(kept)


def fold_summaries(events: list[Candidate]) -> list[Candidate]:
    """Each summary lead (`summed_up_before`) joins the first instance the report then
    tells in detail, once the tellings of each event are merged."""
    kept = list(events)
    for summary in events:
        instance = next((c for c in kept if c is not summary
                         and summed_up_before(summary, c)), None)
        if instance is not None:
            kept.remove(summary)
            kept[kept.index(instance)] = _absorb_summary(instance, summary)
    return kept


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
            or summary.date is None or instance.date is None:
        return False
    if not 0 <= (summary.date - instance.date).days <= RESTATED_WITHIN_DAYS:
        return False
    # a lead placed only by the sentences before it may be another strike there (measured)
    return summary.region_only or not summary.place_from_context \
        and _near(summary.place, instance.place, SUMMARY_KM)


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
    _set_toll(winner, combine_tolls(_toll_of(first), _toll_of(second)))
    winner.claimed_by = winner.claimed_by or other.claimed_by
    if (winner.actor1 is None or winner.actor1.name.startswith("Unidentified Armed Group")) \
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
            and not (other.region_only and not winner.region_only):
        winner.place = other.place  # the most specific place the tellings give
    if other.date_told and not winner.date_told or other.date_told == winner.date_told \
            and (other.time_precision or 3) < (winner.time_precision or 3):
        winner.date, winner.time_precision = other.date, other.time_precision
        winner.date_told = other.date_told
    winner.mentions = winner.mentions + other.mentions
    # a region's telling that took a town's place is no longer told at the region alone
    winner.region_only = winner.region_only and other.region_only
    return winner


def same_event(a: Candidate, b: Candidate) -> bool:
    """Same type, same day, same place (a city and one of its districts count as one), and
    not two pairs of sides with no side in common."""
    return same_kind(a, b) and same_day(a, b) and same_place(a, b) \
        and not district_told_apart(a, b) and not other_sides(a, b) \
        and not told_apart(a, b) and not moved_to_another_place(a, b)


def moved_to_another_place(a: Candidate, b: Candidate) -> bool:
    """"Clashes erupted in Jenin on Thursday … In al-Bireh, young men confronted the
    forces": the later of two tellings in different sentences whose sentence opens on its
    place ("In X, …") moves the report to another scene; placed apart from the other at
    all (a district of its city too), it is another event."""
    later = max(a, b, key=lambda c: c.sent_index)
    return a.sent_index != b.sent_index and later.place_fronted \
        and place_key(a.place) != place_key(b.place)


# The words a sentence may open with before the place it moves to ("Also in X, …").
OPENING_WORDS = frozenset({"also", "and", "but", ",", "then"})
# The prepositions that open a sentence on a place ("In X, …", "Near X, …").
PLACE_OPENERS = frozenset({"in", "at", "near", "outside", "around"})


def opens_on_a_place(sent: Span) -> bool:
    """"In Quetta, one protester was killed …", "In the western city of Zawiya, …": the
    sentence opens with a preposition of place and a name (not a day: "In March, …"),
    set off by a comma, before its clause."""
    tokens = [t for t in sent if not t.is_space]
    i = 0
    while i < len(tokens) and tokens[i].lower_ in OPENING_WORDS:
        i += 1
    if i >= len(tokens) or tokens[i].lower_ not in PLACE_OPENERS:
        return False
    named = False
    for tok in tokens[i + 1:i + 10]:
        if tok.text == ",":
            return named
        if tok.ent_type_ in ("DATE", "TIME") or tok.pos_ in ("VERB", "AUX", "PRON", "NUM"):
            return False
        named = named or tok.pos_ == "PROPN"
    return False


def told_apart(a: Candidate, b: Candidate) -> bool:
    """"An air strike hit a market in X on Monday … Separately, another strike hit a
    school in the town": the later of two tellings in different sentences marked as
    another incident is one, even at the same place on the same day."""
    later = max(a, b, key=lambda c: c.sent_index)
    return a.sent_index != b.sent_index and later.another_incident


def other_sides(a: Candidate, b: Candidate) -> bool:
    """"Al Shabaab attacked an army base in Mogadishu … police clashed with a clan militia
    in the city": two tellings each naming both its sides, with no named side in common,
    are two interactions (GUIDELINES: an event is between the same actors). Unnamed sides
    ("Unidentified Armed Group") may be anyone and keep the tellings together."""
    names = []
    for cand in (a, b):
        sides = [s for s in (cand.actor1, cand.actor2) if s is not None]
        if len(sides) < 2 or any(s.name.startswith("Unidentified") for s in sides):
            return False
        names.append({s.name for s in sides})
    return not names[0] & names[1]


def district_told_apart(a: Candidate, b: Candidate) -> bool:
    """"A suicide bombing in the capital …; hours later, a roadside bomb exploded in the
    Shaab district": an explosion by another weapon that names a district of the city in
    its own sentence is another incident, not the city's event told again (a town taken
    and a clash in one of its districts are one battle)."""
    if a.event_type != EXPLOSIONS or a.sub_event_type == b.sub_event_type \
            or place_key(a.place) == place_key(b.place):
        return False
    return (is_city_part(a.place) or is_city_part(b.place)) \
        and not (a.place_from_context or b.place_from_context)


def same_kind(a: Candidate, b: Candidate) -> bool:
    """One event type; in Strategic developments and Violence against civilians, one
    sub-type too (an arrest and a looting, a killing and an abduction: two events). A
    place changing hands is one incident whether a telling has it taken by force or not
    ("have seized the town" and "entered the town after the troops withdrew")."""
    if a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY:
        return True
    if a.event_type != b.event_type:
        return False
    return a.event_type not in (STRATEGIC, VAC) or a.sub_event_type == b.sub_event_type


def one_incident_kind(a: Candidate, b: Candidate) -> bool:
    """Tellings of one incident on days told apart: one sub-type, or a place changing
    hands ("the final battles on Monday" and "have taken full control" are two events)."""
    return a.sub_event_type == b.sub_event_type or \
        a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY


def same_place(a: Candidate, b: Candidate) -> bool:
    """The same place, or a city and one of its districts."""
    key_a, key_b = place_key(a.place), place_key(b.place)
    if key_a == key_b:
        return True
    if not (a.place and b.place) or (a.place.geo_precision == 3) != (b.place.geo_precision == 3):
        return False
    city_a, city_b = key_a.split(" - ")[0], key_b.split(" - ")[0]
    return city_a == city_b and (not is_city_part(a.place) or not is_city_part(b.place))


def restates(earlier: Candidate, later: Candidate) -> bool:
    """One of two tellings of an incident at one place gives no day of its own: the lead's
    "M23 rebels have seized Rubaya" (publication date) and the body's "the rebels entered
    the town on Tuesday" (whose "the town" placing only guessed), or a quote "our forces
    have seized Kidal" after "took control of Kidal on Tuesday". It restates the dated one
    when that day is within a week before its own; a telling marked as another incident
    ("separately") never restates."""
    if earlier.date_told == later.date_told or earlier.another_incident \
            or later.another_incident:
        return False
    if not (one_incident_kind(earlier, later) and (
            same_place(earlier, later) or holds(earlier.place, later.place)
            or holds(later.place, earlier.place)
            or earlier.place_by_anaphor or later.place_by_anaphor)):
        return False
    told, untold = (earlier, later) if earlier.date_told else (later, earlier)
    if told.date is None or untold.date is None:
        return False
    return 0 <= (untold.date - told.date).days <= RESTATED_WITHIN_DAYS


# Words a report calls the attackers by once it has told their attack ("the gunmen").
ATTACKER_NOUNS = frozenset({
    "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "militant",
    "militants", "insurgent", "insurgents", "jihadist", "jihadists", "bandit", "bandits",
    "raider", "raiders", "fighter", "fighters", "militiaman", "militiamen", "rebel", "rebels",
    "terrorist", "terrorists", "perpetrator", "perpetrators", "killer", "killers"})
# Words that put a deed after another of the same attackers: a new deed, not a retelling.
SEQUEL_WORDS = frozenset({"later", "then", "again", "afterwards", "subsequently", "next",
                          "another", "also"})


def attackers_told_again(doc: Doc, clause: Clause) -> bool:
    """"The attackers stormed Runji village late on Sunday and shot residents", "The
    assailants attacked the camp with machetes": a clause whose subject is the attackers
    named again with "the" (no name of their own) and whose deeds are only attacking and
    killing, with no word putting it after another deed ("later", "then", "again"), tells
    how an attack told before was done (`tells_attack_again` checks the place and day)."""
    subject = _subject(clause.root)
    if subject is None or subject.lower_ not in ATTACKER_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those")
            for c in subject.children):
        return False
    if any(t.pos_ == "PROPN" for t in subject.subtree):
        return False  # "the Boko Haram fighters": a group named, maybe another
    deeds = {m.category for m in clause.triggers}
    if not deeds or not deeds <= {"attack", "kill"}:
        return False
    return not any(t.lower_ in SEQUEL_WORDS for t in clause.tokens)


def tells_attack_again(attack: Candidate, retold: Candidate) -> bool:
    """"Gunmen killed 20 people in an attack on a village in Zamfara state. The gunmen
    stormed Kadawa village on Sunday evening": the attackers named again in the next
    sentence, at the attack's place or inside the region it was told at, within a day of
    it, tell the same attack (whichever type the retelling's words would give)."""
    if not retold.attackers_again or retold.sent_index != attack.sent_index + 1 \
            or attack.sub_event_type not in ("Attack", "Armed clash") \
            or retold.event_type not in (VAC, BATTLES) \
            or attack.another_incident or retold.another_incident:
        return False
    if attack.date is not None and retold.date is not None \
            and abs((attack.date - retold.date).days) > 1:
        return False
    return retold.place is None or retold.place.latitude is None \
        or same_place(attack, retold) or holds(attack.place, retold.place) \
        or retold.place_from_context


# Words a report calls a crowd by once it has told its protest ("the demonstrators").
CROWD_NOUNS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator",
                         "demonstrators", "marcher", "marchers", "crowd", "crowds",
                         "rioters", "mob"})
# How far apart two places of one crowd may be named ("in Lagos" and "in the Ikeja
# district", a suburb the index keeps as a town of its own).
CROWD_KM = 25.0


def crowd_told_again(doc: Doc, clause: Clause) -> bool:
    """"The demonstrators, who were protesting against fuel price rises, had blocked a
    road", "The protesters marched to the governor's office": a clause whose subject, or
    the noun it describes, is the crowd named again with "the", with no word putting it
    after the deed told before ("later", "then", "again"), tells more of a protest told
    before (`tells_crowd_again` checks the place and day)."""
    root = clause.root
    noun = root.head if root.dep_ in ("relcl", "acl") else _subject(root)
    if noun is None or noun.lower_ not in CROWD_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
        return False
    return not any(t.lower_ in SEQUEL_WORDS for t in clause.tokens)


def tells_crowd_again(protest: Candidate, retold: Candidate) -> bool:
    """"Police fired tear gas to disperse protesters in Lagos on Monday. The demonstrators,
    who were protesting against fuel price rises, had blocked a road in the Ikeja
    district": the crowd named again in the next sentence, on that day, at the protest's
    place, a place a few kilometres from it or no place of its own, is the same crowd's
    protest (GUIDELINES: code it once)."""
    crowds = (PROTESTS, RIOTS)
    if not retold.crowd_again or retold.sent_index != protest.sent_index + 1 \
            or protest.event_type not in crowds or retold.event_type not in crowds \
            or protest.another_incident or retold.another_incident \
            or retold.told_later:
        return False
    if not same_day(protest, retold) and retold.date_told:
        return False
    return retold.place is None or retold.place.latitude is None \
        or retold.place_from_context or same_place(protest, retold) \
        or holds(protest.place, retold.place) or _near(protest.place, retold.place, CROWD_KM)


def _crowd_speaks(a: Candidate, b: Candidate) -> bool:
    """Of two tellings of one crowd's protest, `a` is the type it is coded as: the crowd's
    violence (a riot) decides, else the sub-type first in priority."""
    if (a.event_type == RIOTS) != (b.event_type == RIOTS):
        return a.event_type == RIOTS
    return priority(a.sub_event_type) < priority(b.sub_event_type)


def _near(a: Place | None, b: Place | None, km: float) -> bool:
    """Two places with coordinates at most `km` apart, in one country."""
    if a is None or b is None or a.latitude is None or b.latitude is None \
            or a.longitude is None or b.longitude is None or a.country_code != b.country_code:
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= km


def one_transfer(a: Candidate, b: Candidate) -> bool:
    """"Troops re-entered Macomia town unopposed after the insurgents withdrew
    overnight": a place changing hands told twice in one sentence, by the side that took it
    and by the side that left, a day apart at most (the night before the entry), is one
    transfer of territory."""
    return a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY \
        and a.sent_index == b.sent_index and a.date is not None and b.date is not None \
        and abs((a.date - b.date).days) <= 1 \
        and (same_place(a, b) or holds(a.place, b.place) or holds(b.place, a.place)) \
        and not (a.another_incident or b.another_incident)


def one_incident_of_two_types(a: Candidate, b: Candidate) -> bool:
    """One incident that two tellings code as two types (GUIDELINES: an event is one type
    of interaction, at one place, on one day): a strike and its interception, a protest and
    the violent demonstration it became, an assault on a town and the battle for it."""
    return speaks_for_incident(a, b) or speaks_for_incident(b, a)


def speaks_for_incident(a: Candidate, b: Candidate) -> bool:
    """`a` is the type the incident is coded as: the interception (the strike did not
    land), the violent demonstration (the crowd's violence decides its type), the battle
    (an attack on a town that names no victims is its onset), the sexual violence (first
    in priority), the mob violence (a crowd's victims are no side of a battle), the
    instance a summary is followed by."""
    return intercepts(a, b) or turned_violent(a, b) or town_assault(a, b) \
        or rape_in_assault(a, b) or crowd_seized_fighters(a, b) or instance_of(a, b) \
        or fire_on_crowd(a, b) or fought_on_after_killing(a, b) or burned_in_attack(a, b) \
        or how_the_attack_began(a, b) or spoils_of_battle(a, b) or crowd_fought_forces(a, b)


def crowd_fought_forces(riot: Candidate, clash: Candidate) -> bool:
    """"Young men confronted the forces with stones, and the soldiers fired rubber-coated
    bullets at them": a fight told in the sentence of a violent demonstration, at its place
    on its day, with no armed group on either side, is the crowd's fight with the force —
    the violent demonstration, not a battle (GUIDELINES: one type of interaction at one
    place on one day)."""
    sides = [s for s in (clash.actor1, clash.actor2) if s is not None]
    return riot.sub_event_type == "Violent demonstration" \
        and clash.sub_event_type == "Armed clash" \
        and not any(s.inter in ARMED_NON_STATE for s in sides) and told_together(riot, clash)


# ACLED inter codes of non-state armed sides: rebels, political and identity militias.
ARMED_NON_STATE = frozenset({2, 3, 4})


def fire_on_crowd(protest: Candidate, clash: Candidate) -> bool:
    """"Students were marching peacefully when police opened fire": a force firing on the
    crowd of a protest told in the same or the next sentence, with no armed group on
    either side, is the protest's handling (excessive force, intervention), not a
    battle nor an attack on civilians."""
    sides = [s for s in (clash.actor1, clash.actor2) if s is not None]
    return protest.event_type == PROTESTS and clash.sub_event_type in ("Armed clash", "Attack") \
        and not any(s.inter in ARMED_NON_STATE for s in sides) \
        and told_near(protest, clash, sentences=1)


def burned_in_attack(attack: Candidate, damage: Candidate) -> bool:
    """"Gunmen killed 20 villagers and set fire to their homes": the property a side
    destroys in the same breath as it kills people there is part of its attack, not a
    second event."""
    return attack.sub_event_type == "Attack" \
        and damage.sub_event_type == "Looting/property destruction" \
        and told_together(attack, damage) and attack.actor1 is not None and (
            damage.actor1 is None or damage.actor1.name == attack.actor1.name)


# What a fight leaves behind: arms seized at its end, property looted or destroyed in it.
# (Not arrests: an analyst codes the arrests told with a clash as their own event.)
AFTERMATH = frozenset({"Disrupted weapons use", "Looting/property destruction"})


def spoils_of_battle(fight: Candidate, aftermath: Candidate) -> bool:
    """"Troops killed hundreds of militants and seized weapons in operations", "Insurgents
    overran the town. Shops and a food warehouse were looted": arms seized and property
    looted in the sentence of a battle or an attack, or in the next with no place of its
    own, by its sides or by no named side, are how that fight ended — one event, the
    fight's type (GUIDELINES: one event even when several sentences describe it)."""
    if aftermath.sub_event_type not in AFTERMATH or not (
            fight.event_type == BATTLES or fight.sub_event_type == "Attack"):
        return False
    sides = {s.name for s in (fight.actor1, fight.actor2) if s is not None}
    if aftermath.actor1 is not None and aftermath.actor1.name not in sides:
        return False
    return told_together(fight, aftermath) or (
        aftermath.sent_index == fight.sent_index + 1 and aftermath.place_from_context
        and told_near(fight, aftermath, sentences=1))


def how_the_attack_began(blast: Candidate, attack: Candidate) -> bool:
    """"Fifteen people were killed when militants attacked a hotel in the capital. The
    assault began when a suicide bomber rammed the gate": the explosion the next sentence
    tells, by the same named side on that day at that place, is how the attack was done,
    and the type it is coded as."""
    return blast.event_type == EXPLOSIONS and attack.sub_event_type == "Attack" \
        and blast.sent_index == attack.sent_index + 1 \
        and blast.actor1 is not None and attack.actor1 is not None \
        and blast.actor1.name == attack.actor1.name \
        and not blast.actor1.name.startswith("Unidentified") \
        and told_near(blast, attack, sentences=1)


def fought_on_after_killing(clash: Candidate, attack: Candidate) -> bool:
    """"Nine residents were killed when troops stormed the camp. The troops besieged a
    house and exchanged fire with gunmen for hours": the same force fighting, in the next
    sentence and with no place of its own, at the site where it killed people is one
    battle, its dead the battle's."""
    return clash.sub_event_type == "Armed clash" and attack.sub_event_type == "Attack" \
        and clash.place_from_context and clash.sent_index - attack.sent_index == 1 \
        and clash.actor1 is not None and attack.actor1 is not None \
        and clash.actor1.name == attack.actor1.name \
        and same_day(clash, attack) and place_key(clash.place) == place_key(attack.place) \
        and not (clash.another_incident or attack.another_incident)


def instance_of(instance: Candidate, summary: Candidate) -> bool:
    """"Armed groups kept up rocket fire on Sunday. A rocket hit a house in Ashkelon": a
    telling whose sentence names no place, or only a region ("pounded rebel-held towns in
    southern Idlib. In Kafranbel, an air strike killed six"), followed in the next sentence
    by one of its kind on its day at a place named (in that region), is the summary of
    that incident."""
    return (summary.place_from_context or holds(summary.place, instance.place)
            or _region_of(summary, instance)) \
        and not instance.place_from_context \
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


def told_together(a: Candidate, b: Candidate) -> bool:
    """Two tellings in one sentence, of one day and one place, neither marked as another
    incident ("separately", "in another attack")."""
    return told_near(a, b, sentences=0)


def told_near(a: Candidate, b: Candidate, sentences: int) -> bool:
    """Two tellings at most `sentences` apart, of one day and one place, neither marked as
    another incident."""
    return abs(a.sent_index - b.sent_index) <= sentences and same_day(a, b) \
        and same_place(a, b) and not (a.another_incident or b.another_incident)


def rape_in_assault(rape: Candidate, attack: Candidate) -> bool:
    """"Soldiers stormed a compound and raped several women": the assault and the rapes
    are one incident, and sexual violence comes first in ACLED's priority order."""
    return rape.sub_event_type == "Sexual violence" and attack.sub_event_type == "Attack" \
        and told_together(rape, attack)


def crowd_seized_fighters(mob: Candidate, clash: Candidate) -> bool:
    """"A crowd seized 13 gang members from a police vehicle and burned them to death":
    the gunmen a crowd takes and kills are its victims, not a side of a battle."""
    return mob.sub_event_type == "Mob violence" and clash.sub_event_type == "Armed clash" \
        and told_together(mob, clash)


def town_assault(battle: Candidate, attack: Candidate) -> bool:
    """"Insurgents attacked Macomia town on 10 May" and "they fought the army for several
    hours": an attack on a place, with no victims named, is the battle fought there that
    day, not violence against civilians."""
    return battle.event_type == BATTLES and attack.sub_event_type == "Attack" \
        and attack.attacks_a_place and same_day(battle, attack) and same_place(battle, attack)


def object_is_a_place(doc: Doc, clause: Clause) -> bool:
    """The clause's verb acts on a place ("attacked Macomia town", "stormed the village")."""
    ids = {t.i for t in clause.tokens}
    for obj in clause.root.children:
        if obj.dep_ != "dobj" or obj.i not in ids:
            continue
        span = {t.i for t in obj.subtree}
        if obj.lower_ in lexicon()["anaphora"] or any(
                m.start in span and m.kind != "country" for m in doc._.places or []):
            return True
    return False


def crowd_named_anew(clause: Clause) -> bool:
    """"Police fired tear gas to disperse PTI supporters who had blocked The Mall": a crowd
    named without "the" and told by a deed and a place of its own (a relative clause
    naming a place) is a crowd the report had not told of, not the one before (read in
    all the clause's verb governs: "… and used batons to disperse …")."""
    for tok in {*clause.tokens, *clause.root.subtree}:
        if tok.tag_ not in ("NNS", "NNPS") or any(
                c.dep_ in ("det", "poss") for c in tok.children):
            continue
        for rel in tok.children:
            if rel.dep_ == "relcl" and any(t.pos_ == "PROPN" for t in rel.subtree
                                           if t.i > rel.i):
                return True
    return False


def turned_violent(riot: Candidate, protest: Candidate) -> bool:
    """"Protesters clashed with police in Dakar on Tuesday" and "police fired tear gas at
    the protesters": one crowd at one place (not two sites of a city), one day, told in
    one breath, is a violent demonstration."""
    if riot.told_later and riot.sent_index > protest.sent_index \
            or protest.told_later and protest.sent_index > riot.sent_index:
        return False  # "… marched on Wednesday. Trouble broke out later that evening, when …"
    later = max(riot, protest, key=lambda c: c.sent_index)
    if riot.sent_index != protest.sent_index and later.crowd_anew:
        return False  # "… stormed the residence. Police dispersed supporters who had …"
    return riot.sub_event_type == "Violent demonstration" and protest.event_type == PROTESTS \
        and same_day(riot, protest) and place_key(riot.place) == place_key(protest.place) \
        and abs(riot.sent_index - protest.sent_index) <= 1 \
        and not (riot.another_incident or protest.another_incident)


def holds(region: Place | None, place: Place | None) -> bool:
    """A place known only as its province ("in Idlib province") holds a town of it."""
    return region is not None and place is not None and region.geo_precision == 3 \
        and place.geo_precision != 3 and same_province(region, place)


def same_province(a: Place | None, b: Place | None) -> bool:
    """Two places of one known first-level division of one country."""
    return a is not None and b is not None and a.admin1 is not None \
        and a.admin1 == b.admin1 and a.country_code == b.country_code


def intercepts(interception: Candidate, strike: Candidate) -> bool:
    """"All 14 drones launched at the Odesa region were shot down": a strike whose weapons
    were intercepted, told in the same sentence, is the disrupted weapons use alone."""
    return interception.sub_event_type == "Disrupted weapons use" \
        and strike.event_type == EXPLOSIONS \
        and interception.sent_index == strike.sent_index \
        and same_day(interception, strike) and same_place(interception, strike)


def names_only_a_region(doc: Doc, sent: Span) -> bool:
    """The sentence names a region (a province, a state) and no town, city or district
    (the dateline's city is where the report was filed)."""
    filed = preamble_end(doc)
    kinds = {m.kind for m in doc._.places or [] if sent.start <= m.start < sent.end
             and m.start_char >= filed and not _dateline_city(doc, m)} - {"country"}
    return kinds == {"region"}


def _dateline_city(doc: Doc, mention) -> bool:
    """"CÚCUTA – The confrontations …": the city opening the report before a dash. Not
    `MentionJudge.is_dateline` (the preamble): its patterns want A-Z capitals or a day,
    and miss "CÚCUTA –" and "Kabul –"."""
    return mention.start == 0 and mention.end < len(doc) \
        and doc[mention.end].text in ("–", "—", "-", "--")


def told_as_another(doc: Doc, sent: Span, clause: Clause) -> bool:
    """"Separately, …", "in another attack", "elsewhere": the report says the clause tells
    a different incident from those before it."""
    cues = lexicon()["another_incident"]
    before = doc[sent.start:clause.start] if clause.start > sent.start else []
    return any(t.lower_ in cues for t in [*before, *clause.tokens])


def told_later(doc: Doc, sent: Span, clause: Clause) -> bool:
    """"Trouble broke out later that evening, when youths torched vehicles": the report
    puts the clause after what it told before (a sequel of its own, not the same crowd's
    moment)."""
    before = doc[sent.start:clause.start] if clause.start > sent.start else []
    return any(t.lower_ in LATER_WORDS for t in [*before, *clause.tokens])


def same_day(a: Candidate, b: Candidate) -> bool:
    """Equal dates, or a month-only date ("this month") that holds the other one."""
    if a.date == b.date:
        return True
    if a.date is None or b.date is None:
        return False
    if 3 in (a.time_precision, b.time_precision):
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return False


def is_city_part(place: Place | None) -> bool:
    """A place written as a part of its city ("Aleppo - al-Sakhour"); not geo's
    `is_district`, a second-level division."""
    return place is not None and " - " in (place.location or "")

