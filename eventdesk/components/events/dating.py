"""Dating: the day an event happened and how precisely the report says it.

The date nearest the clause's main trigger within the clause, then within its sentence;
then, for a when-clause, any date of the clause it qualifies ("started in 2011 when …");
a present perfect told as news ("several areas have been cleared") is the publication
date within about a week (time precision 2, GUIDELINES "Dates"); else the date the report
was last talking about; else the publication date (time precision 1: a report's undated
news is that day's). Relative dates ("the day before")
count from the report's last date.
"""

from __future__ import annotations

import bisect
import datetime as dt

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.after_days import counted_from_its_day
from eventdesk.components.events.common import (
    Context,
    clause_span_chars,
    main_trigger,
)
from eventdesk.components.events.happened import modality
from eventdesk.components.events.line_days import line_day
from eventdesk.components.events.preamble import preamble_end
from eventdesk.components.events.said_days import said_day_misread
from eventdesk.components.events.toll_days import dates_a_toll_update
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_text, span_root
from eventdesk.geo.words import TIMES_OF_DAY

USABLE_KINDS = ("day", "week", "month", "relative")


def date_for(doc: Doc, sent: Span, clause: Clause, ctx: Context
             ) -> tuple[dt.date | None, int | None, bool]:
    """The event's date, time precision (GUIDELINES: 1 day, 2 week, 3 month) and whether
    the report tells the event's day (False for the publication date, a present perfect,
    the day of a saying, a day carried over): a telling with an untold day may restate
    an event told with its day (merging.retellings.restates)."""
    trigger = main_trigger(doc, clause)
    anchor = doc[trigger.start].idx
    head = span_root(doc, trigger.start, trigger.end)
    usable = _usable_dates(doc)
    starts = {t.idx for t in clause.tokens}
    ordered = sorted(starts)
    in_clause = [d for d in usable if _any_within(ordered, d.start_char, d.end_char)]
    in_sentence = [d for d in usable if sent.start_char <= d.start_char < sent.end_char]
    published = doc_ext(doc, "published")
    counted = counted_from_its_day(doc, sent, in_sentence, trigger.start)
    if counted is not None:   # "raided X at dawn, a day after a grenade blast in Y"
        return *counted, True
    others = [d for d in in_clause if _dates_another_noun(doc, d, head)]
    for found in (in_clause, in_sentence):
        # in the clause only its deed's own dates; in the sentence any, if no other, but
        # not one of the clause's dates found to be another noun's
        if found is in_clause:
            own = [d for d in found if d not in others]
            own = [d for d in own if not said_day_misread(doc, d)] or own
        else:
            own = [d for d in found if not _dates_another_noun(doc, d, head)] \
                or [d for d in found if d not in others and not _dates_a_scene_past(doc, d)]
        if ctx.date is None and any(d.kind == "day" for d in in_sentence):
            # "killed on Wednesday, a day before the elections": no day told before to
            # count from; the sentence's own day tells it
            own = [d for d in own if d.kind != "relative" or d.date is not None]
        own = _after_a_deed_noun(_told_of_the_trigger(doc, _explicit_days_first(own), head.i),
                                 head, clause)
        if all(d.kind == "relative" for d in own):
            # "hours after students stormed and torched the council on Friday night"
            joined = _told_of_a_joined_verb(doc, in_sentence, clause.root)
            own = joined or own
        if own:
            best = min(own, key=lambda d: abs(d.start_char - anchor))
            if dates_a_toll_update(_date_root(doc, best)):
                # "the death toll from the bombing rose to 125 on Monday": the day of the
                # count, not of the bombing; a later telling may give the bombing's day
                return *resolve_date(best, ctx), False
            if found is in_clause and _only_overnight(doc, best) and len(own) == 1:
                # "bandits killed 14 villagers overnight, police said on Sunday": the
                # night before the report, no day of the deed's own; a telling with its
                # day ("came late on Friday") may restate it
                return *resolve_date(best, ctx), False
            if published is not None and _recent_days(doc, best) \
                    and is_present_perfect(clause.root):
                # "police have detained dozens in recent days": current news with no day
                # of its own, the publication date (GUIDELINES "Dates")
                return published, 2, False
            if not said_day_misread(doc, best) and (
                    found is in_clause or not _dates_a_saying(doc, best, starts)):
                return *resolve_date(best, ctx), True
            # "rebels have seized the town, residents said on Wednesday": the day it was
            # said; a present perfect is this week's news (GUIDELINES "Dates")
            if published is not None and is_present_perfect(clause.root):
                return published, 2, False
            return *resolve_date(best, ctx), False
    if _is_when_clause(clause):
        # "the crisis started in 2011 when protests broke out": a when-clause happens at
        # the time of the clause it qualifies, even a span or a year ("in 2011")
        start, end = clause_span_chars(doc, clause)
        head_dates = [d for d in doc_ext(doc, "dates") or [] if d.date is not None
                      and d.kind != "dateline" and sent.start_char <= d.start_char < sent.end_char
                      and not start <= d.start_char < end]
        if head_dates:
            best = min(head_dates, key=lambda d: abs(d.start_char - anchor))
            return best.date, best.precision, True
    labelled = line_day(doc, sent)
    if labelled is not None:   # "• 14 June: A car bomb went off at a checkpoint in X"
        return labelled.date, labelled.precision, True
    if published is not None and is_present_perfect(clause.root):
        return published, 2, False
    if ctx.date is not None:
        return ctx.date, ctx.precision, False
    return (published, 1, False) if published else (None, None, False)


