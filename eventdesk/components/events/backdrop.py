"""A trigger told as what came before the clause's deed ("following the flurry of airstrikes,
the army stormed the village", "after hours of shelling, rebels launched an assault"): the
backdrop, not what the clause is about, when the clause names a deed of its own. Read by
common.main_trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions that tell a deed before the clause's own (splitting.SEQUENCE_PREPS).
BEFORE_PREPS = frozenset({"after", "following"})


def told_before_the_deed(word: Token) -> bool:
    """The word is the object of "after"/"following", itself, joined to it ("after airstrikes
    and artillery shelling") or as what a quantity is of ("following the flurry of
    airstrikes", "after hours of intense shelling")."""
    for _ in range(3):
        while word.dep_ in ("conj", "compound", "amod") and word.head.i != word.i:
            word = word.head
        if word.dep_ != "pobj":
            return False
        if word.head.lower_ in BEFORE_PREPS:
            return True
        if word.head.lower_ != "of":
            return False
        word = word.head.head
    return False
