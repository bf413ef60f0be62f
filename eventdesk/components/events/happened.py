"""Did it happen? Modality: a clause with a trigger word is an event only when the report
says it happened — not planned, feared, threatened, denied, negated, conditional,
habitual, background or old news (GUIDELINES.md, "What is an event").

The cue words live in data/rules/modality.toml; this module says where in the parse each
cue is looked for. `why_not` names the first cue that applies, so a decision can be
explained and each cue tested on its own examples.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventdesk.components.attribution import claim_for
from eventdesk.components.events.common import (
    clause_span_chars,
    is_weak,
    lexicon,
    main_trigger,
    names_a_place,
    semicolon_between,
    tells_a_day,
)
from eventdesk.components.events.rules import check_keys, load_table, table_path
from eventdesk.components.fatalities import count_fatalities
from eventdesk.components.triggers import Clause
from eventdesk.errors import RuleDataError
from eventdesk.extensions import doc_text

TABLE = "modality"
CUE_KEYS = {"about", "where", "words", "labels", "determiners", "prepositions", "claim_cues",
            "max_age_days", "month_max_age_days", "min_deaths", "patterns", "examples"}

# Where a cue with its own word list is looked for (modality.toml `where`); the other
# cues are read from the parse at fixed places, in `why_not`'s order.
PLACES = ("clause_verb", "modifier", "complement", "above_trigger", "trigger_modifier",
          "parties_above")
# Verbs of reporting whose passive subject is the event reported ("clashes were reported").
REPORTED_PASSIVES = frozenset({"report", "confirm"})
# Trigger categories for which "nationwide" is the event's reach, not a tally over places:
# a nationwide ceasefire, a curfew across the country.
NATIONWIDE_BY_NATURE = frozenset({"agreement", "group_change"})
# Clauses hung on a word of another clause: what they say of time is theirs, not its.
HUNG_CLAUSES = frozenset({"relcl", "advcl", "ccomp"})
# Verbs that say an attacker was fought off ("were repelled", "were pushed back").
FOUGHT_OFF = frozenset({"repel", "repulse"})
FOUGHT_BACK = frozenset({"push", "beat", "drive", "fight", "force"})
FIXED_CUES = ("every_time", "named_again", "negation", "modal", "infinitive", "condition",
              "other_time", "denial", "since_tally", "aggregate", "background_date",
              "perfect_tally", "old_news", "war_as_time", "years_after", "generic_present",
              "trend", "simile", "fled_from", "history_told_again", "span_of",
              "simple_present", "that_day", "war_toll", "ongoing", "displacing",
              "entered_span", "named_as_reference", "campaign", "past_perfect_tally",
              "standing_deployment", "counted_deeds", "iterative", "war_began",
              "opinion_piece", "addressed", "analysis_piece", "comparison", "future_day")
# The reasons that make a deed history: a toll or a back-reference told right after it
# is history too (`tells_history_again`).
HISTORY = frozenset({"years_after", "old_news", "background_date", "war_as_time",
                     "remembrance", "history_told_again", "that_day"})


@dataclass(frozen=True, slots=True)
class Modality:
    """modality.toml, compiled: word lists by cue, and the cues by where they are read."""

    words: dict[str, frozenset[str]]
    by_place: dict[str, tuple[str, ...]]
    negating_determiners: frozenset[str]
    negating_preps: frozenset[str]
    denial_claims: frozenset[str]
    aggregate: tuple[str, ...]
    aggregate_patterns: tuple[re.Pattern, ...]
    war_preps: frozenset[str]
    max_age_days: int
    month_max_age_days: int
    war_toll_min: int
    opinion_labels: tuple[str, ...]
    analysis_labels: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def modality() -> Modality:
    return compile_table(load_table(TABLE))


def compile_table(data: dict) -> Modality:
    """Check a parsed modality table: every fixed cue present, every listed cue placed."""
    cues = data.get("cue", {})
    missing = [name for name in FIXED_CUES if name not in cues]
    if missing:
        raise RuleDataError(f"missing cue(s) {missing}", path=str(table_path(TABLE)))
    by_place: dict[str, list[str]] = {place: [] for place in PLACES}
    for name, cue in cues.items():
        check_keys(cue, CUE_KEYS, table=TABLE, rule=name)
        where = cue.get("where")
        if where is None and name not in FIXED_CUES:
            raise RuleDataError(f"cue {name!r} needs where = one of {list(PLACES)}",
                                path=str(table_path(TABLE)))
        if where is not None:
            if where not in PLACES or not cue.get("words"):
                raise RuleDataError(f"cue {name!r}: where must be one of {list(PLACES)} and "
                                    f"words must be given", path=str(table_path(TABLE)))
            by_place[where].append(name)
    return Modality(
        words={name: frozenset(cue.get("words", ())) for name, cue in cues.items()},
        by_place={place: tuple(names) for place, names in by_place.items()},
        negating_determiners=frozenset(cues["negation"]["determiners"]),
        negating_preps=frozenset(cues["negation"]["prepositions"]),
        denial_claims=frozenset(cues["denial"]["claim_cues"]),
        aggregate=tuple(cues["aggregate"]["words"]),
        aggregate_patterns=tuple(re.compile(p) for p in cues["aggregate"].get("patterns", ())),
        war_preps=frozenset(cues["war_as_time"]["prepositions"]),
        max_age_days=cues["old_news"]["max_age_days"],
        month_max_age_days=cues["old_news"]["month_max_age_days"],
        war_toll_min=cues["war_toll"]["min_deaths"],
        opinion_labels=tuple(label.lower() for label in cues["opinion_piece"]["labels"]),
        analysis_labels=tuple(label.lower() for label in cues["analysis_piece"]["labels"]),
    )



DAY_KINDS = ("day", "relative", "week")


def _date_told_in(doc: Doc, sent, kinds: tuple[str, ...] | None = None) -> bool:
    """Whether the sentence holds a date mention (of one of `kinds`, when given): the
    cues that read a deed as record or history stand down for a dated sentence."""
    return any(sent.start_char <= d.start_char < sent.end_char
               and (kinds is None or d.kind in kinds) for d in doc._.dates or [])


def _day_told_in(doc: Doc, sent) -> bool:
    """Whether the sentence names the deed's day, week or a relative day."""
    return _date_told_in(doc, sent, DAY_KINDS)


