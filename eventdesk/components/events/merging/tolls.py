"""Tolls told after an event: a bare toll ("eight people were killed, the minister said")
completes the event told before it, a toll told right after history is more of that history,
and the dead a completing clause tells join the earlier event's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.typology import BATTLES
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import (
    armed_subject,
    clause_span_chars,
    evidence_bounds,
    is_weak,
    lexicon,
    names_a_place,
    tells_a_day,
)
from eventdesk.components.events.merging.clause_reading import is_backref
from eventdesk.components.events.merging.in_sentence import toll_end
from eventdesk.components.events.placing.side_places import where_the_source_is
from eventdesk.components.fatalities import FatalityCount, combine_tolls, count_fatalities
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_text, span_root


def _restating_appositive(doc: Doc, clause: Clause) -> set[int]:
    """The tokens of "an attack …" set beside a toll ("killed seven soldiers, an attack
    claimed by X"): an attack noun in apposition names the event told, not a new one."""
    nouns = lexicon()["backref_nouns"]
    found: set[int] = set()
    for m in clause.triggers:
        head = span_root(doc, m.start, m.end)
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
    if armed_subject(clause) and clause.root.lemma_.lower() not in lexicon()["toll_verbs"]:
        return False  # not "our troops suffered two killed": the side that lost them
    if names_a_place(doc, ids - _where_sources_are(doc)) or tells_a_day(doc, clause) \
            or _counts_a_span(doc, clause):
        return False
    return not any(c.dep_ == "agent" and not _stray_fire(c) for c in clause.root.children)


# "killed by stray bullets", "hit by a stray round", "killed by crossfire": the fire of a
# fight told before, which names no doer of its own
STRAY_ROUNDS = frozenset({"bullet", "round", "fire", "shot"})


def _stray_fire(agent: Token) -> bool:
    """The "by" of a toll names stray fire, not who killed."""
    return any(o.lemma_.lower() == "crossfire" or o.lemma_.lower() in STRAY_ROUNDS and any(
        a.dep_ in ("amod", "compound") and a.lower_ == "stray" for a in o.children)
               for o in agent.children if o.dep_ == "pobj")


# What a fight's tally tells beside its dead: fighters captured or arrested
TALLY_CATEGORIES = frozenset({"kill", "capture", "arrest"})
# People a tally names who take no part in a fight: their capture or death is a deed
CIVILIAN_WORDS = frozenset({"civilian", "villager", "resident", "farmer", "woman", "child",
                            "worker", "passenger", "student", "trader"})


def fight_tally(doc: Doc, clause: Clause, battle: Candidate) -> bool:
    """"Troops clashed with rebels near X. One rebel was killed and two were captured": a
    passive tally of the dead and the taken, with no doer, place or day of its own, told
    right after a battle, is that battle's outcome (ACLED codes those captured in a fight
    within it), not an attack on captives."""
    categories = clause.categories()
    if battle.event_type != BATTLES or not categories <= TALLY_CATEGORIES \
            or categories <= {"kill"} or clause.root.sent.root not in clause.tokens \
            or battle.start_char >= clause.root.sent.start_char:
        return False   # not "clashed after two fighters were captured": a sentence of its own
    subjects = [t for t in clause.tokens if t.dep_ == "nsubjpass"]
    if not subjects or any(t.dep_ in ("agent", "nsubj") for t in clause.tokens) \
            or any(t.lemma_.lower() in CIVILIAN_WORDS for t in subjects):
        return False   # "two civilians were captured and killed by the rebels": a deed
    return not names_a_place(doc, {t.i for t in clause.tokens}) and not tells_a_day(doc, clause)


def _counts_a_span(doc: Doc, clause: Clause) -> bool:
    """"1,000 soldiers were killed over the past week": a toll summed over weeks or months
    counts many deeds, not more of the one told before it."""
    start, end = clause_span_chars(doc, clause)
    return any(start <= d.start_char < end and d.kind in ("week", "month")
               for d in doc_ext(doc, "dates") or [])


def _where_sources_are(doc: Doc) -> set[int]:
    """"Two soldiers and four rebels were killed, according to a military source in
    Bouar": the places that only say where a source is (`where_the_source_is`)."""
    return {m.start for m in doc_ext(doc, "places") or [] if where_the_source_is(doc, m)}


def tells_history_again(doc: Doc, clause: Clause) -> bool:
    """"A year after the attack on the market … More than 120 people were killed in the
    assault": a toll with no attacker, place or day of its own, or any deed told "in the
    assault", told right after a deed found to be history, belong to that deed."""
    if bare_toll(doc, clause):
        return True
    # "… took 251 hostages in the assault": any deed told "in the assault" there is that
    # history's too
    return (any(is_backref(span_root(doc, m.start, m.end)) for m in clause.triggers)
            or _joined_to_a_backref(clause)) and not tells_a_day(doc, clause)


# Times of day a deed is dated by when it is told as "the same morning" as one told before.
SAME_TIMES = frozenset({"day", "morning", "afternoon", "evening", "night", "hour", "week"})


def at_the_same_time(clause: Clause) -> bool:
    """"Simultaneous bombings the same morning hit the embassy in X": a deed dated only by a
    deed told before it ("the same morning", "that same day"), which shares its time."""
    return any(t.lemma_.lower() in SAME_TIMES and any(c.lower_ == "same" for c in t.children)
               for t in clause.tokens)


def _joined_to_a_backref(clause: Clause) -> bool:
    """"Gunmen killed about 1,200 people and took 251 hostages in the assault": the
    "in the assault" closing a pair of joined deeds tells both."""
    root = clause.root
    joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    joined += [root.head] if root.dep_ == "conj" and root.head.pos_ == "VERB" else []
    return any(is_backref(g) for verb in joined for p in verb.children if p.dep_ == "prep"
               and p.i > root.i for g in p.children if g.dep_ == "pobj")


# Verbs by which another source gives its own figure for the dead ("residents speak of a
# dozen dead", "hospital sources put the toll at 32")
COUNTER_FIGURE_VERBS = frozenset({"speak", "put", "estimate", "claim", "give"})


def add_deaths(doc: Doc, clause: Clause, earlier: Candidate) -> None:
    """The dead a completing clause tells join the earlier event's (`combine_tolls`: a
    risen toll replaces, others and another side's dead add up); a figure another source
    gives ("residents speak of a dozen dead") conflicts with the first, and the lower
    stands (GUIDELINES: the lowest number for conflicting sources)."""
    start, end = evidence_bounds(doc, clause)
    # read on to the sentence's end, as an event's own toll is ("… were killed; the
    # ministry put the toll at 46": another source's figure for the same dead)
    end = max(end, toll_end(doc, doc[clause.root.i].sent, end))
    told = count_fatalities(doc_text(doc)[start:end])
    before = toll_of(earlier)
    if _gives_a_counter_figure(clause.root) and not told.update \
            and before.count is not None and told.count is not None:
        set_toll(earlier, told if told.count < before.count else before)
        return
    set_toll(earlier, combine_tolls(before, told))


def _gives_a_counter_figure(root) -> bool:
    """The clause's verb, or the verb it is the claim of ("al-Shabaab claimed to have killed
    30 soldiers", "the rebels claimed they had killed 50"), gives another source's figure."""
    return root.lemma_.lower() in COUNTER_FIGURE_VERBS or root.dep_ in ("xcomp", "ccomp") \
        and root.head.lemma_.lower() == "claim"


def toll_of(cand: Candidate) -> FatalityCount:
    """The candidate's toll reading; a bare count when its reading was dropped (a copy
    of an event at another place keeps no toll)."""
    if cand.toll is not None and cand.toll.count == cand.fatalities \
            and cand.toll.text == cand.fatalities_text:
        return cand.toll
    return FatalityCount(cand.fatalities, cand.fatalities_text, None, None)


def set_toll(cand: Candidate, toll: FatalityCount) -> None:
    cand.toll, cand.fatalities, cand.fatalities_text = toll, toll.count, toll.text
