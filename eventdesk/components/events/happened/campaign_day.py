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
# Protests a campaign is counted in ("one of dozens of rallies", "one of 200 marches").
PROTEST_NOUNS = frozenset({"rally", "protest", "march", "demonstration", "sit-in", "vigil",
                           "strike", "gathering", "walkout", "picket", "event", "action"})


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
    """The word at `char` is said of the many protests a deed is one of ("some 800 people
    marched in X on Sunday, one of about 200 marches staged across the country"): the
    aggregate counts the campaign, and the deed its own place tells is one local instance
    of it, not a tally. The many are protests counted in the plural (PROTEST_NOUNS), not
    any "one of" ("in one of the bloodiest days of the unrest nationwide, troops killed
    …" tells a tally of that day)."""
    tok = token_at(doc[:], char)
    for noun in [tok, *tok.ancestors][:5] if tok is not None else ():
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lower_ == "one":
            return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in PROTEST_NOUNS
    return False
