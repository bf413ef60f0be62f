"""The day of a toll's count: "the death toll rose to 125 on Monday" dates the count, not
the bombing; a later telling may give the bombing's day. Apart from dating.py, which is at
its size limit."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.happened.reported_again import REPORTING_VERBS

# A count that grows or settles ("the toll rose to 125 on Monday") is dated by its verb.
TOLL_NOUNS = frozenset({"toll", "tally", "count", "number"})
TOLL_UPDATE_VERBS = frozenset({"rise", "climb", "reach", "increase", "jump", "mount", "grow",
                               "stand", "hit", "surpass", "exceed"})
# How a count is made ("medics counting 14 bodies", "bodies recovered"): beside the
# confirming verbs, the few verbs of finding and counting the dead.
COUNTING_VERBS = REPORTING_VERBS | {"count", "find", "recover", "retrieve", "pull"}


def dates_a_toll_update(date_root: Token | None) -> bool:
    """The date (its root word `date_root`) hangs on a verb whose subject is a toll ("the
    death toll rose to 125 on Monday", "the toll reached 40 on Tuesday"), or on a participle
    that tells how the count was made ("the toll climbed, with medics counting 14 bodies
    by Tuesday"): it dates the count, not the event. A participle telling a deed ("with
    gunmen killing 15 more on Tuesday") keeps its day."""
    tok = _verb_above(date_root)
    while tok is not None and _telling_how(tok):
        tok = _verb_above(tok.head)
    if tok is None or tok.lemma_.lower() not in TOLL_UPDATE_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TOLL_NOUNS
               for c in tok.children)


def _verb_above(tok: Token | None) -> Token | None:
    """The token, or the first verb above it, else the sentence's root."""
    while tok is not None and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok


def _telling_how(verb: Token) -> bool:
    """A participle of counting or confirming (`COUNTING_VERBS`) hung on the words above
    with no auxiliary nor mark of its own ("counting", "recovered"): how the count was
    made, not a deed of its own ("killing", "after a bomb exploded")."""
    return verb.tag_ in ("VBG", "VBN") and verb.lemma_.lower() in COUNTING_VERBS \
        and verb.dep_ in ("acl", "pcomp", "advcl") \
        and verb.head.i != verb.i \
        and not any(c.dep_ in ("aux", "auxpass", "mark", "nsubjpass") for c in verb.children)
