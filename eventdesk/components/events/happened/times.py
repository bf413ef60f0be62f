"""The deed's days: whether a sentence or clause names a day of its own, which day is only
a saying's or a report's publication, and the days that make a deed history, old news or
still to come. Most cues that read a deed as record stand down for a dated one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import clause_span_chars, main_trigger
from eventdesk.components.events.happened.table import Modality, modality
from eventdesk.components.events.preamble import preamble_end
from eventdesk.components.saying import saying_verbs
from eventdesk.components.trigger_senses import day_below, past_day_on_a_present_judging
from eventdesk.components.triggers import Clause
from eventdesk.extensions import climb, doc_ext, doc_text, span_root

# Clauses hung on a word of another clause: what they say of time is theirs, not its.
HUNG_CLAUSES = frozenset({"relcl", "advcl", "ccomp"})
# Marks of a past clause that tells what a main clause follows on ("are trying to rebuild
# after gunmen burned the market"): the deed is told as done, whatever the main clause is.
DONE_BEFORE = frozenset({"after"})


def narrated_past(modal: Token, cues: Modality) -> bool:
    """"They would later execute their prisoners", "airstrikes would lead the way today":
    "would" with a time already past, on a verb of the writer's own telling (not one a
    saying reports: "said militants would later attack") and under no condition ("would
    attack today if the army left"), narrates what happened."""
    verb = modal.head
    return modal.lower_ == "would" and verb.dep_ in ("ROOT", "conj") and any(
        c.dep_ in ("advmod", "npadvmod") and c.lower_ in cues.narrated for c in verb.children
    ) and not any(g.dep_ == "mark" and g.lower_ in cues.words["condition"]
                  for c in verb.children if c.dep_ == "advcl" for g in c.children)


def told_as_done_before(verb: Token, cues: Modality) -> bool:
    """A past verb of an "after" clause: what the main clause does or tries follows on it.
    Not under a modal ("would storm the town after jets bombed it": the past of a plan or
    threat, not yet done) nor a condition ("only after the army left")."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in DONE_BEFORE]
    main = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBD" and bool(marks) and not any(
        c.lower_ == "only" for t in (verb, *marks) for c in t.children) and not any(
        c.dep_ == "aux" and c.lower_ in cues.words["modal"] and not narrated_past(c, cues)
        for c in main.children)


DAY_KINDS = ("day", "relative", "week")


def date_told_in(doc: Doc, sent, kinds: tuple[str, ...] | None = None) -> bool:
    """Whether the sentence holds a date mention (of one of `kinds`, when given): the
    cues that read a deed as record or history stand down for a dated sentence."""
    return any(sent.start_char <= d.start_char < sent.end_char
               and (kinds is None or d.kind in kinds) for d in doc_ext(doc, "dates") or [])


def day_told_in(doc: Doc, sent) -> bool:
    """Whether the sentence names the deed's day, week or a relative day."""
    return date_told_in(doc, sent, DAY_KINDS)


def day_resolved_in(doc: Doc, sent) -> bool:
    """Whether the sentence names a day, week or relative day that resolves to a date:
    not a span read as one ("shot residents over three days before throwing …")."""
    return any(sent.start_char <= d.start_char < sent.end_char and d.kind in DAY_KINDS
               and d.date is not None for d in doc_ext(doc, "dates") or [])


NOUNS = frozenset({"NOUN", "PROPN"})


def deed_dated(doc: Doc, clause: Clause) -> bool:
    """The deed under a condemnation or a concern is told with its own day
    ("condemns the attack carried out in the early hours of 2 February by militiamen on the
    displacement site", "concerned by reports that four women were raped by armed men on
    29 January"): an incident of its own, told as news (a statement's usual way of telling
    what happened), not a judgement with no incident ("militants commit war crimes"). The
    day must sit under the trigger word itself, not on the verb of judging ("condemned the
    attacks on Monday": the day of the condemnation). A deed named after "of" takes the
    day of the noun it hangs on ("notes the discovery on 11 June of mass graves")."""
    match = main_trigger(doc, clause)
    tok = span_root(doc, match.start, match.end)
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in NOUNS:
        tok = tok.head.head   # "the discovery on 11 June of eight mass graves"
        if tok.dep_ == "pobj" and tok.ent_type_ == "DATE":
            tok = tok.head    # the graves parsed as "of" the day: "on 11 June of graves"
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.dep_ == "acl":
        tok = tok.head.head.head   # the weapon as the doer: "the strikes carried out by
        # drones on 6 August", the day on the participle of the deed's noun
    if tok.dep_ == "nsubj" and tok.head.tag_ == "VBD" and tok.head.dep_ == "advcl":
        tok = tok.head   # the doer as the trigger in a when/after/as clause: "killed as a
        # bomber detonated a vest beside his car on Friday", the day on the doer's verb; not a
        # deed noun the parser makes a participle's subject ("the raid carried out on ...")
    return day_below(tok) or past_day_on_a_present_judging(clause.root) \
        or _toll_beside_the_judging(clause.root)


# Verbs of a toll told as a participle beside a verb of judging ("…, killing 23 patients")
TOLL_PARTICIPLES = frozenset({"kill", "wound", "injure"})


def _toll_beside_the_judging(verb: Token) -> bool:
    """"Norway firmly denounced the shelling of a clinic in X late on Sunday, killing at
    least 23 patients": a counted toll told as a participle on the verb of judging — a
    toll no condemnation takes — is the judged deed's, told as an incident of its own (a
    foreign ministry's statement or a state agency's lead tells the news so), as a day is."""
    return any(t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in TOLL_PARTICIPLES
               and any(o.dep_ == "dobj" and any(n.dep_ == "nummod" and n.like_num
                                                for n in o.children) for o in t.children)
               for t in verb.children)


def counted_years(span: Token, cues: Modality) -> bool:
    """"ten years", "six months", "a year": a counted span long enough to make a deed
    history."""
    return span.lemma_.lower() in cues.words["years_after"] \
        and any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                for c in span.children)


