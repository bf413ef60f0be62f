"""Predicates of one crowd told with two joined verbs ("hundreds of villagers protested
outside the mine and set fire to two trucks", "marched to the office and smashed its
windows"): the parse makes the verb after "and" a clause of its own with no subject, so
neither clause alone tells that the protesting crowd turned violent (ACLED: a violent
demonstration, the crowd's violence deciding the type).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import FAMILY_OF
from eventdesk.components.events.subtype.demonstrations import SYMBOLS_BURNED
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate

SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _protest_verbs(doc: Doc) -> set[int]:
    """The tokens that head a protest trigger ("protested", "marched", "rally")."""
    return {doc[m.start:m.end].root.i for m in doc._.triggers or []
            if FAMILY_OF.get(m.category) == "protest"}


def _shares_subject(verb: Token) -> bool:
    """A verb joined by "and" with no subject of its own: its head's subject did it."""
    return verb.dep_ == "conj" and verb.pos_ == "VERB" \
        and not any(c.dep_ in SUBJECTS for c in verb.children)


@predicate.add
def deed_of_a_protesting_crowd(facts: ClauseFacts) -> bool:
    """The clause's verb is joined to a protest verb and shares its subject ("villagers
    protested outside the mine and set fire to two trucks"): the protesting crowd did it."""
    root = facts.clause.root
    return _shares_subject(root) and root.head.i in _protest_verbs(facts.doc)


@predicate.add
def violence_joined_to_the_protest(facts: ClauseFacts) -> bool:
    """A verb joined to the clause's protest verb and sharing its subject tells the crowd's
    violence or damage (typing.toml cues `violent_protest`, `protest_damage`): "marched to
    the office and smashed its windows". Not burning only flags or effigies, a symbol of a
    peaceful protest; not a verb with a subject of its own ("and police fired tear gas")."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    for verb in (doc[i] for i in _protest_verbs(doc) & ids):
        for joined in verb.children:
            if not _shares_subject(joined):
                continue
            if any(c.dep_ == "dobj" and c.lemma_.lower() in SYMBOLS_BURNED
                   for c in joined.children):
                continue
            # its words, and those of a verb joined to it in turn, but not of one with a
            # subject of its own ("... and smashed windows, and police fired tear gas")
            skip = {s.i for t in joined.subtree if t.dep_ == "conj" and t.pos_ == "VERB"
                    and not _shares_subject(t) for s in t.subtree}
            words = [t for t in joined.subtree if t.i not in skip]
            if _cue("violent_protest", words) or _cue("protest_damage", words):
                return True
    return False
