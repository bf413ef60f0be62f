"""What an official communiqué or a state agency's rewrite of one tells that is no incident:
a ministry's periodic assessment ("arrested nine support elements in various operations
across the national territory during the period from 24 February to 2 March"), a campaign
summed up over a week or more ("100 militants were killed in week-long military operations
in the regions of X and Y"), a general staff's daily count of strikes with no place ("the
enemy launched two missile strikes and 68 air strikes"), and the gloss a wire adds on its
own vocabulary ("Turkish authorities use the term 'neutralized' to imply the terrorists
surrendered or were killed or captured"). Apart from backdrop.py and habitual.py, which read
spans and counts told as background in general and are at their size limit."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger, names_a_place
from eventdesk.components.events.happened.counting import as_number
from eventdesk.components.events.happened.table import Modality
from eventdesk.components.events.happened.times import day_told_in
from eventdesk.components.triggers import Clause
from eventdesk.extensions import span_root

# Nouns a wire glosses its own vocabulary by ("use the term", "the word … means")
TERMS = frozenset({"term", "word", "expression", "phrase", "label"})
# Verbs that gloss a term named as their subject ("the term … refers to")
GLOSSING = frozenset({"mean", "imply", "refer", "denote", "signify", "use"})
# Joining words of a span of dates ("from 24 February to 2 March")
SPAN_ENDS = frozenset({"to", "until", "till", "through"})
# Spans of a campaign summed up ("week-long operations", "month-long offensive")
LONG_SPANS = frozenset({"week", "weeks", "month", "months", "year", "years"})
# Plural nouns of a side's operations a toll is summed up over
OPERATIONS = frozenset({"operation", "offensive", "raid", "sweep", "campaign"})
# Counts of deeds in one day's summary large enough to be a tally ("68 air strikes")
COUNTED_STRIKES_MIN = 10


def glossary(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"Turkish authorities use the term 'neutralized' to imply the terrorists surrendered
    or were killed or captured": a sentence that glosses a word (a term used, or a term's
    meaning told) tells what the word covers, no deed of its own."""
    for tok in clause.sent:
        if tok.lemma_.lower() not in TERMS or tok.pos_ != "NOUN":
            continue
        glossing = (tok.dep_ == "dobj" and tok.head.lemma_.lower() == "use") or (
            tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in GLOSSING)
        # the clause within the gloss: not a deed the parser joined to it in one sentence
        if glossing and tok.head.left_edge.i <= clause.root.i <= tok.head.right_edge.i \
                and clause.root in tok.head.subtree:
            return True
    return False


def period_assessment(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"ANP detachments arrested nine support elements across the national territory
    during the period from 24 February to 2 March": a deed told over a span between two
    dates, with no place named in its clause, is a periodic assessment's tally, not one
    incident ("fighting in X from Monday to Wednesday" names its place and stays)."""
    ids = {t.i for t in clause.tokens}
    if names_a_place(doc, ids):
        return False
    tokens = sorted(clause.tokens, key=lambda t: t.i)
    for n, tok in enumerate(tokens):
        if tok.lower_ != "from" or not _dated(tok):
            continue
        # "from 24 February to 2 March", the "to" parsed on "from", on its noun or on the verb
        if any(e.lower_ in SPAN_ENDS and e.dep_ == "prep" and _dated(e)
               for e in tokens[n + 1:n + 8]):
            return True
    return False


# Month names a span's end is told by when the tagger reads no date in it ("to 9 May")
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})


def _dated(prep: Token) -> bool:
    """The preposition's object is a date ("from 24 February", "to 9 May")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ == "DATE" or c.lower_ in MONTHS)
               for c in prep.children)


def campaign_summed(doc: Doc, clause: Clause, cues: Modality) -> bool:
    """"More than 100 militants were killed in week-long military operations in the
    central regions": a toll summed up over a side's operations lasting a week or more is
    the campaign's tally, not an incident at a place and day."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    verb = tok if tok.pos_ == "VERB" else tok.head
    nouns = [n for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "over")
             for n in p.children if n.dep_ == "pobj"]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "over"):
        nouns.append(tok)   # the operations themselves the trigger
    return any(n.tag_ == "NNS" and n.lemma_.lower() in OPERATIONS and _long(n) for n in nouns)


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
    """"The enemy launched two missile strikes and 68 air strikes, using 95 guided aerial
    bombs": deeds counted by the ten or more in a sentence that names neither a place nor
    a day are a general staff's daily tally, not an incident."""
    trigger = main_trigger(doc, clause)
    tok = span_root(doc, trigger.start, trigger.end)
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    group = [tok, *tok.conjuncts]
    if not any(as_number(c) >= COUNTED_STRIKES_MIN for n in group for c in n.children
               if c.dep_ == "nummod"):
        return False
    sent = clause.sent
    return not names_a_place(doc, {t.i for t in sent}) and not day_told_in(doc, sent)
