"""Deeds told beside a verb that is no deed: a deed noun whose own relative clause tells
what it did, under a verb of saying or blaming, a deed charged with the toll it took, and
deeds told only in the time clause of a verb that is no deed. The saying's or that verb's
modality is not the deed's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.triggers import MERGING_MARKERS, Clause

# The subjects of a relative clause that tells what its noun did ("a bombing that killed").
RELATIVE_SUBJECTS = frozenset({"that", "which"})
# Verbs that charge a side with a deed ("accused the militia of shelling X").
CHARGING = frozenset({"accuse", "blame"})
# Participles that count a deed's victims ("…, killing five civilians").
TOLL_VERBS = frozenset({"kill", "wound", "injure"})


def deed_told_by_its_relative(doc: Doc, clause: Clause) -> bool:
    """"Police blamed militants for a car bombing that killed six people", "were blamed for
    the bombings that ripped through a bus station": a deed noun whose relative clause, in
    the simple past, tells what it did is told as done by the writer; the saying or the
    blame over it is about who did it, not whether it happened."""
    for m in clause.triggers:
        if m.category == "kill":
            continue
        noun = doc[m.start:m.end].root
        if noun.pos_ == "NOUN" and any(
                rel.dep_ == "relcl" and rel.tag_ == "VBD"
                and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS
                        for c in rel.children)
                for rel in noun.children):
            return True
    return False


def charge_told_with_its_toll(doc: Doc, clause: Clause) -> bool:
    """"The army accused the militia of shelling Karari with artillery, killing five
    civilians": a deed a side is charged with (a trigger after "of" or "for") whose
    participle of killing or wounding counts its victims is one incident told, as a
    warring side's statements tell the other's strikes; a charge with no toll ("accused the
    militia of shelling neighbourhoods indiscriminately") stays a charge."""
    root = clause.root
    if root.lemma_.lower() not in CHARGING:
        return False
    charged = [doc[m.start:m.end].root for m in clause.triggers]
    charged = [t for t in charged if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in ("of", "for")]
    return bool(charged) and any(
        c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in TOLL_VERBS
        and any(o.dep_ == "dobj" and any(n.dep_ == "nummod" for n in o.children)
                for o in c.children)
        for t in (root, *charged) for c in t.children)


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
