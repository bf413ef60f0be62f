"""Wars: a toll of a war's size told with no day, and a war named as the only time of the
deed ("in the 1967 war"): history or a tally, not one incident.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger, read_once
from eventdesk.components.events.happened.counting import as_number
from eventdesk.components.events.happened.news_age import is_old_news
from eventdesk.components.events.happened.table import modality
from eventdesk.components.events.happened.times import day_of_the_deed_told
from eventdesk.components.fatalities import count_fatalities
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_text, span_root

# doc.user_data key: the tokens of the report's triggers by their kind of deed
DEEDS_KEY = "eventdesk.deed_tokens"


def war_toll(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """"The insurgency that followed killed hundreds of thousands", "gunmen killed about
    1,200 people" with no day in the sentence: a toll of a war's size, told with no day,
    is history or a tally, not one incident told as news."""
    if "kill" not in {m.category for m in clause.triggers}:
        return False
    # the report's triggers of other deeds, read once per report (asked per clause)
    deeds = read_once(doc, DEEDS_KEY, "not_kill", lambda: frozenset(
        i for m in doc_ext(doc, "triggers") or [] if m.category != "kill"
        for i in range(m.start, m.end)))
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NN" and c.i in deeds
           for c in clause.root.children):
        return False   # "the attack killed at least 1,400 people": one incident's toll
    told = doc_text(doc)[start:end]
    deaths = count_fatalities(told)
    if deaths.text is None:
        return False
    # "killed hundreds of thousands": the vague word in or just after the toll's words
    after_toll = told[deaths.start:deaths.end + len(" of thousands")].lower()
    vague = set(re.findall(r"[a-z]+", after_toll)) & modality().words["war_toll"]
    if not vague and (deaths.count is None or deaths.count < modality().war_toll_min):
        return False
    # "the conflict has killed more than 150,000 people, the UN said on Tuesday": the
    # day is the saying's, not the toll's
    return not day_of_the_deed_told(doc, clause, modality())


def side_killed_some(doc: Doc, clause: Clause) -> bool:
    """"Units of the army have neutralised several dozen terrorists in the X area": an
    armed or state side named as the doer of a count of the dead below a war's toll is an
    operation's result, news when a place or a day is named (checked after); "the war has
    killed thousands" and "troops have killed hundreds of civilians" stay tallies."""
    armed = {i for m in doc_ext(doc, "actors") or []
             if m.role_hint in ("armed", "state", "international")
             for i in range(m.start, m.end)}
    subjects = [c for c in clause.root.children if c.dep_ == "nsubj"]
    # "the army said it had killed dozens": the pronoun is the side that says so
    speaker = clause.root.head if clause.root.dep_ == "ccomp" else None
    subjects += [c for c in (speaker.children if speaker is not None else ())
                 if c.dep_ == "nsubj" and any(s.lower_ in SIDE_PRONOUNS for s in subjects)]
    if not any(t.i in armed for s in subjects for t in s.subtree):
        return False
    for obj in clause.root.children:
        if obj.dep_ != "dobj":
            continue
        counts = [t for t in obj.subtree if t.like_num or t.lower_ in WAR_TOLL_WORDS]
        return not any(t.lower_ in WAR_TOLL_WORDS or as_number(t) >= WAR_TOLL_MIN
                       for t in counts)
    return False


# The pronouns by which a side speaks of itself in what it says it did.
SIDE_PRONOUNS = frozenset({"it", "they", "we"})
# Counts that make a war's toll, not one operation's ("hundreds", "thousands", 100 and up).
WAR_TOLL_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions"}
WAR_TOLL_MIN = 100


def timed_by_a_war(doc: Doc, clause: Clause) -> bool:
    """"captured in the 1967 war", "during the occupation": a war named as the only time
    of the deed, on its verb or its trigger word ("in an invasion of the town" is an
    incident, not a time)."""
    match = main_trigger(doc, clause)
    trigger = span_root(doc, match.start, match.end)
    heads = {clause.root, trigger}
    # the parse may hang the time on the verb's object: "captured the heights in the 1967 war"
    heads |= {c for h in heads if h.pos_ == "VERB" for c in h.children if c.dep_ == "dobj"}
    return any(_war_as_its_time(head) for head in heads)


def participle_told_as_history(doc: Doc, clause: Clause) -> str | None:
    """"Opened on Monday the rebuilt bridge, destroyed during the war", "the museum, looted
    in 2003, reopened on Monday", "a fort that was shelled during the war reopened on
    Monday": the trigger a participle, or a passive relative, hung on a noun, timed by a war
    or an old date on its own words. It tells what the thing went through, history,
    whatever day the clause's verb has: the reason ("war_as_time", "old_news"), or None."""
    match = main_trigger(doc, clause)
    trigger = span_root(doc, match.start, match.end)
    if trigger.dep_ not in ("acl", "relcl") or trigger.tag_ != "VBN":
        return None
    if _war_as_its_time(trigger):
        return "war_as_time"
    words = list(trigger.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    if any(start <= d.start_char < end and is_old_news(doc, d.date, d.precision)
           for d in doc_ext(doc, "dates") or []):
        return "old_news"
    return None


# Nouns of a stretch of a war ("in the early days of the uprising", "at the height of the
# war"): the war told as the time, through their "of".
WAR_STRETCHES = frozenset({"day", "week", "month", "year", "height", "start", "beginning",
                           "outbreak", "end", "course", "stage", "phase"})


def _war_as_its_time(head: Token) -> bool:
    """A war, an invasion or an occupation as the time of `head` ("in the 1967 war",
    "during the occupation", "during World War II", "in the early days of the uprising",
    "earlier in the war"),
    not an incident ("in an invasion of the town") nor a fight between sides ("the
    conflict between troops and militants")."""
    cues = modality()
    # through "earlier" or "later", wherever the parse hangs it: "drivers detained on the
    # road to X earlier in the war"
    shifted = [g for c in head.subtree if c.dep_ == "advmod" and c.lower_ in ("earlier", "later")
               for g in c.children]
    for prep in (*head.children, *shifted):
        if prep.dep_ != "prep" or prep.lower_ not in cues.war_preps | {"at"}:
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            if prep.lower_ != "at" and _a_war(g, cues):
                return True
            if g.lemma_.lower() in WAR_STRETCHES and any(
                    c.dep_ == "prep" and c.lower_ == "of"
                    and any(w.dep_ == "pobj" and _a_war(w, cues) for w in c.children)
                    for c in g.children):
                return True
    return False


def _a_war(noun: Token, cues) -> bool:
    """A war word with no "a" ("an invasion of the town" is an incident), not a conflict
    "between" sides, or a war named by its name ("World War II")."""
    words = cues.words["war_as_time"]
    named = noun.ent_type_ == "EVENT" and any(c.dep_ == "compound" and c.lemma_.lower() in words
                                              for c in noun.children)
    return named or (noun.lemma_.lower() in words
                     and not any(d.lower_ in ("a", "an") for d in noun.children)
                     and not (noun.lemma_.lower() == "conflict"
                              and any(d.lower_ == "between" for d in noun.children)))
