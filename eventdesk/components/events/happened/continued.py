"""Deeds told as going on over a month: a round-up's trend, not an incident.

Monthly round-ups sum a group's campaign up in one line: "the gangs kept up their raids on
farms around Kaya and Dori through October, monitors counting 75 dead", "bandits sustained
kidnappings on the highways all of March". The deed is a plural noun that "continue" or
"keep up" takes as its object, and the only time the sentence names is a month or longer,
with no day or week: many incidents over the month, each (if at all) told in a line of its
own. Not "kept up raids on the town on Friday" (a day: news), nor "in the second week of
June" (a week is an incident's time in a round-up), nor a deed with its own toll told as
what it did ("…, killing nine herders": one incident's result), nor a single deed continued
("kept up its offensive on X")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.happened.times import date_told_in, day_told_in
from eventdesk.components.triggers import Clause

GOING_ON = frozenset({"continue", "keep", "sustain", "maintain"})
SPAN_KINDS = ("month",)
# Nouns of a time below a month that a month's date may carry ("the first week of May").
SHORTER_SPANS = frozenset({"week", "weekend", "day", "night", "morning", "evening"})
# Verbs of a toll the deed took, told as a participle on the verb ("…, killing nine herders").
TOLL_VERBS = frozenset({"kill", "wound", "injure"})


def continued_over_a_month(doc: Doc, clause: Clause, tok: Token) -> bool:
    """The trigger a plural deed noun kept up over a month the sentence names, no day."""
    if tok.tag_ != "NNS" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in GOING_ON:
        return False
    sent = clause.sent
    return date_told_in(doc, sent, SPAN_KINDS) and not day_told_in(doc, sent) \
        and not any(t.lemma_.lower() in SHORTER_SPANS and t.pos_ == "NOUN" for t in sent) \
        and not _toll_of_its_own(tok.head)


def _toll_of_its_own(verb: Token) -> bool:
    """"Continued airstrikes on X in May, killing 14 fighters": a counted toll told as what
    the deed did is one incident's, not a sum over the month ("with 75 killed in May")."""
    return any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"
               and c.lemma_.lower() in TOLL_VERBS and any(
                   o.dep_ == "dobj" and any(n.dep_ == "nummod" for n in o.children)
                   for o in c.children) for c in verb.children)
