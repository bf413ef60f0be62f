"""What an official communiqué or a state agency's rewrite of one tells that is no incident:
a ministry's periodic tally ("border guards detained eleven smugglers of fuel and arms
during the period from 4 July to 18 July"), a campaign summed up over a week or more
("dozens of rebels were killed in month-long army offensives in the northern provinces"),
a general staff's daily count of strikes with no place ("the invaders carried out four
rocket strikes and 51 air raids"), and the gloss a wire adds on its own vocabulary
("commanders use the label 'neutralised' to imply the gunmen fled, or were killed or
arrested"). Each keeps an incident told with its own place or day. Apart from spans.py
and habitual.py, which read spans and counts told as background in general."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger, tells_a_day
from eventdesk.components.events.happened.counting import as_number
from eventdesk.components.events.happened.table import Modality
from eventdesk.components.events.happened.times import day_told_in
from eventdesk.components.events.word_index import matching_in
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root
from eventdesk.geo.words import MONTHS

# Nouns a wire glosses its own vocabulary by ("use the term", "the word … means")
TERMS = frozenset({"term", "word", "expression", "phrase", "label"})
# Verbs that gloss a term named as their subject ("the term … refers to")
GLOSSING = frozenset({"mean", "imply", "refer", "denote", "signify", "use"})
# Joining words of a span of dates ("from 4 October to 11 October")
SPAN_ENDS = frozenset({"to", "until", "till", "through"})
# Spans of a campaign summed up ("week-long operations", "month-long offensive")
LONG_SPANS = frozenset({"week", "weeks", "month", "months", "year", "years"})
# Plural nouns of a side's operations a toll is summed up over
OPERATIONS = frozenset({"operation", "offensive", "raid", "sweep", "campaign"})
# Counts of deeds in one day's summary large enough to be a tally ("51 air raids")
COUNTED_STRIKES_MIN = 10
# Deeds a staff's tally counts: munitions ("30 shells", "12 rockets") only beside them
COUNTED_DEEDS = frozenset({"strike", "airstrike", "raid", "attack", "sortie", "bombardment"})
# Verbs of a toll beside the count ("…, killing four"): one attack's, told with its harm
TOLL_VERBS = frozenset({"kill", "wound", "injure"})
# A tally across places: "in various operations", "across the national territory"
TALLY_SPREAD = frozenset({"various", "several", "multiple", "numerous", "separate"})
TALLY_SCOPE = frozenset({"territory", "country", "nation", "provinces", "regions"})
# Days a span must cover with no tally marker to be a periodic assessment
PERIOD_DAYS = 7


def glossary(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Commanders use the label 'neutralised' to imply the gunmen fled, or were killed":
    a sentence that glosses a word (a term used, or a term's meaning told) tells what the
    word covers, no deed of its own. A deed coordinated with the gloss ("…, and on Friday
    troops eliminated nine fighters in X") is told, not glossed."""
    for tok in matching_in(doc, clause.sent, "gloss_terms", _a_term):
        glossing = (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "use") or (
            tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in GLOSSING)
        if glossing and clause.root in tok.head.subtree \
                and not _joined_by_a_conj(doc, clause.root, tok.head) and not any(
                    t.dep_ == "conj" and t.head.i == tok.head.i and _told_apart(doc, t)
                    for t in clause.tokens):
            return True   # not a deed joined to the glossing verb ("…, and troops …")
    return False


def _a_term(tok: Token) -> bool:
    """A noun a wire glosses its vocabulary by (TERMS)."""
    return tok.lemma_.lower() in TERMS and tok.pos_ == "NOUN"