def _recent_days(doc: Doc, mention) -> bool:
    """"in recent days", "over the past few days": a span up to the report, no day."""
    text = doc_text(doc)[mention.start_char:mention.end_char].lower()
    return mention.kind == "week" and text.endswith("days") and "ago" not in text


def _only_overnight(doc: Doc, mention) -> bool:
    """A bare "overnight": dated by the report's own day, not by a day the report names."""
    return doc_text(doc)[mention.start_char:mention.end_char].lower() == "overnight"


def _any_within(ordered: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted offsets lies from `start` to before `end`."""
    i = bisect.bisect_left(ordered, start)
    return i < len(ordered) and ordered[i] < end


def _usable_dates(doc: Doc) -> list:
    """The report's dates that can date an event: a day, week or month, or one counted from
    another, not the start of a span ("since March"), nor the dateline's day, which the
    lead's sentence starts with ("Erbil/Geneva, 11 February 2025 – MSF condemns the strike
    that hit … on Sunday 9 February")."""
    full = doc_text(doc)
    body = preamble_end(doc)
    return [d for d in doc_ext(doc, "dates") or []
            if d.kind in USABLE_KINDS and d.start_char >= body
            and not full[max(0, d.start_char - 6):d.start_char].lower().strip()
            .endswith("since")]


def day_told_within(doc: Doc, start: int, end: int, anchor: int, ctx: Context
                    ) -> tuple[dt.date | None, int | None] | None:
    """The date the words from `start` to `end` (characters) tell, the one nearest
    `anchor` (their verb's first character), or None: "Odesa was also hit on Wednesday"
    dates the copy of the deed told before at Odesa by its own day, not that deed's; the
    day of a saying hung on the verb (", officials said on Wednesday") does not."""
    found = _explicit_days_first([d for d in _usable_dates(doc) if start <= d.start_char < end
                                  and not _dates_a_saying(doc, d, {anchor})])
    if not found:
        return None
    date, precision = resolve_date(min(found, key=lambda d: abs(d.start_char - anchor)), ctx)
    return None if date is None else (date, precision)


def _explicit_days_first(found: list) -> list:
    """"Shortly after midnight on Sunday": a day named beats a same-day phrase ("shortly
    after", "hours later") counted from the report's last date."""
    days = [d for d in found if d.kind == "day"]
    vague = [d for d in found if d.kind == "relative" and d.offset_days == 0]
    return [d for d in found if d not in vague] if days and vague else found


def _told_of_the_trigger(doc: Doc, found: list, trigger: int) -> list:
    """"left on Friday morning, under a settlement reached … last week": a day hanging on
    the trigger's own words (the first trigger word above it is the clause's main one)
    dates it before a nearer day of another verb of the clause."""
    if len(found) < 2:
        return found
    starts = {span_root(doc, m.start, m.end).i for m in doc_ext(doc, "triggers") or []}
    own = []
    for d in found:
        span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        while tok is not None and tok.i not in starts and tok.head.i != tok.i:
            tok = tok.head
        if tok is not None and tok.i == trigger:
            own.append(d)
    return own if own and len(own) < len(found) else found


def _after_a_deed_noun(found: list, noun: Token, clause: Clause) -> list:
    """"Rights groups on Tuesday demanded an inquiry into the killing of protesters in X, on
    Saturday": where the deed is a noun an inquiry is into (modality.toml cue order,
    `presupposing`), after the clause's verb, a day told before the verb is the demand's
    and one told after the deed noun the deed's."""
    verb = clause.root
    if noun.pos_ != "NOUN" or noun.i <= verb.i or not any(
            a.pos_ == "NOUN" and a.lemma_.lower() in modality().presupposing
            for a in noun.ancestors):
        return found
    after = [d for d in found if d.start_char > noun.idx]
    return after if after and any(d.start_char < verb.idx for d in found) else found


def _told_of_a_joined_verb(doc: Doc, found: list, root: Token) -> list:
    """"Students stormed and torched the council on Friday night": a clause
    with no day of its own (none, or only one counted from another deed: "hours after")
    shares the days hung on a verb joined to its verb — one subject, one deed told in two
    verbs — before a nearer day of another clause of the sentence."""
    speech = modality().words["speech"]   # ", residents said on Wednesday" misread as joined
    joined = {c.i for c in root.conjuncts if c.pos_ in ("VERB", "AUX")
              and c.lemma_.lower() not in speech
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)}
    own = []
    for d in found if joined else ():
        span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
        tok = span.root if span is not None and len(span) else None
        while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        if tok is not None and tok.i in joined and d.kind == "day":
            own.append(d)
    return own