def span_before(prep: Token, cues: Modality) -> bool:
    """"ten years since …", "a year after …": a preposition of time after a counted span
    of years or months, which makes the deed it governs history."""
    return prep.dep_ == "prep" and prep.lower_ in ("since", "after") and any(
        counted_years(span, cues) for span in (prep.head, *prep.head.children, *prep.children))


def day_of_the_deed_told(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """Whether the clause's sentence names a day, relative day or week that is not only
    the day of a verb of saying above the clause ("the president told troops on Sunday that
    they had defeated the militants in dozens of battles": Sunday is the speech's), nor the
    day of the dateline the sentence opens with ("(Nairobi, May 3, 2024) - ...")."""
    sent = clause.sent
    start = max(sent.start_char, preamble_end(doc))
    return any(start <= date.start_char < sent.end_char
               and date.kind in DAY_KINDS and not _day_of_the_saying(clause, date, cues)
               and not _day_of_the_subject(clause, date)
               for date in doc_ext(doc, "dates") or [])


def _day_of_the_subject(clause: Clause, date) -> bool:
    """Whether `date` hangs on a participle or relative clause that describes the clause's
    subject ("Israel's war on Gaza, launched on 7 October, has killed more than 9,000",
    "the offensive, which began on May 10, has killed hundreds"): the day the subject
    began, not the day of the deed."""
    tok = next((t for t in clause.sent if t.idx <= date.start_char < t.idx + len(t.text)), None)
    if tok is None:
        return False
    subjects = {c.i for c in clause.root.children if c.dep_ in ("nsubj", "nsubjpass")}
    if any(head.dep_ in ("acl", "relcl") and head.head.i in subjects for head in tok.ancestors):
        return True
    # a participle set off by commas before the verb, however the parser hung it
    verb = next((h for h in tok.ancestors if h.pos_ == "VERB"), None)
    return verb is not None and verb.tag_ in ("VBN", "VBD") and verb.i < clause.root.i \
        and verb.i > clause.sent.start and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Words on which a date is a report's day, not the deed's: "according to a tally released
# on Monday", "a report published on Thursday".
PUBLISHING = frozenset({"publish", "release", "issue", "according"})


def token_at(sent: Span, char: int) -> Token | None:
    """The sentence's token holding the character at `char`, found by spaCy's search by
    offset, not a walk over the sentence (a list without full stops is one sentence of
    thousands of tokens, and this is asked for each date of each clause)."""
    span = sent.doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span) or not sent.start <= span.start < sent.end:
        return None
    tok = span[0]
    return tok if tok.idx <= char < tok.idx + len(tok.text) else None


def _day_of_the_saying(clause: Clause, date, cues: Modality) -> bool:
    """Whether `date` hangs on a verb of saying above the clause, outside its own words, or
    on a report's publication ("killed 2,583 people in 2023, according to a tally released
    on Monday")."""
    tok = token_at(clause.sent, date.start_char)
    if tok is not None and any(head.lemma_.lower() in PUBLISHING
                               and (head.dep_ == "acl" or head.lower_ == "according")
                               for head in tok.ancestors):
        return True
    inside = {t.i for t in clause.tokens}
    if tok is None or tok.i in inside:
        return False
    for head in tok.ancestors:
        if head.i in inside:
            return False
        if head.lemma_.lower() in cues.words["speech"] and clause.root in head.subtree:
            return True
    return False


def deed_date_kinds(doc: Doc, clause: Clause, start: int, end: int) -> set[str]:
    """The kinds of the dates between `start` and `end` but those of a saying ("killed in
    the conflict, the monitor said on Monday": Monday is the saying's)."""
    cues = modality()
    return {d.kind for d in doc_ext(doc, "dates") or [] if start <= d.start_char < end
            and not _day_of_the_saying(clause, d, cues)}


