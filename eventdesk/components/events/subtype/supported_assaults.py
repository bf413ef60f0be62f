"""Predicates of a ground assault told with the fire that prepared or covered it ("following
the airstrikes, the army stormed the village", "launched their assault after hours of
shelling"): the clause's deed is the assault, the strikes only its time or its support.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate

# Words that hang the fire on the assault as what came before it or covered it; not "with",
# which names the weapon of the deed itself ("attacked the district with drones"), nor
# "under", which tells the fire the clause's own subject suffered ("came under rocket fire").
SUPPORT_WORDS = frozenset({"following", "after", "amid", "backed", "behind", "supported",
                           "covered", "preceded"})
FIRE_CATEGORIES = frozenset({"air", "shelling"})
GROUND_CATEGORIES = frozenset({"clash", "attack"})


def _in_support(word: Token, root: Token) -> bool:
    """The word lies under a support word that hangs, by modifiers only, on the clause's
    verb ("Following the flurry of airstrikes, the army stormed ...")."""
    for anc in word.ancestors:
        if anc.i == root.i:
            return False
        if anc.lower_ in SUPPORT_WORDS and any(a.i == root.i for a in anc.ancestors):
            return True
    return False


@predicate.add
def fire_only_supports_the_assault(facts: ClauseFacts) -> bool:
    """Every air or shelling word of the clause is told as what came before or covered a
    ground assault the clause's own verb tells ("following the airstrikes, the army stormed
    the village", "began their assault after hours of shelling", "backed by heavy
    artillery"): the clause tells the battle, ACLED's armed clash, and the strikes are only
    its time or support."""
    doc, root = facts.doc, facts.clause.root
    fire = [doc[m.start:m.end].root for m in facts.clause.triggers
            if m.category in FIRE_CATEGORIES]
    ground = [doc[m.start:m.end].root for m in facts.clause.triggers
              if m.category in GROUND_CATEGORIES]
    return bool(fire) and all(_in_support(w, root) for w in fire) \
        and any(not _in_support(w, root) for w in ground)
