"""A nationwide campaign named as the day of a local deed: "protesters who gathered at the
stadium in X on the first day of the nationwide protest", "shops in Y stayed shut on the
second day of the nationwide strike". The aggregate's word ("nationwide") names the
campaign the deed belongs to, not a tally of the deed over the country, which happened at
its own place. Split from background.py, which reads the aggregate's words.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.happened.times import token_at

# Nouns of a stretch of time a campaign is counted in ("the first day of", "the eve of").
CAMPAIGN_TIMES = frozenset({"day", "days", "eve", "start", "week", "night", "morning",
                            "afternoon", "evening", "anniversary", "launch", "opening"})


def names_a_campaigns_day(doc: Doc, char: int) -> bool:
    """The word at `char` qualifies a noun that is the object of "of" after a noun of time
    ("on the first day of the nationwide protest"): the campaign's name, not a tally."""
    tok = token_at(doc[:], char)
    if tok is None or tok.dep_ not in ("amod", "compound", "advmod", "nmod"):
        return False
    noun = tok.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" \
        and prep.head.lemma_.lower() in CAMPAIGN_TIMES


def names_one_of_many(doc: Doc, char: int) -> bool:
    """The word at `char` is said of the many a deed is one of ("about 500 people rallied
    in X on Saturday in one of more than 1,300 rallies held nationwide", "joined a march,
    one of dozens across the country"): the aggregate counts the campaign, and the deed
    its own place tells is one local instance of it, not a tally."""
    tok = token_at(doc[:], char)
    for noun in [tok, *tok.ancestors][:5] if tok is not None else ():
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lower_ == "one":
            return True
    return False