def _joined_by_a_conj(doc: Doc, tok: Token, top: Token) -> bool:
    """The way up from `tok` to `top` passes a conjunct told with its own subject, day or
    place: a deed joined to the gloss, not one of the meanings it lists ("surrendered or
    were killed")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "conj" and _told_apart(doc, tok):
            return True
        tok = tok.head
    return False


def _told_apart(doc: Doc, verb: Token) -> bool:
    """The verb has its own subject, or a day or a place below it ("and on Friday troops
    neutralized nine fighters in X")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True
    below = {t.i for t in verb.subtree}
    return any(m.start in below and m.kind != "country" for m in doc_ext(doc, "places") or []) \
        or any(d.kind in ("day", "relative") and doc[verb.left_edge.i].idx <= d.start_char
               <= doc[verb.right_edge.i].idx for d in doc_ext(doc, "dates") or [])


def period_assessment(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Gendarmes detained fourteen smugglers in several operations nationwide between 4
    and 11 October", "... from 2 to 16 May": a deed told over a span between two dates,
    in a sentence that names no place, told as spread over places ("in various
    operations", "across the country") or over a week or more, is a periodic assessment's
    tally, not one incident. "The army shelled the town from 3 to 5 August, killing 12"
    is coded at its middle day, and "fighting in X from Monday to Wednesday" names its
    place: both stay."""
    tokens = sorted(clause.tokens, key=lambda t: t.i)
    spanned = any(
        tok.lower_ == "from" and _dated(tok)
        # "from 2 May to 16 May", the "to" parsed on "from", on its noun or on the verb
        and any(e.lower_ in SPAN_ENDS and e.dep_ == "prep" and _dated(e)
                for e in tokens[n + 1:n + 8])
        for n, tok in enumerate(tokens))
    if not spanned:
        return False
    sent = clause.sent
    if any(m.start >= sent.start and m.start < sent.end and m.kind != "country"
           for m in doc_ext(doc, "places") or []):
        return False
    return _spread(sent) or _days_apart(doc, sent) >= PERIOD_DAYS


def _spread(sent) -> bool:
    """The sentence tells its deeds spread over places: "in various operations", "across
    the national territory", "nationwide"."""
    return any(t.lower_ == "nationwide" or (
        t.lower_ in TALLY_SPREAD and t.head.lemma_.lower() in OPERATIONS) or (
        t.lower_ in TALLY_SCOPE and t.head.lower_ in ("across", "throughout"))
        for t in sent)


def _days_apart(doc: Doc, sent) -> int:
    """Days between the earliest and latest dates the sentence tells (0 with fewer)."""
    days = [d.date for d in doc_ext(doc, "dates") or []
            if sent.start_char <= d.start_char < sent.end_char and d.date is not None]
    return (max(days) - min(days)).days if len(days) >= 2 else 0


def _dated(prep: Token) -> bool:
    """The preposition's object is a date ("from 2 May", "to 16 May")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ == "DATE" or c.lower_ in MONTHS)
               for c in prep.children)


def campaign_summed(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Dozens of rebels died in month-long army offensives across two provinces": a toll
    summed up over a side's operations lasting a week or more is the campaign's tally, not
    an incident. One told with its own day or town ("two soldiers died in X on Friday in
    week-long operations") is an incident of the campaign and stays."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    verb = tok if tok.pos_ == "VERB" else tok.head
    nouns = [n for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "over")
             for n in p.children if n.dep_ == "pobj"]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "over"):
        nouns.append(tok)   # the operations themselves the trigger
    if not any(n.tag_ == "NNS" and n.lemma_.lower() in OPERATIONS and _long(n) for n in nouns):
        return False
    ids = {t.i for t in clause.tokens}
    return not tells_a_day(doc, clause) and not any(
        m.start in ids and m.kind == "place" and m.candidates
        and not (m.candidates[0].feature_code or "").startswith("ADM")
        for m in doc_ext(doc, "places") or [])   # a town, not "the regions of X and Y"


def _counted(noun: Token) -> bool:
    """The noun or one joined to it is counted by the ten or more ("51 air raids")."""
    return any(as_number(c) >= COUNTED_STRIKES_MIN for n in (noun, *noun.conjuncts)
               for c in n.children if c.dep_ == "nummod")


def _long(noun: Token) -> bool:
    """The noun is said to last a week or more ("week-long", "months-long")."""
    for mod in noun.children:
        if mod.dep_ == "amod" and mod.lower_ == "long" and any(
                c.lower_ in LONG_SPANS for c in mod.children):
            return True
        if mod.dep_ == "amod" and "-" in mod.lower_ and \
                mod.lower_.split("-")[0] in LONG_SPANS and mod.lower_.endswith("long"):
            return True
    return False


def counted_strikes(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"The invaders carried out four rocket strikes and 51 air raids": deeds (strikes,
    raids, sorties; the shells or drones fired only beside such a count) counted by the ten
    or more in a sentence that names neither a place nor a day, with no toll and no target
    of its own ("at the district"), are a general staff's daily tally, not an incident."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    sent = clause.sent
    if not _counted(tok) or tok.lemma_.lower() not in COUNTED_DEEDS and not any(
            t.lemma_.lower() in COUNTED_DEEDS and t.tag_ == "NNS" and _counted(t) for t in sent):
        return False   # munitions only in a sentence that counts deeds too ("… 68 air
        # strikes, and used 900 drones"): "fired 30 shells" alone is one barrage
    if any(t.lemma_.lower() in TOLL_VERBS for t in sent) or any(
            t.dep_ == "pobj" and t.head.lower_ in ("at", "on", "against")
            and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children) for t in sent):
        return False   # "…, killing four", "fired 30 shells at the district": one attack
    return not any(sent.start <= m.start < sent.end and m.kind != "country"
                   for m in doc_ext(doc, "places") or []) and not day_told_in(doc, sent)
