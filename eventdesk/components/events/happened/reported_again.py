"""A deed told before, named again as what another outlet or official reported or
confirmed ("a second agency described the ambush too, quoting police who put the dead at
seven", "the ministry confirmed the raid"): news names the event it has already told with
"the" (or "this", "those") and nothing more, and a second source's telling of it is no
second incident (ACLED: one event, however many sources tell it). Read by
`deciding.why_not` beside `told_before.named_again`, like a deed a side claims; the toll the
source gives ("quoting police who put the dead at seven") is that source's words, part of
the retelling.

A lede may open on the same shape ("X, May 6 (Agency) - The army confirmed the raid, saying
nine gunmen were killed"): "the" there names the deed the headline told, and the clause is
the report's first telling. So the coder keeps a clause named again only this way
(`maybe_first_telling`) when no event of its kind was told before it
(`completing.new_kind_named`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import main_trigger
from eventdesk.components.events.happened.told_before import (
    named_again,
    told_in_a_claim,
    told_where_or_when,
)
from eventdesk.components.triggers import Clause

# Verbs by which a source tells or vouches for a deed as a whole ("reported the attack",
# "confirmed the raid", "described the assault"): the deed is their object.
REPORTING_VERBS = frozenset({"report", "confirm", "describe", "recount", "corroborate",
                             "acknowledge", "verify"})

# Determiners of a deed told before ("the attack", "this raid", "those raids"; not "an
# attack").
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def reported_again(noun: Token) -> bool:
    """The deed's noun, with a definite determiner (`DEFINITE`: "the", "this", "those") and
    nothing more (no name, no day, no place: "confirmed the attack on a church in X on
    Sunday" may be another), is the object of a verb of reporting or confirming."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in REPORTING_VERBS \
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
                   or t.like_num for t in noun.subtree)


def retold_by_a_source(doc: Doc, clause: Clause) -> bool:
    """The clause's main deed is named again as what a source reported (`reported_again`),
    and every other deed in the clause is told in what that source cites or says
    (under the reporting verb, not the noun): the clause retells an event told before."""
    noun = doc[main_trigger(doc, clause).start]
    if not reported_again(noun):
        return False
    verb = noun.head
    cited = {t.i for c in verb.children if c.i != noun.i and c.dep_ != "conj"
             for t in c.subtree}
    return all(m.start in cited or noun.i in range(m.start, m.end) for m in clause.triggers)


def only_retold(doc: Doc, clause: Clause) -> bool:
    """The clause is named again only as what a source reported (`retold_by_a_source`), not
    as a deed named again by itself (`told_before.named_again`) nor one a side claims."""
    return retold_by_a_source(doc, clause) and not named_again(doc, clause) \
        and not told_in_a_claim(doc, clause)


def maybe_first_telling(doc: Doc, clause: Clause) -> bool:
    """A clause named again that may yet be the report's first telling, when nothing of its
    kind was told before it: one giving its own place or day ("the attack occurred in X",
    `told_before.told_where_or_when`) or one only retold by a source (`only_retold`)."""
    return told_where_or_when(doc, clause) or only_retold(doc, clause)
