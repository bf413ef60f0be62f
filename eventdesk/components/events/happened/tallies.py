"""Tallies told by tense and a start: a perfect counted from a start ("have executed dozens
since fighting broke out"), a past perfect done to many ("700 people had been detained"),
forces standing deployed, and the recent starts that keep fighting or a side's operation
news ("clashes have raged since Wednesday"); deeds named in the plural with a relative
clause tallied since a time ("the depot of the rockets that have hit X since the truce broke down")
and deeds told in a relative clause on a span ("after months during which gunmen ran the
port and taxed its traders"). Apart from background.py, which reads the
clause's dates, tense and counts in turn and calls these, and is at its size limit."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import is_weak, main_trigger, names_a_place
from eventdesk.components.events.happened.counting import many_acted_upon, one_incident
from eventdesk.components.events.happened.table import Modality, modality
from eventdesk.components.events.happened.times import (
    counted_since,
    day_named,
    day_of_the_deed_told,
    day_told_in,
)
from eventdesk.components.events.happened.tolls import side_killed_some
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root


def present_perfect(clause: Clause, tenses: tuple[str, ...] = ("VBP", "VBZ")) -> bool:
    """The clause's verb is in the present perfect (the past perfect, with `tenses` VBD),
    or is a bare participle joined to one, whose auxiliaries it shares: with its own subject
    ("markets have been looted and hospitals shelled") or the first verb's ("gangs have
    killed thousands and kidnapped hundreds", "had killed 3,000 fighters and freed over 70
    villages"). Not a toll joined so ("five have been killed and many wounded"), which is
    the first deed's."""
    def own(v: Token) -> bool:
        return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in tenses
                   for c in v.children)
    verb = clause.root
    if own(verb):
        return True
    children = {c.dep_ for c in verb.children}
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and own(verb.head) \
        and verb.head.i < verb.i and not children & {"aux", "auxpass", "nsubjpass"} \
        and "kill" not in clause.categories()


DEPLOYING = frozenset({"deploy", "mobilise", "mobilize"})


def standing_deployment(doc: Doc, clause: Clause, kinds: set[str]) -> bool:
    """"Security forces had been deployed in strength", "extra troops have been deployed
    in the city": forces in place, told in the perfect with no day in the sentence, are a
    state the report describes, not the day's deployment ("deployed 500 troops to the
    town on Tuesday")."""
    root = clause.root
    if root.lemma_.lower() not in DEPLOYING or kinds & {"day", "relative", "week"}:
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in root.children):
        return False
    sent = clause.sent
    return not day_told_in(doc, sent)


def past_perfect_tally(doc: Doc, clause: Clause, kinds: set[str]) -> bool:
    """"The government said more than 700 people had been detained", "its troops had seized
    more than 60 positions": a deed told in the past perfect, done to many, with no day in
    its sentence, is the tally of a span, not one incident ("had killed five villagers",
    "had stormed the village": one deed, news). Counted from a start ("1,400 people had been
    detained since the weekend, the army said on Monday", "85 men had been detained since the
    security sweep was launched on Wednesday"), it is a span whatever day is told."""
    since = any(c.lower_ == "since" and c.dep_ == "prep" for c in clause.root.children) \
        or bool(counted_since(clause.root))
    if kinds & {"day", "relative", "week"} and not since:
        return False
    if not present_perfect(clause, ("VBD",)):
        return False
    if not many_acted_upon(clause) or one_incident(doc, clause):
        return False
    return since or not day_told_in(doc, clause.sent)


# How recent the start of fighting told with "since" must be for the fighting to be news
# going on, not a span of the past.
FIGHTING_SINCE_MAX_DAYS = 7


