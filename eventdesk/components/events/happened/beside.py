"""Deeds told beside a verb that is no deed: a deed noun whose own relative clause tells
what it did, under a verb of saying or blaming, a deed charged with the toll it took, a
deed told before its source (", the governor said"), and deeds told only in the time
clause of a verb that is no deed. The saying's or that verb's
modality is not the deed's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import main_trigger
from eventdesk.components.saying import saying_verbs
from eventdesk.components.trigger_senses import day_below
from eventdesk.components.triggers import MERGING_MARKERS, Clause
from eventdesk.extensions import span_root

# Verbs that only pass on what a source told: the sentence's deed is told before them.
PASSING_ON = saying_verbs("passing_on")
# The subjects of a relative clause that tells what its noun did ("a bombing that killed").
RELATIVE_SUBJECTS = frozenset({"that", "which"})


def deed_told_by_its_relative(doc: Doc, clause: Clause) -> bool:
    """"Police blamed militants for a car bombing that killed six people", "were blamed for
    the bombings that ripped through a bus station": a deed noun whose relative clause, in
    the simple past, tells what it did is told as done by the writer; the saying or the
    blame over it is about who did it, not whether it happened."""
    for m in clause.triggers:
        if m.category == "kill":
            continue
        noun = span_root(doc, m.start, m.end)
        if noun.pos_ == "NOUN" and any(
                rel.dep_ == "relcl" and rel.tag_ == "VBD"
                and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS
                        for c in rel.children)
                for rel in noun.children):
            return True
    return False


def deeds_only_in_a_time_clause(clause: Clause) -> bool:
    """"The calm did not last long, as militants stormed the post": the clause's verb is no
    deed and every trigger sits in an "as", "when" or "while" clause hung on it (merged
    into its clause for the time it tells), so the verb's own negation is not the deed's."""
    root = clause.root
    if any(m.start <= root.i < m.end for m in clause.triggers):
        return False
    inside = {t.i for c in root.children if c.dep_ == "advcl"
              and any(g.dep_ == "mark" and g.lower_ in MERGING_MARKERS for g in c.children)
              for t in c.subtree}
    return bool(inside) and all(m.start in inside for m in clause.triggers)


# Verbs of a toll told after a charged deed ("accused the militia of shelling X, killing five
# civilians").
TOLL_VERBS = frozenset({"kill", "wound", "injure"})


def charged_incident(doc: Doc, clause: Clause) -> bool:
    """"The spokesman accused the militia of shelling neighbourhoods of X with artillery,
    killing five civilians", "accused the army of bombing the market on Monday": a deed told
    as a gerund under "accuse … of", with its own day or a counted toll, is one incident a
    side charges the other with — news of a claimed event (coded with its claimant), not a
    charge with no incident ("accused the army of shelling civilians")."""
    root = clause.root
    if root.lemma_.lower() != "accuse":
        return False
    deeds = [t for t in clause.tokens if t.dep_ == "pcomp" and t.tag_ == "VBG"
             and t.head.lower_ == "of" and t.head.head.i in {root.i, *(
                 c.i for c in root.children if c.dep_ == "dobj")}
             and any(m.start <= t.i < m.end for m in clause.triggers)]
    if not deeds:
        return False
    dated = any(day_below(d) for d in deeds)
    counted = any(t.lemma_.lower() in TOLL_VERBS and t.tag_ == "VBG" and any(
        o.dep_ == "dobj" and any(n.dep_ == "nummod" and n.like_num for n in o.children)
        for o in t.children) for t in clause.tokens)
    return dated or counted


def said_after_the_deed(doc: Doc, clause: Clause) -> bool:
    """"A drone hit a farm in X, injuring a man, the governor reported": a verb that only
    passes on a source's words, whose subject comes after the deed and a comma, closes a
    sentence that tells the deed as the writer's news (the parse often makes the deed's
    subject or verb hang from it). Not a saying whose own object names the deed ("the
    governor reported an attack on X"): the deed is after the saying's subject there. The
    clause must open the sentence: the sentence is the news."""
    root = clause.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_.lower() not in PASSING_ON or subject is None or root.i < subject.i \
            or min(t.i for t in clause.tokens) != clause.sent.start:
        return False   # a phrase set apart from the sentence's deed ("…, after clashes
        # with the army, residents said") is no sentence of news of its own
    start = subject.left_edge.i
    return start > 0 and doc[start - 1].text == "," \
        and main_trigger(doc, clause).start < start


# The dependents of a verb of mourning that hold whom it mourns and what was done to them
# ("mourned three fighters killed in a strike", "mourned the slain commanders at a ceremony").
MOURNED = frozenset({"dobj", "prep", "dative", "attr", "npadvmod"})


def deed_beside_the_grief(clause: Clause) -> bool:
    """"Families in Kaya mourned on Friday as gunmen raided the market again",
    "demonstrators mourned a student at a vigil before police broke it up": a trigger not what
    the verb of mourning mourns (its object or a phrase on it) but its subject (a crowd) or
    a clause hung on it ("as", "before", "after") is a deed told beside the grief, coded as
    the deed, not left out as the grief (cue.mourning)."""
    root = clause.root
    mourned = {t.i for c in root.children if c.dep_ in MOURNED for t in c.subtree}
    return any(m.start not in mourned for m in clause.triggers)


# Nouns that count what a tally counts ("recorded dozens of violations").
COUNTING_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand",
                            "thousands", "score", "scores"})


def recorded_as_a_tally(root) -> bool:
    """"Over the weekend the observer mission recorded 31 mortar rounds hitting farmland",
    "the monitors recorded that …": "record" is a telling only for a count of things or a
    clause it passes on; "the army recorded heavy losses in clashes", "recorded a major
    advance" (a side's fortunes: the fighting is told) and "journalists recorded soldiers
    beating protesters" (filming: the beating is told) are no tally."""
    if root.lemma_.lower() != "record":
        return True
    if any(c.dep_ == "ccomp" for c in root.children):
        return True
    return any(c.dep_ == "dobj" and (c.lower_ in COUNTING_NOUNS or any(
        n.dep_ == "nummod" and n.like_num for n in c.subtree if n.i < c.i))
        for c in root.children)   # the number may hang on a compound ("31 mortar rounds")
