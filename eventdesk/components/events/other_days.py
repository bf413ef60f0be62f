"""Days told beside a clause's own: the other days of a list ("hit Idlib on Monday and
again on Wednesday": one event a day) and the day a deed noun is given in a sentence coded
as no event, which dates the next sentence's telling of that deed.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from eventdesk.coding.typology import (
    ABDUCTION,
    ARMED_CLASH,
    ARRESTS,
    ATTACK,
    LOOTING,
    SEXUAL_VIOLENCE,
)
from eventdesk.components.events.candidate import Candidate, copy_candidate
from eventdesk.components.events.common import clause_span_chars
from eventdesk.components.events.dating import date_for
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_text, span_root

# "on Monday and again on Wednesday", "on Thursday and Friday": days joined as a list
DAY_LIST_GAP = re.compile(r"^,?\s*(and|as well as)(\s+(again|then|also))?(\s+(late|early))?"
                          r"(\s+on)?$")

# "on Saturday and Sunday": two days joined with no "again" or "then" between them
TWO_DAYS_GAP = re.compile(r"^,?\s*and(\s+on)?$")
# "on Saturday and Sunday" with no second "on": the days of one spell; "stormed the cattle
# market on Saturday and on Sunday" tells each day's deed apart
BARE_TWO_DAYS_GAP = re.compile(r"^,?\s*and$")

# deeds a report tells as one spell of doing over two days running besides a fight ("shot
# nine herders around the wells", "burned down cattle pens", "rounded up 19 students on Friday
# night and Saturday"): not a strike or shelling (each a deed of its hour) nor a
# demonstration (ACLED codes a protest a day)
SPELL_SUBTYPES = frozenset({ATTACK, ABDUCTION, SEXUAL_VIOLENCE, ARRESTS, LOOTING})


def same_event_other_days(doc: Doc, clause: Clause, cand: Candidate) -> list[Candidate]:
    """"Airstrikes hit Idlib on Monday and again on Wednesday", "protested in Sofia on
    Thursday and Friday": one event a day (GUIDELINES: an event is one place on one day);
    the event as told for each other day of the list. A span ("between Monday and
    Wednesday") is one date, not a list, and so is a fight over two days running, which
    this dates instead (`_fight_over_two_days`)."""
    if cand.date is None or not cand.date_told:
        return []
    start, end = clause_span_chars(doc, clause)
    full = doc_text(doc)
    days = sorted((d for d in doc_ext(doc, "dates") or [] if d.kind == "day" and d.date is not None
                   and start <= d.start_char < end), key=lambda d: d.start_char)
    group = []
    for day in days:
        if group and DAY_LIST_GAP.match(full[group[-1].end_char:day.start_char].strip()):
            group.append(day)
        elif cand.date in {d.date for d in group} and len(group) > 1:
            break
        else:
            group = [day]
    if len(group) < 2 or cand.date not in {d.date for d in group}:
        return []
    if _fight_over_two_days(full, group, cand):
        cand.date, cand.time_precision = max(d.date for d in group), 2
        return []
    copies, seen = [], {cand.date}
    for day in group:
        if day.date in seen:
            continue
        seen.add(day.date)
        copy = copy_candidate(cand)
        copy.date, copy.time_precision, copy.date_told = day.date, day.precision, True
        copy.fatalities, copy.fatalities_text = None, None
        copies.append(copy)
    return copies


def _fight_over_two_days(full: str, group: list, cand: Candidate) -> bool:
    """"Fighting between the two factions forced hundreds to flee on Saturday and
    Sunday", "bandits shot nine herders around the wells on Tuesday and Wednesday",
    "troops burned down cattle pens near X on Saturday and Sunday": a spell of fighting,
    killing, abducting, arresting or burning told over two days running is one event told
    over its span (GUIDELINES, Dates: one event, `time_precision` 2), not one a day; a
    strike or a protest told for two days ("hit X on Monday and Tuesday") is one a day,
    and so is a deed other than a fight told "on Saturday and on Sunday"."""
    if len(group) != 2:
        return False
    if cand.sub_event_type == ARMED_CLASH:
        gap = TWO_DAYS_GAP
    elif cand.sub_event_type in SPELL_SUBTYPES:
        gap = BARE_TWO_DAYS_GAP
    else:
        return False
    first, last = group
    between = full[first.end_char:last.start_char]
    if full[last.start_char:last.end_char].lower().startswith("on "):
        between += " on"   # the second day's mention holds its own "on" ("on Sunday")
    return abs((last.date - first.date).days) == 1 \
        and gap.match(between.strip()) is not None


def deed_named_with_its_day(doc: Doc, clause: Clause) -> tuple[dt.date, int] | None:
    """"The blast of 6 January is a reminder of …": a deed noun given its day but coded
    as no event, as an analysis opens on the news it weighs. The next sentence, which
    tells that deed with no day of its own, is dated by it."""
    for match in clause.triggers:
        word = span_root(doc, match.start, match.end)
        if word.pos_ != "NOUN" or word.dep_ not in ("nsubj", "nsubjpass"):
            continue
        inside = [t.idx for t in word.subtree]
        for mention in doc_ext(doc, "dates") or []:
            if mention.kind == "day" and mention.date is not None \
                    and inside[0] <= mention.start_char <= inside[-1]:
                return mention.date, mention.precision
    return None


# Rules that code a follow-up's aftermath as no event (subtype/aftermath.py)
AFTERMATH_RULES = frozenset({"mourners-not-protest", "bodies-taken-away", "held-at-the-scene"})


def aftermath_day(doc: Doc, sent, clause: Clause, ctx, rule: str | None) -> tuple:
    """"Thousands attended the funeral in Mosul on Friday. The procession later turned into a
    protest": the aftermath, coded as no event, still tells the day the next deed told with
    no day of its own happened on, as a deed too old to code does. Else the day in `ctx`."""
    if rule in AFTERMATH_RULES:
        date, precision, told = date_for(doc, sent, clause, ctx)
        if told and date is not None:
            return date, precision
    return ctx.date, ctx.precision
