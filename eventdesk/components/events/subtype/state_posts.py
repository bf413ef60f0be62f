"""State posts overrun: an armed group's storming of a town whose sentence also tells that the
state's posts there fell — its police station or barracks overwhelmed or set on fire, its
prison's inmates freed ("gangs stormed the town of X, freeing 500 inmates from its prison and
setting fire to the police station"). News tells a town taken that way, not a fight for it:
the state's hold on the town broke, which ACLED codes "Non-state actor overtakes territory"
(rule assault-overruns-state-posts), where a storming alone is an armed clash (rule
assault-for-ground). Kept apart from battles.py, which reads the assault itself."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate

# The buildings through which the state holds a town, and the people its prison holds.
POSTS = frozenset({"commissariat", "precinct", "barracks", "prison", "jail", "gaol",
                   "garrison", "penitentiary"})
STATIONS = frozenset({"station", "post", "headquarters", "office"})   # with "police" or "army"
HOLDERS = frozenset({"police", "army", "military", "gendarmerie"})
INMATES = frozenset({"inmate", "prisoner", "detainee", "convict"})
# What the attackers did to a post: overwhelmed, burned, took it.
OVERRUN = frozenset({"overwhelm", "overrun", "torch", "burn", "raze", "seize", "capture",
                     "storm", "loot", "ransack", "destroy", "take", "occupy"})
FREEING = frozenset({"free", "release", "liberate", "spring"})


def _post(tok: Token) -> bool:
    word = tok.lemma_.lower()
    return word in POSTS or word in STATIONS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in HOLDERS for c in tok.children)


def _verb_of(tok: Token) -> Token | None:
    """The verb a noun is the object of, directly or through one preposition."""
    head = tok.head
    if head.pos_ == "ADP":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head is not tok else None


def _overrun(verb: Token) -> bool:
    word = verb.lemma_.lower()
    return word in OVERRUN or word == "set" and any(   # "set fire to the police station"
        c.lemma_.lower() in ("fire", "ablaze", "alight") for c in verb.children)


@predicate.add
def state_posts_overrun(facts: ClauseFacts) -> bool:
    """The clause's sentence tells a police station, barracks or prison overwhelmed, burned or
    taken ("overwhelmed the police station", "setting fire to the police commissariat"), or
    a prison's inmates freed ("freeing more than 500 inmates"): the state's posts in the
    stormed town fell."""
    for tok in facts.clause.sent:
        verb = _verb_of(tok)
        if verb is None:
            continue
        if _post(tok) and _overrun(verb):
            return True
        if tok.lemma_.lower() in INMATES and tok.dep_ == "dobj" and verb.lemma_.lower() in FREEING:
            return True
    return False
