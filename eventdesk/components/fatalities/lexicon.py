"""The words around a death count: the lexicon in data/numbers.toml, and the fixed word
lists the count's rules stop at or skip."""

from __future__ import annotations

import functools

from eventdesk.components.raw_text import numbers_lexicon


@functools.cache
def lexicon() -> dict:
    """numbers.toml's death, context and attacker words, each list as a frozenset."""
    data = numbers_lexicon()
    lex = {key: frozenset(value) for key, value in data["deaths"].items()}
    lex.update({key: frozenset(value) for key, value in data["context"].items()})
    lex["attackers"] = frozenset(data["attackers"]["nouns"])
    lex["died_as"] = {verb: frozenset(nouns) for verb, nouns in data["died_as"].items()}
    return lex


QUOTES = frozenset("'\"‘’“”")
PUNCT_STOPS = frozenset(",;:.()[]—–-!?")
DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "two", "three", "four", "five", "six",
     "seven", "eight", "nine", "ten", "dozens", "several", "many", "at", "more", "some",
     "scores", "hundreds", "one", "about", "around", "nearly", "up", "as", "over"])
# Irregular verbs that end a subject noun phrase without being a death.
OTHER_VERBS = frozenset(
    ["hurt", "held", "taken", "fought", "went", "came", "ran", "hit", "lost", "remain",
     "remained", "remains", "are", "got", "made", "took", "gave", "saw", "fell", "stood",
     "set", "put", "broke", "told", "say", "says", "said", "struck", "blew", "threw", "fled",
     "stormed", "seized", "shot", "led", "won", "left", "overran", "began", "sought", "kept",
     "drove", "flew", "sent", "met", "found", "built", "caught", "heard", "bore", "spent"])
# Words opening an aside between a counted subject and its verb.
ASIDE_OPENERS = frozenset(["including", "among", "mostly", "most", "many", "all", "some",
                           "both", "mainly", "several", "among", "half", "none"])
# How many words back from a number "toll" may stand: "The death toll from a suicide truck
# bombing in the city's busy shopping district rose to at least 125".
TOLL_LOOKBACK = 16
# ... and when the figure is the object of a rise ("has risen to", "now at"), a longer
# "from ..." phrase may stand between ("The toll from the raids on farming hamlets around
# X in the hills of Y province has climbed to 37"); other figures in such a phrase are not
# the toll ("the camp that houses 5000 families").
TOLL_LOOKBACK_RISEN = 24