# Marks of a clause told as earlier than the deed it hangs on.
EARLIER_MARKS = frozenset({"after", "since"})


def _dates_another_noun(doc: Doc, mention, trigger: Token) -> bool:
    """The date is told in a relative clause on another noun than the event's own word
    ("had taken full control of Sirte, ending a campaign that began in May", "retook the
    town, which the rebels had seized in March"): it dates what that noun names, not the
    event. So is a date on a noun that another time is told by ("its biggest gain since the
    capture of Bakhmut in May": the capture's month, not the withdrawal's; modality.toml
    `other_time` words), or a date in a clause told as before another deed ("clashed with
    police after a driver was shot dead the previous evening; police fired tear gas": the
    evening dates the shooting, not the clash or the tear gas)."""
    tok = _date_root(doc, mention)
    date_root = tok
    other_time = modality().words["other_time"]
    while tok is not None and tok.i != trigger.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return tok.head.i != trigger.i and trigger not in tok.subtree
        if tok.dep_ == "advcl" and trigger not in tok.subtree and any(
                c.dep_ == "mark" and c.lower_ in EARLIER_MARKS for c in tok.children):
            return True
        # not a time of day: "before dawn on Monday" is Monday's, no other deed's
        if tok is not date_root and tok.dep_ == "pobj" and tok.pos_ in ("NOUN", "PROPN") \
                and tok.head.lower_ in other_time and trigger not in tok.subtree \
                and tok.lemma_.lower() not in TIMES_OF_DAY:
            return True
        tok = tok.head
    return False


# How long before the report a day told in a "where" clause must be to be the place's past;
# it must also name a year before the report's: reports filed months after the deed (an
# NGO's account of spring filed in summer) tell the deed's own day in such a clause
SCENE_PAST = dt.timedelta(days=30)


def _dates_a_scene_past(doc: Doc, mention) -> bool:
    """The date is told in a "where" clause on a place and is long past, in a year before
    the report's ("laid wreaths at the bridge where a student was killed in March 1998"):
    it dates what once happened there, never the deed told at that place. A day of the
    report's year may be the deed's own ("clashes continued on the outskirts, where forces
    repelled an advance on Monday"; "fired on the market where traders had gathered on 3
    March", told in July)."""
    published = doc_ext(doc, "published")
    if published is None or mention.date is None or published - mention.date < SCENE_PAST \
            or mention.date.year >= published.year:
        return False
    tok = _date_root(doc, mention)
    while tok is not None and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children)
        tok = tok.head
    return False


def _dates_a_saying(doc: Doc, mention, clause_starts: set[int]) -> bool:
    """The date hangs on a verb of saying outside the clause ("…, residents said on
    Wednesday", "told reporters on Monday"): it dates the saying, not the event. A date
    whose nearest verb is another deed's dates that deed."""
    tok = _date_root(doc, mention)
    speech = modality().words["speech"]
    while tok is not None and tok.idx not in clause_starts:
        if tok.pos_ == "VERB":
            # "said about 300 men crossed the river on Wednesday night and attacked X":
            # the day of a deed the saying tells, not of the saying
            return tok.lemma_.lower() in speech
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def is_present_perfect(verb: Token) -> bool:
    """"have taken", "has been hit": a "have" in the present (not "had") on the verb."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
               for c in verb.children)


def _is_when_clause(clause: Clause) -> bool:
    """A clause that did not merge into the one it qualifies: "… when protests broke out"
    (the parse may hang it on the time it tells of: "began in 2011 when …"), or a verb
    joined to one ("since 2022, when gunmen attacked a train and kidnapped dozens")."""
    root = clause.root
    while root.dep_ == "conj" and root.head.pos_ == "VERB":
        root = root.head
    return root.dep_ in ("advcl", "relcl") and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in root.children)


def resolve_date(mention, ctx: Context) -> tuple[dt.date | None, int | None]:
    """A date mention's day; a relative one counts from the report's last date."""
    if mention.kind == "relative":
        offset = getattr(mention, "offset_days", None)
        if ctx.date is not None and offset is not None:
            # "a week after" the day told is itself only within about a week
            return ctx.date + dt.timedelta(days=offset), max(ctx.precision or 1,
                                                             mention.precision)
        if mention.date is not None:
            return mention.date, mention.precision
        return ctx.date, ctx.precision
    return mention.date, mention.precision


def _date_root(doc: Doc, mention) -> Token | None:
    """The root word of a date mention, widened to whole words; None where no word lies."""
    span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