def why_not(doc: Doc, clause: Clause) -> str | None:
    """The name of the first modality cue that says the clause did not happen, else None."""
    cues = modality()
    if opinion_piece(doc):
        return "opinion_piece"
    if analysis_piece(doc) and not _day_told_in(doc, clause.sent):
        return "analysis_piece"
    root = clause.root
    for name in cues.by_place["clause_verb"]:
        # a name is no verb: "The Islamic State named X as its new leader" parsed with the
        # name "State" as the clause's head says nothing
        if root.lemma_.lower() in cues.words[name] and root.pos_ != "PROPN" \
                and not _reported_event(doc, clause) and not _fight_as_subject(clause) \
                and not (root.lemma_.lower() in JUDGING and _deed_dated(doc, clause)):
            return name
    if _displacing(doc, clause, cues):
        return "displacing"   # before named_again: "the fighting around X" is no news either
    if named_again(doc, clause):
        return "named_again"
    if root.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                   for c in root.head.children):
        return "infinitive"  # "ordered the troops to release him and pull back"
    for child in root.children:
        said = _said_of_the_verb(child, cues)
        if said is not None:
            return said
        if child.dep_ == "aux" and child.tag_ == "TO" and not _protest_purpose(clause, cues):
            return "infinitive"
        if child.dep_ == "mark" and child.lower_ in cues.words["condition"]:
            return "condition"
        if child.dep_ == "mark" and child.lower_ in cues.words["other_time"]:
            return "other_time"
        if child.dep_ in ("acomp", "attr"):
            for name in cues.by_place["complement"]:
                if child.lemma_.lower() in cues.words[name]:
                    return name   # "sexual violence is common along the routes"
        if child.dep_ in ("npadvmod", "advmod", "prep") and _every(child, cues):
            return "every_time"  # "shell residential areas every day", "on every Friday"
        if child.dep_ == "npadvmod" and _years_after(child, root, cues) \
                and not _day_named(doc, clause):
            return "years_after"
    found = _shared_with_the_first_verb(root, cues)
    if found is not None:
        return found
    if _addressed(root, cues):
        return "addressed"
    if _comparison(doc, clause, cues):
        return "comparison"
    if _generic_present(doc, clause, cues):
        return "generic_present"
    if _trend(doc, clause, cues):
        return "trend"
    if _counted_deeds(doc, clause, cues):
        return "counted_deeds"
    if _iterative(doc, clause, cues):
        return "iterative"
    if _war_began(doc, clause, cues):
        return "war_began"
    if _fled_from(doc, clause, cues):
        return "fled_from"
    if _span_of(doc, clause, cues):
        return "span_of"
    if _entered_span(doc, clause, cues):
        return "entered_span"
    if _named_as_reference(doc, clause, cues):
        return "named_as_reference"
    if _campaign(doc, clause, cues):
        return "campaign"
    if _simple_present(doc, clause):
        return "simple_present"
    if _ongoing(doc, clause, cues):
        return "ongoing"
    found = _under_irrealis_head(doc, clause, cues)
    if found is not None:
        return found
    if _future_day(doc, clause, cues):
        return "future_day"
    start, end = clause_span_chars(doc, clause)
    claim = claim_for(doc._.claims or [], start, end)
    if claim is not None and claim.cue in cues.denial_claims:
        return "denial"
    found = background(doc, clause)
    if found is not None:
        return found
    main = main_trigger(doc, clause)
    anchor = doc[main.start:main.end].root
    if anchor.dep_ == "pobj" and anchor.head.lower_ in cues.words["other_time"]:
        return "other_time"   # "encircled since the Tel Aviv bombing": it dates another deed
    return None


# Joining words after which a verb no longer shares what was said of the first one
# ("did not attack the town but abducted ten men").
CONTRASTING = frozenset({"but", "yet", "while", "whereas"})


def _shared_with_the_first_verb(root: Token, cues: Modality) -> str | None:
    """A verb joined to the one before it, with no subject, auxiliary or contrast of its
    own, shares what is said of that verb ahead of it: "regularly attack villages and
    abduct civilians" (habitual), "could attack the town and abduct civilians" (modal),
    "did not attack the town or abduct civilians" (negation). Said after the first verb
    ("attacked the town and often loot"), the word is that verb's own."""
    head = root.head
    if root.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i > root.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in root.children):
        return None
    between = root.doc[head.i + 1:root.i]
    if any(t.lower_ in CONTRASTING for t in between):
        return None
    for child in head.children:
        if child.i < head.i:
            said = _said_of_the_verb(child, cues)
            if said is not None:
                return said
    return None


def _addressed(root: Token, cues: Modality) -> bool:
    """The deed's doer is the one spoken to ("You have fought with courage in X", "you get
    shot if you go out"): praise, blame or a generic "you" in a quote, not a deed told as
    news. Read on the clause verb's subject, or on the first verb's for a joined one."""
    verb = root.head if root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX") else root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in cues.words["addressed"]
               for c in verb.children)