def fighting_since_days_ago(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """"Heavy clashes have been reported in X since Wednesday", "fighting has raged since
    Sunday": fighting that began a few days ago and is going on is happening (GUIDELINES,
    What is an event), not background like "have shelled the town since 2014"."""
    published = doc_ext(doc, "published")
    if published is None or not clause.categories() & {"clash"} or is_weak(clause):
        return False
    spans = [d for d in doc_ext(doc, "dates") or [] if start <= d.start_char < end
             and d.kind == "background"]
    return bool(spans) and all(
        d.text.lower().startswith("since") and d.date is not None
        and 0 <= (published - d.date).days <= FIGHTING_SINCE_MAX_DAYS for d in spans)


# Words naming the operation a side's arrests were made in ("in a sweep near X"): the
# operation's news, whatever the count.
OPERATION_WORDS = frozenset({"operation", "sweep", "raid"})


def _arrests_counted_in_figures(clause: Clause) -> bool:
    """Arrests whose object is counted in digits ("police have detained at least 38 people
    in X since Tuesday, a rights monitor said"), as a tally kept by someone over the span
    is written. Not another deed (ground retaken, villagers abducted: the deed's news), a
    count in words ("have rounded up dozens of youths", "two suspects": a witness's or a
    spokesman's account), nor arrests told as made in an operation, a sweep or a raid."""
    root = clause.root
    if clause.categories() != {"arrest"} \
            or any(t.lemma_.lower() in OPERATION_WORDS for t in root.subtree):
        return False
    return any(c.dep_ == "dobj" and any(
        t.text[:1].isdigit() and t.dep_ == "nummod" for t in c.subtree)
        for c in root.children)


def operation_since_days_ago(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """"The army said it had killed 'dozens' of fighters in an operation near X since
    Friday": a side's count of the enemy it killed, at a place it names, in an operation
    begun a few days ago is that operation's news, not a tally like "40 people have been
    killed since Sunday" (no doer) or "have killed thousands since 2011"; nor arrests
    counted in digits ("gendarmes have detained at least 38 people in X since Tuesday, a
    monitor said": the tally of the days since, `_arrests_counted_in_figures`)."""
    published = doc_ext(doc, "published")
    if published is None or not side_killed_some(doc, clause) \
            or not names_a_place(doc, {t.i for t in clause.tokens}):
        return False
    if _arrests_counted_in_figures(clause):
        return False   # "have detained at least 38 people since Tuesday": a tally
    spans = [d for d in doc_ext(doc, "dates") or [] if start <= d.start_char < end
             and d.text.lower().startswith("since")]
    return bool(spans) and all(
        d.date is not None and 0 <= (published - d.date).days <= FIGHTING_SINCE_MAX_DAYS
        for d in spans)


def perfect_since(doc: Doc, clause: Clause) -> bool:
    """"Soldiers have executed dozens of civilians since fighting broke out last year": a
    present perfect counted from a start told as a clause ("since … broke out"), with no
    day of its own in the sentence, is the tally of a span, not one incident (a start told
    as a date is background_date's, as a deed noun other_time's)."""
    return bool(counted_since(clause.root)) and present_perfect(clause) \
        and not day_of_the_deed_told(doc, clause, modality())


def deeds_tallied_since(doc: Doc, clause: Clause) -> bool:
    """"The rebels' depot of the rockets that have hit the villages of X and Y since the
    spring": deeds named in the plural whose relative clause is a present perfect counted
    "since" a time are the tally of a span, named as a place's record, not one incident.
    Not when those deeds are the subject of the clause's verb nor when the clause names a
    day ("airstrikes that have pounded X since March killed 12 people on Monday": the day's
    deed is told of them)."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if tok.tag_ != "NNS" or tok.dep_ in ("nsubj", "nsubjpass") or day_named(doc, clause):
        return False
    return any(
        v.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                  and c.tag_ in ("VBP", "VBZ") for c in v.children)
        and any(c.lower_ == "since" and c.dep_ in ("prep", "mark") for c in v.subtree
                if c.head.i == v.i or c.head.head.i == v.i)
        for v in tok.children)


# What opens a relative clause on a span of time: "weeks in which", "years during which"
SPAN_RELATIVES = frozenset({"in", "during", "over", "throughout"})


def spent_in_a_span(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"After months during which gunmen had run the port and taxed its traders": deeds
    told in a relative clause on a plural span of weeks, months or years (cue span_of's
    words; "in which", "during which", "when") are that stretch of the war told as
    background, no single incident; not when the clause names its day, nor for a counted
    span of days or weeks ("the two days in which X", "the three weeks during which X"),
    short enough to be the time of one incident told."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    for _ in range(8):
        if tok.dep_ == "relcl":
            return _a_span(tok.head, cues) and _opened_as_a_time(tok) \
                and not day_named(doc, clause)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _a_span(span: Token, cues: Modality) -> bool:
    return span.tag_ == "NNS" and span.lemma_.lower() in cues.words["span_of"] and not (
        span.lemma_.lower() in COUNTED_SHORT_SPANS
        and any(c.dep_ == "nummod" for c in span.children))


# Spans that, when counted ("the two days in which", "the three weeks during which"), can be
# the time of one incident told rather than a stretch of the war
COUNTED_SHORT_SPANS = frozenset({"day", "week"})


def _opened_as_a_time(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in SPAN_RELATIVES
               and any(g.lower_ == "which" for g in c.children) for c in verb.children) \
        or any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
