"""Background: aggregates and tallies with no single day or place ("since 2011", "across
the country", "the war has killed thousands"). `background` reads the clause's dates,
tense and counts in turn; what a perfect tells one incident by is counting's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventdesk.components.events.common import (
    clause_span_chars,
    is_weak,
    names_a_place,
    tells_a_day,
)
from eventdesk.components.events.happened.at_large import told_at_large
from eventdesk.components.events.happened.campaign_day import (
    names_a_campaigns_day,
    names_one_of_many,
)
from eventdesk.components.events.happened.counting import (
    GROUND_TAKEN,
    few_acted_upon,
    few_killed_in_passing,
    ground_named,
    named_ground,
    one_incident,
)
from eventdesk.components.events.happened.table import a_record, modality
from eventdesk.components.events.happened.tallies import (
    deeds_tallied_since,
    fighting_since_days_ago,
    operation_since_days_ago,
    past_perfect_tally,
    perfect_since,
    present_perfect,
    standing_deployment,
)
from eventdesk.components.events.happened.times import (
    HUNG_CLAUSES,
    day_told_in,
    deed_date_kinds,
    joined_start,
)
from eventdesk.components.events.happened.tolls import (
    participle_told_as_history,
    side_killed_some,
    timed_by_a_war,
    war_toll,
)
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_text

# Trigger categories for which "nationwide" is the event's reach, not a tally over places:
# a nationwide ceasefire, a curfew across the country. A year named (a tally's, history's).
NATIONWIDE_BY_NATURE = frozenset({"agreement", "group_change"})
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _toll_start(doc: Doc, clause: Clause, end: int) -> int:
    """Where a trailing toll participle starts ("…, killing at least 18 people across the country"),
    else `end`: a toll summed over places does not make the deed before it an aggregate."""
    if is_weak(clause):
        return end
    for tok in clause.root.children:
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > clause.root.i and any(
                m.category == "kill" and m.start == tok.i for m in clause.triggers):
            return min(end, tok.left_edge.idx)
    return end


def _adjuncts_of_the_verb(clause: Clause) -> list[str]:
    """The prepositional phrases of the verb a noun clause is the object of: "has claimed
    several bombings in the city in recent months" times the bombings by the verb's "in
    recent months"."""
    root = clause.root
    if root.pos_ != "NOUN" or root.dep_ != "dobj" or clause.has_token(root.head.i):
        return []
    return [root.doc[c.left_edge.i:c.right_edge.i + 1].text for c in root.head.children
            if c.dep_ == "prep"]


def _said_before_the_first_verb(doc: Doc, clause: Clause) -> set[str]:
    """"In 2012, militants attacked X and kidnapped its mayor", "the president declared war
    on the group in 2022, and troops recaptured dozens of towns": a verb joined to an
    earlier one, with no date of its own, shares the dates said in or ahead of that verb's
    clause."""
    root = clause.root
    head = root.head
    if root.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i > root.i:
        return set()
    # in a present perfect's clause only what is said ahead of it: "have attacked villages
    # in recent years and kidnapped hundreds" is a tally (`perfect_tally`)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                  for c in head.children)
    end = head.idx if perfect else root.left_edge.idx
    return {d.kind for d in doc_ext(doc, "dates") or [] if head.left_edge.idx <= d.start_char < end}