def _comparison(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """The deed's victims or the deed itself compared in number ("officers killed more
    people than in any other state", "the fewest attacks since 2015"): a statistic over a
    span, not one incident. Read on the verb's object or passive subject and on the trigger
    noun: a comparative `words` on it with a "than", and no number ("more than 20 people"
    counts one incident's toll; "captured most parts of the province" compares nothing)."""
    main = main_trigger(doc, clause)
    nouns = [c for c in clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns.append(doc[main.start:main.end].root)
    for noun in nouns:
        if noun.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in noun.children):
            continue
        for c in noun.children:
            if c.dep_ == "amod" and c.lower_ in cues.words["comparison"] and any(
                    t.dep_ == "prep" and t.lower_ == "than"
                    for t in (*noun.children, *noun.head.children)):
                return True
    return False


def _said_of_the_verb(child: Token, cues: Modality) -> str | None:
    """The cue a verb's own child word gives it: a negation, a modal, or an adverb of the
    modifier cues ("regularly", "often")."""
    if child.dep_ == "neg":
        return "negation"
    if child.dep_ == "aux" and child.lower_ in cues.words["modal"]:
        return "modal"
    if child.dep_ == "advmod":
        for name in cues.by_place["modifier"]:
            if child.lower_ in cues.words[name]:
                return name
        if child.lower_ == "ago" and any(c.dep_ == "npadvmod" and _counted_years(c, cues)
                                         and c.lemma_.lower() != "month"
                                         for c in child.children):
            return "years_after"   # "Thirteen years ago today, protesters clashed with …"
    return None


# Verbs of condemning a deed: what they condemn may be told with its own day. Not those of
# accusing, whose deed is a side's claim against another (cue accusation).
JUDGING = frozenset({"condemn", "denounce", "deplore"})


def opinion_piece(doc: Doc) -> bool:
    """A report labelled as opinion in its headline or first words ("Opinion: …",
    "Editorial: …"): its deeds are the writer's argument and its history, not news told
    (GUIDELINES, What is an event). Read once per report."""
    return _labelled(doc, OPINION_KEY, modality().opinion_labels)


def analysis_piece(doc: Doc) -> bool:
    """A report labelled as analysis or background in its headline or first words
    ("Analysis: …", "Explainer: …"): it may open on the day's news, told with its day, but
    its other deeds are the record and history it weighs. Read once per report."""
    return _labelled(doc, ANALYSIS_KEY, modality().analysis_labels)


def _labelled(doc: Doc, key: str, labels: tuple[str, ...]) -> bool:
    """Whether the headline or the text opens on one of `labels` and a colon or dash."""
    cached = doc.user_data.get(key)
    if cached is None:
        heads = [doc._.title or "", doc_text(doc)[:80]]
        cached = any(re.match(rf"\s*{re.escape(label)}\s*[:\-\u2013\u2014|]", head.lower())
                     for head in heads for label in labels)
        doc.user_data[key] = cached
    return cached


OPINION_KEY = "eventdesk.opinion_piece"
ANALYSIS_KEY = "eventdesk.analysis_piece"


def _deed_dated(doc: Doc, clause: Clause) -> bool:
    """The deed under a condemnation or a concern is told with its own day
    ("condemns the attack carried out in the early hours of 2 February by militiamen on the
    displacement site", "concerned by reports that four women were raped by armed men on
    29 January"): an incident of its own, told as news (a statement's usual way of telling
    what happened), not a judgement with no incident ("militants commit war crimes"). The
    day must sit under the trigger word itself, not on the verb of judging ("condemned the
    attacks on Monday": the day of the condemnation)."""
    match = main_trigger(doc, clause)
    tok = doc[match.start:match.end].root
    below = range(tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
    return any(d.start_char in below and d.kind == "day" for d in doc._.dates or [])


def _reported_event(doc: Doc, clause: Clause) -> bool:
    """"Heavy clashes were reported in X on Monday": the event itself is the passive
    subject of "reported", as briefs and tickers tell events, not a saying."""
    root = clause.root
    if root.lemma_.lower() not in REPORTED_PASSIVES or not any(
            c.dep_ == "auxpass" for c in root.children):
        return False
    trigger_tokens = {i for m in clause.triggers for i in range(m.start, m.end)}
    return any(c.dep_ == "nsubjpass" and c.i in trigger_tokens for c in root.children)


def _fight_as_subject(clause: Clause) -> bool:
    """"Gunfight in X: two militants killed as encounter ends, police say": a headline whose
    fighting noun the parse made a second subject of the saying, beside the speaker. A
    fight says nothing; the headline tells the fight."""
    root = clause.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    fights = {i for m in clause.triggers if m.category == "clash" for i in range(m.start, m.end)}
    return len(subjects) > 1 and any(s.i in fights for s in subjects)


def _protest_purpose(clause: Clause, cues: Modality) -> bool:
    """"Thousands marched to protest …", "gathered to demand …": the infinitive names the
    protest the gathering was, not an aim that may fail."""
    root = clause.root
    # a death named in the protest's cause ("to protest against the killing of a student")
    return ("protest" in clause.categories() and clause.categories() <= {"protest", "kill"}
            and root.dep_ in ("advcl", "xcomp")
            and root.head.lemma_.lower() in cues.words["infinitive"])


def _every(modifier, cues: Modality) -> bool:
    """A time said with "every" or "each" ("every day", "on each Friday"): a habit."""
    times = [modifier] if modifier.dep_ != "prep" else [c for c in modifier.children
                                                         if c.dep_ == "pobj"]
    return any(g.dep_ == "det" and g.lower_ in cues.words["every_time"]
               for t in times for g in t.children)


def _years_after(span: Token, verb: Token, cues: Modality) -> bool:
    """"Ten years after 276 schoolgirls were abducted": a counted span of years or months
    before an "after" on the verb dates the deed as history."""
    after = span.doc[span.i + 1] if span.i + 1 < len(span.doc) else None
    return _counted_years(span, cues) and after is not None and after.lower_ == "after" \
        and after.dep_ == "mark" and after.head.i == verb.i


def _generic_present(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Civilians are being killed", "people still get killed": a present passive of
    going on, in a sentence that names no day or week — a state of things, not an
    incident."""
    root = clause.root
    children = list(root.children)
    being = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("are", "is") for c in children)
    got = any(c.dep_ == "auxpass" and c.lower_ in cues.words["generic_present"]
              for c in children)
    if not (being or got):
        return False
    sent = clause.sent
    return not _day_told_in(doc, sent)


def _counted_years(span: Token, cues: Modality) -> bool:
    """"ten years", "six months", "a year": a counted span long enough to make a deed
    history."""
    return span.lemma_.lower() in cues.words["years_after"] \
        and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                for c in span.children)


def _fled_from(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Camps host people who fled the fighting in X", "families displaced by violence":
    the event named as what people fled, with no day in the clause, is the cause of their
    plight — background, not an incident told."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    if tok.dep_ == "pobj" and tok.head.lower_ not in ("from", "by"):
        return False   # "escaped with injuries in the blast" tells the blast
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") \
        and head.lemma_.lower() in cues.words["fled_from"] and not _day_named(doc, clause)


def _displacing(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The fighting around X had pushed hundreds of thousands into camps", "clashes have
    displaced 40,000 people": the event named as the subject of what drove people from
    their homes, with no day in the clause, is the cause of their plight told as
    background (as `_fled_from` reads it as the object), not an incident."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    return tok.pos_ == "NOUN" and tok.dep_ == "nsubj" \
        and tok.head.lemma_.lower() in cues.words["displacing"] and not _day_named(doc, clause)


def _span_of(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Followed days of drone strikes", "after four months of fighting": the event named
    as a span of weeks, months or years (or of days not counted) is a stretch of the war
    told as background, no single incident; not when the clause names its day ("after
    days of attacks in X, where gunmen killed five people on Saturday")."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    span = tok.head.head
    if span.tag_ != "NNS" or span.lemma_.lower() not in cues.words["span_of"]:
        return False
    counted = any(c.dep_ == "nummod" for c in span.children)
    return (span.lemma_.lower() != "day" or not counted) and not _day_named(doc, clause)


def _entered_span(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"As fighting between the army and the militia entered its second week", "the
    offensive has reached its third month": a verb that counts how long the event has
    lasted is no deed of its own ("entered" is no entry), and the event named as its
    subject is the war told as a state, the report's backdrop; with neither a day nor a
    place in their words it is no incident ("fighting in X entered its third day on
    Monday" is news from X and stays)."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    triggers = {m.start for m in clause.triggers}
    if _counts_its_span(tok, cues):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i not in triggers:
            return True
        tok = subject   # "fighting … entered its third day": the fighting is read below
    if tok.pos_ not in ("NOUN", "VERB") or tok.pos_ == "VERB" and tok.tag_ != "VBG":
        return False
    after = tok.right_edge.i + 1
    while after < len(doc) and doc[after].pos_ == "AUX":
        after += 1   # "the offensive has reached"
    # the small parser may not hang "fighting … entered" as subject and verb
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [doc[after]] if after < len(doc) else []
    verb = next((v for v in verbs if _counts_its_span(v, cues)), None)
    if verb is None:
        return False
    ids = {t.i for t in tok.subtree} | {t.i for t in verb.subtree}
    starts = {doc[i].idx for i in ids}
    day = any(d.kind in ("day", "relative") and d.start_char in starts
              for d in doc._.dates or [])
    return not day and not names_a_place(doc, ids)


def _named_as_reference(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Visited the scene of the bombing", "in the aftermath of the fighting", "the
    funerals of the victims of the massacre": the event named only as what a place, a
    time or people belong to is a reference to a deed the report tells (or told) in its
    own words, not a new telling. Read on the trigger noun as the object of "of" under
    one of the cue's nouns, and on a deed that qualifies those a verb of mourning is said of
    ("buried the soldiers killed in the ambush")."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    words = cues.words["named_as_reference"]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in words:
        return True
    # "buried the soldiers killed in the ambush": the deed told of those mourned
    deed = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
    return deed.dep_ == "acl" and deed.tag_ == "VBN" and deed.head.head.lemma_.lower() in words


def _campaign(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Had conducted anti-terrorist operations in the border regions, targeting militants",
    "the military is fighting the militants on several fronts": operations told as a
    campaign (the deed a participle of conducting operations, or the present progressive
    of the deed itself), in a sentence that names no day or week, in a clause that names no
    place (for the progressive: operations are said "in" a region as a rule), are the war's
    course, not an incident at a place and day. Not the report's lead ("troops are fighting
    rebels in X" is news)."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[:clause.sent.start]):
        return False   # the lead: read after the cheap test, as it walks the report so far
    verb = tok.head if tok.dep_ == "advcl" else None
    conducting = verb is not None and verb.lemma_.lower() in cues.words["campaign"] and any(
        c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() in ("operation", "sweep")
        for c in verb.children)
    progressive = tok.dep_ in ("ROOT", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are") for c in tok.children)
    if not (conducting or progressive):
        return False
    if progressive and names_a_place(doc, {t.i for t in clause.tokens}):
        return False   # operations conducted "in the border regions" name no incident's place
    sent = clause.sent
    return not _day_told_in(doc, sent)


def _counts_its_span(verb: Token, cues: Modality) -> bool:
    """"entered its second week", "reached its 100th day": a verb whose object is a day,
    week, month or year of the subject's own, counted."""
    return verb.lemma_.lower() in cues.words["entered_span"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in cues.words["span_of"]
        and any(g.dep_ in ("poss", "amod", "nummod") for g in c.children)
        for c in verb.children)


def _simple_present(doc: Doc, clause: Clause) -> bool:
    """"Gunmen ambush police convoys and kidnap migrants", "women are attacked when they go
    out": news tells a deed in the past or the present perfect, so a verb in the simple
    present (active or passive), in a sentence that names no day or week, says what
    happens as a rule. Not the report's lead (its first sentence with a verb), where a
    headline or a lead in the present tells news ("Gunmen kill five in X")."""
    root = clause.root
    if root.pos_ != "VERB" or not any(t.pos_ in ("VERB", "AUX")
                                      for t in doc[:clause.sent.start]):
        return False   # the lead: no sentence before it but a verbless slug or dateline
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    # "militants burn houses and kill villagers": the parser tags the second present verb
    # of a pair as a base form
    joined = root.dep_ == "conj" and root.tag_ == "VB" and root.head.tag_ in ("VBP", "VBZ") \
        and not any(c.dep_ in ("aux", "auxpass") for c in root.head.children)
    if root.tag_ in ("VBP", "VBZ") or joined:
        verb = root.head if root.dep_ == "conj" else root
        present = not auxes and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                                    for c in verb.children)   # not a misparsed "reports strikes"
    else:
        present = root.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
            and auxes[0].tag_ in ("VBP", "VBZ") and auxes[0].lemma_ == "be"
    if not present or not any(doc[m.start].i == root.i for m in clause.triggers):
        return False
    sent = clause.sent
    return not _day_told_in(doc, sent)


def _ongoing(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The talks come as fighting rages in the north", "the ongoing conflict", "clashes
    are still ongoing": the war told as a state that goes on, in a sentence that names no
    day or week nor a place of its own, is the report's backdrop, not an incident at a
    place and day. Read on the
    trigger noun: its modifiers, the present-tense verb it is the subject of, or the word
    right after it (the small parser reads "fighting rages" as a noun and a plural). Not
    the report's lead, where "Fighting rages in X" is the news."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[:clause.sent.start]):
        return False
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    words = cues.words["ongoing"]
    if tok.pos_ not in ("NOUN", "VERB") or tok.pos_ == "VERB" and tok.tag_ != "VBG":
        return False
    head = tok.head
    goes_on = any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in tok.children) \
        or (tok.dep_ == "nsubj" and head.lower_ in words) \
        or (tok.dep_ == "nsubj" and head.lemma_ == "be"
            and any(c.dep_ == "acomp" and c.lower_ in words for c in head.children)) \
        or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in words
            and doc[tok.i + 1].tag_ in ("VBZ", "VBP", "NNS"))
    if not goes_on or names_a_place(doc, {t.i for t in clause.tokens}):
        return False   # "heavy fighting continues near X" in a live blog is news from X
    sent = clause.sent
    return not _day_told_in(doc, sent)


def _trend(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Kidnappings rose sharply this year", "attacks have doubled": events counted as a
    trend, the subject of a verb of rising or falling, with no day of their own."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    if tok.dep_ == "conj" and tok.head.dep_ == "nsubj":
        tok = tok.head   # "killings and kidnappings rose"
    return (tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NN")
            and tok.head.lemma_.lower() in cues.words["trend"]
            and not any(c.dep_ == "dobj" for c in tok.head.children)
            and not any(c.dep_ == "det" for c in tok.children)
            and not _day_named(doc, clause))


# Counts of deeds large enough to be a record, not one incident ("40 attacks").
COUNTED_DEEDS_MIN = 10


def _counted_deeds(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The group has carried out dozens of attacks in the county", "militants had staged a
    string of raids on police posts": the clause's deed is a plural noun counted in the
    many or as a series, told in the perfect with no day or week in its sentence: a side's
    record, a tally of incidents, not one. Not the report's lead, not a sentence with its
    day, and not the series as the subject ("a wave of bombings has killed 30 people" is
    news)."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[:clause.sent.start]):
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.root.children):
        return False
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    words = cues.words["counted_deeds"]
    top = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in words:
        top = tok.head.head   # "dozens of attacks"
    elif not any(c.dep_ in ("amod", "nummod") and (
            c.lower_ in words or _number(c) >= COUNTED_DEEDS_MIN) for c in tok.children):
        return False
    if top.dep_ in ("nsubj", "nsubjpass"):
        return False   # "a wave of bombings has killed 30 people": the series is the news
    return not _day_of_the_deed_told(doc, clause, cues)


def _day_of_the_deed_told(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """Whether the clause's sentence names a day, relative day or week that is not only
    the day of a verb of saying above the clause ("the president told troops on Sunday that
    they had defeated the militants in dozens of battles": Sunday is the speech's)."""
    sent = clause.sent
    return any(sent.start_char <= date.start_char < sent.end_char
               and date.kind in DAY_KINDS and not _day_of_the_saying(clause, date, cues)
               for date in doc._.dates or [])


def _day_of_the_saying(clause: Clause, date, cues: Modality) -> bool:
    """Whether `date` hangs on a verb of saying above the clause, outside its own words."""
    sent = clause.sent
    tok = next((t for t in sent if t.idx <= date.start_char < t.idx + len(t.text)), None)
    inside = {t.i for t in clause.tokens}
    if tok is None or tok.i in inside:
        return False
    for head in tok.ancestors:
        if head.i in inside:
            return False
        if head.lemma_.lower() in cues.words["speech"] and clause.root in head.subtree:
            return True
    return False


def _deed_date_kinds(doc: Doc, clause: Clause, start: int, end: int) -> set[str]:
    """The kinds of the dates between `start` and `end` but those of a saying ("killed in
    the conflict, the monitor said on Monday": Monday is the saying's)."""
    cues = modality()
    return {d.kind for d in doc._.dates or [] if start <= d.start_char < end
            and not _day_of_the_saying(clause, d, cues)}


BEGAN = frozenset({"begin", "start", "erupt", "break", "flare", "spark", "trigger", "ignite"})


def _war_began(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The war, which began after rebels attacked an army base", "the conflict erupted
    when troops entered the region": the deed told as how a war began is its origin,
    history, in a sentence that names no date (a dated one is the date cues'). Read on the
    verb of beginning above the clause ("after" / "when"), whose subject is one of `words`
    (not "fighting" or "clashes", which begin as news: "clashes erupted on Monday after
    police fired")."""
    verb = clause.root
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod")
                                       and c.lower_ in ("after", "when") for c in verb.children):
        return False
    began = verb.head
    if began.lemma_.lower() not in BEGAN:
        return False
    subject = next((c for c in began.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lemma_.lower() in ("which", "that") \
            and began.dep_ == "relcl":
        subject = began.head   # "the war, which began after …"
    if subject is None or subject.lemma_.lower() not in cues.words["war_began"]:
        return False
    sent = clause.sent   # a dated origin is left to the date cues ("began in 2011 when …")
    return not _date_told_in(doc, sent)


# Verbs whose "several times" counts the shots or blows of one deed.
BLOWS = frozenset({"shoot", "stab", "hit", "strike", "beat", "hack", "slash", "punch"})


def _iterative(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The army has shelled the town several times since the truce", "the town was shelled
    repeatedly during the conflict", "bandits attacked the village on many occasions": a
    deed said to recur, in a sentence with no day or week, is a span of incidents, not one.
    Read on the verb's adverbs ("repeatedly") and its counted "times" or "occasions" (not a
    number: "shot three times" is one deed). Not a deed done to one person ("stabbed the
    man several times", "shot him repeatedly"), which is one incident."""
    root = clause.root
    words = cues.words["iterative"]
    recurs = False
    for c in root.children:
        if c.dep_ == "advmod" and c.lower_ in words:
            recurs = True
        elif c.dep_ == "npadvmod" and c.lemma_.lower() == "time":
            recurs = recurs or any(g.dep_ == "amod" and g.lower_ in words for g in c.children)
        elif c.dep_ == "prep" and c.lower_ == "on":
            recurs = recurs or any(
                g.dep_ == "pobj" and g.lemma_.lower() == "occasion"
                and any(a.dep_ == "amod" and a.lower_ in words for a in g.children)
                for g in c.children)
    if not recurs or root.lemma_.lower() in BLOWS:
        return False   # "shot Gallagher several times": the shots or blows of one deed
    if any(c.dep_ in ("dobj", "nsubjpass") and (c.tag_ in ("NN", "PRP") or c.lower_ in (
            "him", "her") or c.ent_type_ == "PERSON") for c in root.children):
        return False
    sent = clause.sent
    return not _day_told_in(doc, sent)


# Days after publication that a report may still tell as past: a dateline's time zone.
FUTURE_SLACK_DAYS = 1


def _future_day(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """The deed is dated after the report ("a protest planned for Saturday", "will march
    next Friday", "a rally tomorrow"): what is to come has not happened. Read on the
    clause's own dates: one later than publication (by more than a time zone's day, or
    said as "next" or "tomorrow"), a day after a "for" ("announced a protest for
    Saturday"), and `words` said as a time of the clause."""
    published = doc._.published
    starts = {t.idx: t for t in _said_of_the_deed(clause)}
    for date in doc._.dates or []:
        tok = starts.get(date.start_char)
        if tok is None or date.kind not in ("day", "relative", "week"):
            continue
        ahead = (date.date - published).days if date.date and published else 0
        if ahead > FUTURE_SLACK_DAYS or (ahead > 0 and date.text.lower().startswith(
                tuple(cues.words["future_day"]))):
            return True
        if date.kind != "day" or date.date is None:
            continue   # "fought for several hours" is a span, not a day to come
        word = tok if tok.pos_ in ("PROPN", "NOUN", "NUM") else next(
            (c for c in tok.children if c.dep_ == "pobj"), tok)
        if word.dep_ == "pobj" and word.head.lower_ == "for":
            return True   # "announced a protest for Saturday"
    # "activists announced a march tomorrow"; not "next to the bus"
    return any(t.lower_ in cues.words["future_day"] and t.dep_ == "npadvmod"
               for t in starts.values())


def _said_of_the_deed(clause: Clause) -> list[Token]:
    """The clause's words, and for a deed named by a noun the verb's times and adjuncts
    ("announced a protest for Saturday", "called a march tomorrow")."""
    root = clause.root
    words = list(clause.tokens)
    if root.pos_ == "NOUN" and root.dep_ == "dobj":
        words += [t for c in root.head.children if c.dep_ in ("npadvmod", "advmod", "prep")
                  for t in c.subtree]
    return words


def _day_named(doc: Doc, clause: Clause) -> bool:
    """A day or a relative day among the clause's own words ("… were killed Saturday")."""
    starts = {t.idx for t in clause.tokens}
    return any(d.kind in ("day", "relative") and d.start_char in starts
               for d in doc._.dates or [])


def _under_irrealis_head(doc: Doc, clause: Clause, cues: Modality) -> str | None:
    """Negation on the trigger itself, then the heads from the trigger up through its
    clause and beyond: "plans to retake", "fear that militants will storm"."""
    trigger = main_trigger(doc, clause)
    tok = doc[trigger.start:trigger.end].root
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children):
        return "negation"
    if tok.head.lower_ in cues.negating_preps:
        return "negation"
    if any(c.dep_ == "det" and c.lower_ in cues.negating_determiners for c in tok.children):
        return "negation"
    if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ in cues.words["simile"]
                                  and not doc[c.i - 1].is_punct
                                  for c in (*tok.children, *clause.root.children)):
        return "simile"   # "the team fought like soldiers"; not "(some, like my mom, …)"
    for name in cues.by_place["trigger_modifier"]:
        if any(c.dep_ in ("amod", "compound") and (c.lower_ in cues.words[name]
                                                   or c.lemma_.lower() in cues.words[name])
               for c in tok.children):
            return name   # "a draft truce", "an imminent attack"
    t, came_by, via_for = tok, "", False
    for _ in range(12):
        lemma, lower = t.lemma_.lower(), t.lower_   # read once for all the cue lists
        for name in cues.by_place["above_trigger"]:
            if lemma in cues.words[name] or lower in cues.words[name]:
                if name == "attempt" and (_attempt_fought_off(t)
                                          or _attempt_met_by_a_deed(doc, clause, t)):
                    continue
                if name == "threat" and trigger.end - trigger.start > 1 \
                        and trigger.start <= t.i < trigger.end:
                    continue   # "pledged allegiance": the vow is the deed the trigger names
                if name == "fear" and _fear_that_told(t):
                    continue
                if name == "scheduled" and came_by != "xcomp":
                    continue   # only "are set to protest": not "set fire"
                if (name == "concern" or (name == "accusation"
                                          and t.lemma_.lower() in JUDGING)) \
                        and _deed_dated(doc, clause):
                    continue   # "concerned by reports that four women were raped by armed
                    # men on 29 January in Nizi", "condemns the attack carried out on 2
                    # February": an incident of its own day
                if name == "disposition" and (came_by in HUNG_CLAUSES or not (
                        came_by == "xcomp" or via_for)):
                    continue   # only "known to kidnap", "notorious for kidnapping": not "it
                    # is not known how many were killed when …", "also known as X"
                if name == "retaliation" and (clause.root in t.ancestors or not (
                        via_for or (t.lemma_.lower() == "avenge" and came_by == "dobj"))):
                    continue   # "burned homes in reprisal for an attack", "retaliated
                    # with heavy bombing, killing 12": the burning and the bombing are told
                return name
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in cues.words["modal"]
                                             for c in t.children):
            return "modal"
        # a verb above the trigger's own: "told the judges that …", "the court heard that
        # …" (not "stormed a court, killing a judge")
        if t.pos_ == "VERB" and t.i != tok.i and (t.i != clause.root.i
                                                  or came_by in ("ccomp", "prep")):
            for name in cues.by_place["parties_above"]:
                if any(p.lemma_.lower() in cues.words[name] for p in _parties(t)):
                    return name   # "prosecutors told the judges that fighters attacked …"
        if t.dep_ == "prep" and t.lower_ in ("since", "after") and any(
                _counted_years(span, cues) for span in (t.head, *t.head.children,
                                                        *t.children)):
            # "marked ten years since the signing of the agreement", "a year after the
            # explosion at the port"
            return "years_after"
        # a co-ordinated clause is not under its sibling's modality, nor is one across a
        # semicolon
        # ("told the court that fighters killed civilians and raped women": a deed joined
        # to one that is told under another verb is told under it too)
        if t.head.i == t.i or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                               and t.head.dep_ != "ccomp") \
                or semicolon_between(doc, t.i, t.head.i):
            break
        came_by, via_for = t.dep_, via_for or (t.dep_ == "prep" and t.lower_ == "for")
        t = t.head
    return None


def _parties(verb: Token) -> list[Token]:
    """The subject, object and addressee of a verb ("the court heard", "told the judges",
    "said to the tribunal"), and where it went ("went on trial over …")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "before", "on")
              for g in c.children if g.dep_ == "pobj"]
    return found


def _fear_that_told(word: Token) -> bool:
    """"Forty villagers were feared killed on Monday", "troops were able to repel the
    attack": a death reported with the caution of "feared" (a passive "feared" followed
    by its participle or adjective: "feared killed", "feared dead"), and a deed someone
    "was able" to do, took place."""
    if word.lemma_.lower() == "fear":
        after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        return word.tag_ == "VBN" and after is not None and after.head.i == word.i \
            and after.tag_ in ("VBN", "JJ") and any(c.dep_ == "auxpass" for c in word.children)
    return word.lower_ == "able" and word.dep_ == "acomp" and word.head.tag_ == "VBD"


def _attempt_met_by_a_deed(doc: Doc, clause: Clause, attempt: Token) -> bool:
    """"The seven were shot as they tried to ambush a police patrol", "two policemen were
    killed as they tried to defuse a bomb": the attempt is a clause hung on the clause's
    own verb, and that verb is a deed of its own (a trigger word): the deed took place,
    whatever was tried. Not an attempt to defuse or intercept ("killed as they tried to
    defuse a bomb": the bomb went off, no weapon was disrupted)."""
    root = clause.root
    if attempt.dep_ != "advcl" or attempt.head.i != root.i \
            or main_trigger(doc, clause).category == "disrupted":
        return False
    return any(m.start <= root.i < m.end for m in clause.triggers)


def _attempt_fought_off(attempt: Token) -> bool:
    """"Militants who tried to storm the post were pushed back / repelled": those who tried
    were fought off, so the attack they tried took place."""
    if attempt.dep_ != "relcl":
        return False
    verb = attempt.head.head
    lemma = verb.lemma_.lower()
    return lemma in FOUGHT_OFF or (lemma in FOUGHT_BACK and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children))


def _toll_start(doc: Doc, clause: Clause, end: int) -> int:
    """Where a trailing toll participle starts ("…, killing at least 18 people across the
    country"), else `end`: a toll summed over places does not make the deed before it an
    aggregate."""
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


def background(doc: Doc, clause: Clause) -> str | None:
    """Aggregates with no single day or place: "since 2011", "have killed 500 since
    December", "18 people had been killed across the country"."""
    start, end = clause_span_chars(doc, clause)
    if is_weak(clause):
        # a bare toll is read with its whole sentence: "… killed and 185 wounded across
        # the city since Sunday"
        sent = clause.sent
        start, end = sent.start_char, sent.end_char
        if re.search(r"\bsince\b", doc_text(doc)[start:end].lower()):
            return "since_tally"
    adjuncts = "".join(" " + adjunct.lower() for adjunct in _adjuncts_of_the_verb(clause))
    if (_aggregate_told(doc, clause, start, _toll_start(doc, clause, end))
            or any(cue in adjuncts for cue in modality().aggregate)) \
            and not clause.categories() & NATIONWIDE_BY_NATURE:
        return "aggregate"
    kinds = {d.kind for d in doc._.dates or [] if start <= d.start_char < end}
    if "background" in kinds and not kinds & {"day", "relative"} \
            and not _fighting_since_days_ago(doc, clause, start, end):
        return "background_date"
    if _deed_date_kinds(doc, clause, start, end) <= {"background"} \
            and _timed_by_a_war(doc, clause):
        return "war_as_time"   # "… killed in the conflict, the monitor said on Monday"
    perfect = _present_perfect(clause)
    if _past_perfect_tally(doc, clause, kinds):
        return "past_perfect_tally"
    if _standing_deployment(doc, clause, kinds):
        return "standing_deployment"
    # the present perfect's tallies are perfect_tally's, below, unless a day stops them
    # there that is only the saying's ("the war has killed 150,000, the UN said on Tuesday")
    if (not perfect or kinds & {"day", "relative", "week"}) \
            and _war_toll(doc, clause, start, end):
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
    if (few_acted_upon(clause) or _few_killed_in_passing(clause)) \
            and (doer or not is_weak(clause)):
        return None
    if clause.categories() & GROUND_TAKEN and named_ground(clause):
        return None
    if {m.category for m in clause.triggers} <= {"kill"} and not _side_killed_some(doc, clause):
        return "perfect_tally"
    sent = clause.sent
    dated = _day_told_in(doc, sent)
    placed = names_a_place(doc, {t.i for t in clause.tokens}) or _ground_named(clause)
    if placed and _war_toll(doc, clause, start, end):
        return "war_toll"   # "fighting in X has killed thousands": its place named
    return None if dated or placed else "perfect_tally"


def _present_perfect(clause: Clause) -> bool:
    """The clause's verb is in the present perfect, or is a bare participle with its own
    subject joined to one, whose auxiliaries it shares ("markets have been looted and
    hospitals shelled"). Not a toll joined so ("five have been killed and many wounded"),
    which is the first deed's."""
    def own(v: Token) -> bool:
        return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
                   for c in v.children)
    verb = clause.root
    if own(verb):
        return True
    children = {c.dep_ for c in verb.children}
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and own(verb.head) \
        and "nsubj" in children and not children & {"aux", "auxpass"} \
        and "kill" not in clause.categories()


def _ground_named(clause: Clause) -> bool:
    """A word of ground named by its own name anywhere in the clause, whether or not the
    index knows the name ("have achieved significant advances on the Sirwah front", "have
    shelled the Kokkadicholai base"): a deed at one place, news, not a tally like "both
    sides have shelled residential areas"."""
    ground = lexicon()["ground_words"]
    return any(t.lemma_.lower() in ground and t.pos_ == "NOUN"
               and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
               for t in clause.tokens)


DEPLOYING = frozenset({"deploy", "mobilise", "mobilize"})


def _standing_deployment(doc: Doc, clause: Clause, kinds: set[str]) -> bool:
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
    return not _day_told_in(doc, sent)


def _past_perfect_tally(doc: Doc, clause: Clause, kinds: set[str]) -> bool:
    """"The government said more than 700 people had been detained", "its troops had seized
    more than 60 positions": a deed told in the past perfect, done to many, with no day in
    its sentence, is the tally of a span, not one incident ("had killed five villagers",
    "had stormed the village": one deed, news)."""
    if kinds & {"day", "relative", "week"}:
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD"
               for c in clause.root.children):
        return False
    if not many_acted_upon(clause) or one_incident(doc, clause):
        return False
    sent = clause.sent
    return not _day_told_in(doc, sent)


# How recent the start of fighting told with "since" must be for the fighting to be news
# going on, not a span of the past.
FIGHTING_SINCE_MAX_DAYS = 7


def _fighting_since_days_ago(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """"Heavy clashes have been reported in X since Wednesday", "fighting has raged since
    Sunday": fighting that began a few days ago and is going on is happening (GUIDELINES,
    What is an event), not background like "have shelled the town since 2014"."""
    published = doc._.published
    if published is None or not clause.categories() & {"clash"} or is_weak(clause):
        return False
    spans = [d for d in doc._.dates or [] if start <= d.start_char < end
             and d.kind == "background"]
    return bool(spans) and all(
        d.text.lower().startswith("since") and d.date is not None
        and 0 <= (published - d.date).days <= FIGHTING_SINCE_MAX_DAYS for d in spans)


def _aggregate_told(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """An aggregate's words ("in recent weeks", "across the country") said of the clause's
    own deed: not in a clause hung on one of its words ("captured on Monday near X, a
    region where earlier this year unrest forced firms out", "killed in 12 districts as
    clashes erupted across the country"), which tells another time or deed. A bare toll
    is read with its whole sentence."""
    lowered = doc_text(doc)[start:end].lower()
    for cue in modality().aggregate:
        at = lowered.find(cue)
        while at >= 0:
            if is_weak(clause) or not _in_a_hung_clause(doc, clause, start + at):
                return True
            at = lowered.find(cue, at + 1)
    for pattern in modality().aggregate_patterns:
        for found in pattern.finditer(lowered):
            if is_weak(clause) or not (_in_a_hung_clause(doc, clause, start + found.start())
                                       or _in_a_participle(doc, clause, start + found.start())):
                return True
    return False


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


def _war_toll(doc: Doc, clause: Clause, start: int, end: int) -> bool:
    """"The insurgency that followed killed hundreds of thousands", "gunmen killed about
    1,200 people" with no day in the sentence: a toll of a war's size, told with no day,
    is history or a tally, not one incident told as news."""
    if "kill" not in {m.category for m in clause.triggers}:
        return False
    deeds = {i for m in doc._.triggers or [] if m.category != "kill"
             for i in range(m.start, m.end)}
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
    return not _day_of_the_deed_told(doc, clause, modality())


def told_on_that_day(doc: Doc, clause: Clause) -> bool:
    """"Suicide bombers struck three churches that day", "shot dead on the night of the
    attack": the clause's day is one told before; in a report that has coded no event
    yet and has named a year before its own, that day is the history the report recalls
    (a trial, an anniversary)."""
    published = doc._.published
    start, end = clause_span_chars(doc, clause)
    if published is None or not any(int(year) < published.year for year in
                                     re.findall(r"\b(1[89]\d\d|20\d\d)\b", doc_text(doc)[:start])):
        return False
    lowered = doc_text(doc)[start:end].lower()
    return any(re.search(rf"\b{re.escape(words)}\b", lowered)
               for words in modality().words["that_day"])


def _side_killed_some(doc: Doc, clause: Clause) -> bool:
    """"Units of the army have neutralised several dozen terrorists in the X area": an
    armed or state side named as the doer of a count of the dead below a war's toll is an
    operation's result, news when a place or a day is named (checked after); "the war has
    killed thousands" and "troops have killed hundreds of civilians" stay tallies."""
    armed = {i for m in doc._.actors or [] if m.role_hint in ("armed", "state", "international")
             for i in range(m.start, m.end)}
    subjects = [c for c in clause.root.children if c.dep_ == "nsubj"]
    if not any(t.i in armed for s in subjects for t in s.subtree):
        return False
    for obj in clause.root.children:
        if obj.dep_ != "dobj":
            continue
        counts = [t for t in obj.subtree if t.like_num or t.lower_ in WAR_TOLL_WORDS]
        return not any(t.lower_ in WAR_TOLL_WORDS or _number(t) >= WAR_TOLL_MIN
                       for t in counts)
    return False


# Counts that make a war's toll, not one operation's ("hundreds", "thousands", 100 and up).
WAR_TOLL_WORDS = {"hundred", "hundreds", "thousand", "thousands", "million", "millions"}
WAR_TOLL_MIN = 100


def _number(tok: Token) -> int:
    digits = tok.text.replace(",", "")
    return int(digits) if digits.isdigit() else 0


def one_incident(doc: Doc, clause: Clause) -> bool:
    """The clause's subject is a single weapon or attack, counted as one ("a roadside bomb
    has killed nine", "an air strike has hit a school"), or the toll is said to be of one
    ("25 people have been killed in a suicide attack in the capital"): an incident, not a
    tally."""
    trigger_tokens = {i for m in doc._.triggers or [] if m.category != "kill"
                      for i in range(m.start, m.end)}
    # the toll's incident is the noun itself ("in a suicide attack"; not "in a week of
    # fighting")
    told = [g for c in clause.root.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
            for g in c.children if g.dep_ == "pobj" and g.i in trigger_tokens]
    for subject in [c for c in clause.root.children if c.dep_ in ("nsubj", "nsubjpass")] + told:
        if subject.tag_ != "NN":
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children) and \
                any(t.i in trigger_tokens for t in subject.subtree):
            return True
    return False


# Counts small enough to be one incident's, not a war's toll ("seven hunters", "a local
# official"; not "thousands", "dozens").
FEW_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty", "a", "an"}
FEW_MAX = 20


def few_acted_upon(clause: Clause) -> bool:
    """The deed's object is one person or thing ("have shot dead a local official",
    "have captured a former party official") or a few counted ("seven hunters have been
    shot dead"): one incident told in the present perfect, news (GUIDELINES, Dates), not
    a tally like "both sides have shelled residential areas"."""
    for obj in clause.root.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        counts = [c.lower_ for c in obj.children if c.dep_ == "nummod"]
        if counts:
            if all(w in FEW_WORDS or (w.isdigit() and int(w) <= FEW_MAX) for w in counts):
                return True
        elif any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            return True   # "a local official"; not "an estimated 250,000 people"
    return False


# Verbs of a toll told as a participle after the deed ("…, killing 11 people").
TOLL_PARTICIPLES = frozenset({"kill", "wound", "injure", "leave"})


def _few_killed_in_passing(clause: Clause) -> bool:
    """The deed's toll told as a participle and counted as a few ("gunmen have shot their
    way through a drug rehabilitation centre, killing 11 people", "jets have bombed
    villages, killing 12 civilians"): the toll of one incident, news, not a war's tally.
    Reuses `few_acted_upon`'s counts."""
    for verb in clause.root.children:
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ != "VBG" \
                or verb.lemma_.lower() not in TOLL_PARTICIPLES:
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            counts = [c.lower_ for c in obj.children if c.dep_ == "nummod"]
            if counts and all(w in FEW_WORDS or (w.isdigit() and int(w) <= FEW_MAX)
                              for w in counts):
                return True
    return False


# Counts large enough to be a tally's, not one incident's ("more than 700 people", "hundreds
# of protesters"); between FEW_MAX and MANY_MIN a count says neither.
MANY_WORDS = {"hundreds", "thousands", "millions"}
MANY_MIN = 50


def many_acted_upon(clause: Clause) -> bool:
    """The deed's object is counted in the many ("more than 700 'criminals' had been
    detained", "had seized more than 60 positions", "had arrested hundreds of people")."""
    for obj in clause.root.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        if obj.lower_ in MANY_WORDS:
            return True
        counts = [c for c in obj.children if c.dep_ == "nummod"]
        # a count the parser hung elsewhere across a quote ("700 'criminals'")
        before = obj.i - 1
        while before >= 0 and obj.doc[before].is_quote:
            before -= 1
        if before < obj.i - 1 and obj.doc[before].pos_ == "NUM":
            counts.append(obj.doc[before])
        if any(c.lower_ in MANY_WORDS or _number(c) >= MANY_MIN for c in counts):
            return True
    return False


# Trigger categories of ground changing hands: what they take is one place, named.
GROUND_TAKEN = frozenset({"capture", "recapture", "withdraw"})


def named_ground(clause: Clause) -> bool:
    """Ground taken or left is named by its own name, whether or not the gazetteer knows it
    ("have captured Biju Hill", "have entered Zabdeen", "have captured the Kokkadicholai base
    of the Tigers", "have managed to capture Biju Hill"): one place changing hands told in
    the present perfect, news (GUIDELINES, Dates), not a tally like "have captured several
    towns"."""
    verbs = [clause.root] + [c for c in clause.root.children if c.dep_ == "xcomp"]
    for obj in (o for v in verbs for o in v.children):
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        if any(c.dep_ == "nummod" for c in obj.children):
            return False
        named = obj.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                           for c in obj.children)
        # a place's name, or a name on a word of ground ("the Kokkadicholai base"); not a
        # person's ("the Pocket Man has been captured")
        if named and (obj.ent_type_ in PLACE_ENTITIES
                      or obj.lemma_.lower() in lexicon()["ground_words"]):
            return True
    return False


# Named-entity labels of places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _timed_by_a_war(doc: Doc, clause: Clause) -> bool:
    """"captured in the 1967 war", "during the occupation": a war named as the only time
    of the deed, on its verb or its trigger word ("in an invasion of the town" is an
    incident, not a time)."""
    cues = modality()
    match = main_trigger(doc, clause)
    trigger = doc[match.start:match.end].root
    return any(prep.dep_ == "prep" and prep.lower_ in cues.war_preps
               and any(g.dep_ == "pobj" and g.lemma_.lower() in cues.words["war_as_time"]
                       and not any(d.lower_ in ("a", "an") for d in g.children)
                       and not (g.lemma_.lower() == "conflict"
                                and any(d.lower_ == "between" for d in g.children))
                       for g in prep.children)
               for head in {clause.root, trigger} for prep in head.children)


def named_again(doc: Doc, clause: Clause) -> bool:
    """"The protests came as …": only definite nouns, as subjects, name the event — one
    told before, not a new one."""
    if any(m.category == "kill" for m in clause.triggers):
        return False
    for m in clause.triggers:
        tok = doc[m.start:m.end].root
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                   for c in tok.children):
            return False
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if _where_it_was_heaviest(doc, clause, tok):
            return False
    return clause.root.lemma_.lower() not in lexicon()["strike_verbs"]


def told_where_or_when(doc: Doc, clause: Clause) -> bool:
    """"The attack occurred in the X district", "the blast happened on Monday": a deed named
    with "the" that gives its own place or day. Where no event was told before it (the
    headline is never coded), it is the report's first telling, not one named again."""
    return names_a_place(doc, {t.i for t in clause.tokens}) or tells_a_day(doc, clause)


def _where_it_was_heaviest(doc: Doc, clause: Clause, noun: Token) -> bool:
    """"The heaviest fighting was in X and Y", "the worst clashes took place near Z": a
    superlative on the event's noun locates the incident told in summary at the places
    the clause names, each an event of its own."""
    if not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children):
        return False
    ids = {t.i for t in clause.tokens} - {t.i for t in noun.subtree}
    return any(m.start in ids and m.kind == "place" for m in doc._.places or [])


def is_old_news(doc: Doc, date: dt.date | None, precision: int | None) -> bool:
    """Events over a month before publication (a week for a month-only date) are
    background ("the ceasefire agreed in Minsk in September")."""
    published = doc._.published
    if published is None or date is None:
        return False
    age = (published - date).days
    cues = modality()
    return age > cues.max_age_days or (precision == 3 and age > cues.month_max_age_days)