# "declared a two-week lockdown starting Monday": a state declared to begin on a day, which
# is a day to come whatever weekday it names
STARTING_WORDS = frozenset({"starting", "beginning", "effective"})
DECLARING_VERBS = frozenset({"declare", "announce", "impose", "order", "extend", "call"})
# Days after publication that a report may still tell as past: a dateline's time zone.
FUTURE_SLACK_DAYS = 1


def future_day(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """The deed is dated after the report ("a protest planned for Saturday", "will march
    next Friday", "a rally tomorrow"): what is to come has not happened. Read on the
    clause's own dates: one later than publication (by more than a time zone's day, or
    said as "next" or "tomorrow"), a day after a "for" ("announced a protest for
    Saturday"), and `words` said as a time of the clause."""
    published = doc_ext(doc, "published")
    starts = {t.idx: t for t in _said_of_the_deed(clause)}
    for date in doc_ext(doc, "dates") or []:
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
        if tok.head.lower_ in STARTING_WORDS and clause.root.lemma_.lower() in DECLARING_VERBS:
            return True   # "declared a lockdown starting Monday": the day it will begin
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


def day_named(doc: Doc, clause: Clause) -> bool:
    """A day or a relative day among the clause's own words ("… were killed Saturday")."""
    starts = {t.idx for t in clause.tokens}
    return any(d.kind in ("day", "relative") and d.start_char in starts
               for d in doc_ext(doc, "dates") or [])


def told_on_that_day(doc: Doc, clause: Clause) -> bool:
    """"Suicide bombers struck three churches that day", "shot dead on the night of the
    attack": the clause's day is one told before; in a report that has coded no event
    yet and has named a year before its own, that day is the history the report recalls
    (a trial, an anniversary)."""
    published = doc_ext(doc, "published")
    start, end = clause_span_chars(doc, clause)
    if published is None or not any(int(year) < published.year for year in
                                     re.findall(r"\b(1[89]\d\d|20\d\d)\b", doc_text(doc)[:start])):
        return False
    lowered = doc_text(doc)[start:end].lower()
    return any(re.search(rf"\b{re.escape(words)}\b", lowered)
               for words in modality().words["that_day"])


def joined_start(clause: Clause, start: int) -> int:
    """"In the past week, troops neutralised 83 militants, arrested 104 and rescued 61": a
    verb joined to an earlier one, with no subject of its own, is said with the words of
    that verb's clause (a tally's span, "across the country"), which the parse leaves out
    of its own: where the words said of it start."""
    root = clause.root
    head = root.head
    deeds = _deeds_it_tells_of(root)
    if deeds is not None:
        return min(start, deeds.left_edge.idx)
    if root.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i > root.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return start
    return min(start, head.left_edge.idx)


# Plural deeds a relative clause may tell the outcome of ("attacks, which the army says it
# repelled")
TALLIED_DEEDS = frozenset({"attacks", "raids", "assaults", "ambushes", "incursions"})


def _deeds_it_tells_of(root: Token) -> Token | None:
    """"have been hit by several attacks on camps, which the army says it repelled": a
    relative clause (or what its sayer says in one) on plural deeds tells their outcome;
    it is said with the words of the verb those deeds hang on (a tally's span): that verb."""
    rel = root.head if root.dep_ == "ccomp" and root.head.dep_ == "relcl" \
        and root.head.lemma_.lower() in saying_verbs("speech") else root
    if rel.dep_ != "relcl" or rel.head.lower_ not in TALLIED_DEEDS:
        return None
    return next((a for a in rel.head.ancestors if a.pos_ in ("VERB", "AUX")), None)


def counted_since(verb: Token) -> list[Token]:
    """The "since" of a start told as a clause ("since fighting broke out") or a gerund
    ("since fighting … broke out"; not "since then"), hung on the deed's verb or, where the
    parser hangs it there, on the verb of saying whose complement the deed is ("forces have
    used lethal force against protesters in three cities since protests erupted, the group
    said": one does not say since a start)."""
    verbs = [verb] + ([verb.head] if verb.dep_ == "ccomp"
                      and verb.head.lemma_.lower() in saying_verbs("speech") else [])
    return [g for v in verbs for c in v.children if c.dep_ == "advcl" for g in c.children
            if g.lower_ == "since" and g.dep_ == "mark"] \
        + [c for v in verbs for c in v.children if c.lower_ == "since" and c.dep_ == "prep"
           and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children)]


def after_a_counted_span(tok: Token, root: Token, cues: Modality) -> bool:
    """The trigger under "N years since" or "a year after" within its clause ("to mark 25
    years since the bombing of the embassy"): history, whatever governs the clause."""
    for t in climb(tok, 12):
        if span_before(t, cues):
            return True
        if t.i == root.i:
            return False
    return False


def years_after(span: Token, verb: Token, cues: Modality) -> bool:
    """"Ten years after 276 schoolgirls were abducted": a counted span of years or months
    before an "after" on the verb dates the deed as history."""
    after = span.doc[span.i + 1] if span.i + 1 < len(span.doc) else None
    return counted_years(span, cues) and after is not None and after.lower_ == "after" \
        and after.dep_ == "mark" and after.head.i == verb.i