def _offset_from_a_background_date(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """"In 1981, jets destroyed a reactor shortly before it was to open", "in 2014
    militants took the town and the army retook it the next day": every offset of the
    clause ("shortly before", "the next day") moves from a background date said before it
    in its sentence, which names no day or week: it tells no day but that year's."""
    sent = clause.sent
    dates = [d for d in doc_ext(doc, "dates") or []
             if sent.start_char <= d.start_char < sent.end_char]
    offsets = [d.start_char for d in dates if d.kind == "relative" and d.date is None
               and start <= d.start_char < end]
    backgrounds = [d.start_char for d in dates if d.kind == "background"]
    return bool(offsets and backgrounds) and min(backgrounds) < min(offsets) \
        and not any(d.kind in ("day", "week") for d in dates)


def background(doc: Doc, clause: Clause) -> str | None:
    """Aggregates with no single day or place: "since 2011", "have killed 500 since
    December", "18 people had been killed across the country"."""
    start, end = clause_span_chars(doc, clause)
    if is_weak(clause):
        # a bare toll is read with its whole sentence: "… killed and 185 wounded across
        # the city since Sunday"
        sent = clause.sent
        start, end = sent.start_char, sent.end_char
        if re.search(r"\bsince\b", doc_text(doc)[start:end].lower()) \
                and not operation_since_days_ago(doc, clause, start, end):
            return "since_tally"
    kinds = {d.kind for d in doc_ext(doc, "dates") or [] if start <= d.start_char < end}
    # the day of a saying is not the deed's ("have executed dozens since fighting broke out
    # last year, the group said on Thursday"), nor that of a verb joined with its own subject
    own_end = end if is_weak(clause) else _before_a_joined_telling(clause, end)
    deed_kinds = deed_date_kinds(doc, clause, start, own_end)
    if not deed_kinds:
        deed_kinds = _said_before_the_first_verb(doc, clause)
    if _offset_from_a_background_date(doc, clause, start, end):
        deed_kinds = (deed_kinds - {"relative"}) | {"background"}
    history = "background" in deed_kinds and not deed_kinds & {"day", "relative"} \
        and not fighting_since_days_ago(doc, clause, start, end) \
        and not operation_since_days_ago(doc, clause, start, end)
    adjuncts = "".join(" " + adjunct.lower() for adjunct in _adjuncts_of_the_verb(clause))
    if (_aggregate_told(doc, clause, joined_start(clause, start), _toll_start(doc, clause, end))
            or any(cue in adjuncts for cue in modality().aggregate)) \
            and not clause.categories() & NATIONWIDE_BY_NATURE:
        # a tally of a past year ("1,423 attacks in 2024") is history: it frames what follows
        return "background_date" if history and YEAR.search(doc_text(doc)[start:end]) \
            else "aggregate"
    if history:
        return "background_date"
    if deed_kinds <= {"background"} and timed_by_a_war(doc, clause):
        return "war_as_time"   # "… killed in the conflict, the monitor said on Monday"
    told_as_history = participle_told_as_history(doc, clause)
    if told_as_history is not None:
        return told_as_history
    if perfect_since(doc, clause) or deeds_tallied_since(doc, clause):
        return "since_tally"
    perfect = present_perfect(clause)
    if past_perfect_tally(doc, clause, kinds):
        return "past_perfect_tally"
    if standing_deployment(doc, clause, kinds):
        return "standing_deployment"
    # the present perfect's tallies are perfect_tally's, below, unless a day stops them
    # there that is only the saying's ("the war has killed 150,000, the UN said on Tuesday")
    if (not perfect or kinds & {"day", "relative", "week"}) \
            and war_toll(doc, clause, start, end):
        return "war_toll"
    if not perfect or kinds & {"day", "relative", "week"}:
        return None
    # "have taken the city, officials said on Thursday" and "troops have retaken the
    # town of X" are news; "the war has killed thousands" and "both sides have shelled
    # neighbourhoods" are not: a toll, or a deed with neither a day nor a named place.
    # "A roadside bomb has killed nine civilians" tells one incident, not a toll.
    if one_incident(doc, clause):
        return None
    # the doer named as the subject, or as the passive's agent ("killed by gunmen")
    doer = any(c.dep_ in ("nsubj", "agent") for c in clause.root.children)
    if (few_acted_upon(clause) or few_killed_in_passing(clause)) \
            and (doer or not is_weak(clause)):
        return None
    if clause.categories() & GROUND_TAKEN and named_ground(clause):
        return None
    if {m.category for m in clause.triggers} <= {"kill"} and not side_killed_some(doc, clause):
        return "perfect_tally"
    if told_at_large(doc, clause):
        return "at_large"   # "have raped women in villages of X": a charge
    sent = clause.sent
    dated = day_told_in(doc, sent)
    if not dated and _both_sides_did(clause):
        return "perfect_tally"   # "both the army and the rebels have shelled X": a charge
        # laid on the war's sides, no incident, even with its place named
    placed = names_a_place(doc, {t.i for t in clause.tokens}) or ground_named(clause)
    if placed and war_toll(doc, clause, start, end):
        return "war_toll"   # "fighting in X has killed thousands": its place named
    return None if dated or placed else "perfect_tally"


def _before_a_joined_telling(clause: Clause, end: int) -> int:
    """Where a verb joined after the clause's own, with a subject of its own and none of the
    clause's triggers, starts ("raids have grown since March, and parliament on Friday will
    debate the budget"), else `end`: its day is that verb's, not the deed's."""
    root = clause.root
    triggers = [m.start for m in clause.triggers]
    for verb in root.children:
        if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.i > root.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
                and not any(t >= verb.left_edge.i for t in triggers):
            return min(end, verb.left_edge.idx)
    return end


def _both_sides_did(clause: Clause) -> bool:
    """The deed's subject is both sides of the war ("both sides", "both the government
    and the armed opposition"): said of the two at once, it is a charge about the war's
    conduct, not one incident."""
    root = clause.root
    verb = root.head if root.dep_ == "conj" and not any(
        c.dep_ == "nsubj" for c in root.children) else root
    return any(c.dep_ == "nsubj" and any(g.lower_ == "both" and g.dep_ in ("preconj", "det")
                                         for g in c.children)
               for c in verb.children)


def _aggregate_told(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """An aggregate's words ("in recent weeks", "across the country") said of the clause's
    own deed: not in a clause hung on one of its words ("captured on Monday near X, a
    region where earlier this year unrest forced firms out", "killed in 12 districts as
    clashes erupted across the country"), which tells another time or deed. A bare toll
    is read with its whole sentence."""
    lowered = doc_text(doc)[start:end].lower()
    cues = modality()
    for cue in cues.aggregate if cues.any_aggregate.search(lowered) else ():
        at = lowered.find(cue)
        while at >= 0:
            if names_a_campaigns_day(doc, start + at) or names_one_of_many(doc, start + at):
                pass   # "on the first day of the nationwide protest": the campaign's name
            elif is_weak(clause) or not _in_a_hung_clause(doc, clause, start + at):
                return True
            at = lowered.find(cue, at + 1)
    for cue in cues.aggregate_bulletin:
        at = lowered.find(cue)
        if at >= 0 and not (tells_a_day(doc, clause)
                            and names_a_place(doc, {t.i for t in clause.tokens})) \
                and (is_weak(clause) or not _in_a_hung_clause(doc, clause, start + at)):
            return True   # "across the theatres, troops detained 40 suspects": no one place
    for pattern in cues.aggregate_patterns:
        for found in pattern.finditer(lowered):
            if a_record(lowered, found.start()) \
                    or _places_listed_after(doc, start + found.end(), found.group()):
                continue
            if is_weak(clause) or not (_in_a_hung_clause(doc, clause, start + found.start())
                                       or _in_a_participle(doc, clause, start + found.start())):
                return True
    return any(is_weak(clause) or not _in_a_hung_clause(doc, clause, start + found.start())
               for pattern in cues.aggregate_place_spans for found in pattern.finditer(lowered))


def _in_a_participle(doc: Doc, clause: Clause, char: int) -> bool:
    """Whether the word at `char` hangs on a participle or relative clause under the
    clause's verb ("the largest rally held in support of X in the past year"): a span said
    of that, not of the deed."""
    tok = next((t for t in doc if t.idx <= char < t.idx + len(t.text)), None)
    if tok is None:
        return False
    for head in tok.ancestors:
        if head.i == clause.root.i:
            return False
        if head.dep_ in ("acl", "relcl"):
            return True
    return False


def _in_a_hung_clause(doc: Doc, clause: Clause, char: int) -> bool:
    """The word at `char` sits in a relative, adverbial or complement clause below the
    clause's verb (a word outside the verb's subtree, as in a joined clause sharing its
    span, counts as the clause's own: "two years of war have killed thousands, and
    villages were looted")."""
    found = doc.char_span(char, char + 1, alignment_mode="expand")
    if found is None or not len(found):
        return False
    tok = found[0]
    if clause.root not in tok.ancestors:
        return False
    while tok.i != clause.root.i:
        if tok.dep_ in HUNG_CLAUSES:
            return True
        tok = tok.head
    return False


# The places a count of places hit counts ("shelled 17 villages"), which "including" may name
COUNTED_PLACES = frozenset({"settlements", "towns", "villages", "localities", "communities",
                            "hromadas"})
# How far after "including" a place it lists may stand: the list's first names may be
# villages the index does not hold ("including A, B, C and D")
LIST_REACH = 12


def _places_listed_after(doc: Doc, char: int, counted: str) -> bool:
    """A count of places hit followed in its sentence by "including" and a place named
    after it ("hit 17 villages overnight, including A and B"): the places named are news,
    not a region's summary. "Including" listing other things ("including homes and a
    school") names no place and leaves the count a summary."""
    if counted.rsplit(None, 1)[-1] not in COUNTED_PLACES:
        return False
    tok = next((t for t in doc if t.idx >= char), None)
    if tok is None:
        return False
    sent = tok.sent
    including = next((t.i for t in doc[tok.i:sent.end] if t.lower_ == "including"
                      and not any(p.text == ";" for p in doc[tok.i:t.i])), None)
    if including is None:
        return False
    return any(including < m.start < min(sent.end, including + LIST_REACH)
               and m.kind != "country" for m in doc_ext(doc, "places") or [])
