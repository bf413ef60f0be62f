"""Where people were taken or went: a place that only locates a destination ("transferred to
hospitals in X", "withdrew towards their headquarters in X") is not where anything was done to
them. Split from judge.py, whose `MentionJudge.is_away` asks it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.subtype.care_transport import CARRY_VERBS, SELF_MOVING_VERBS
from eventdesk.extensions import doc_tokens

# "transferred to hospitals in X", "deported to the camp at X", "withdrew towards their
# headquarters in X": verbs of taking people away (subtype/care_transport.py's carry verbs)
# or of leaving, whose "in" or "at" after the destination locates where the people ended up,
# not where anything was done to them; not of merely going ("a rally heading towards the
# governor's house at X's Y" is in X), nor of people moving of themselves ("protesters moved
# to the governor's office in X" is in X; "were moved to a camp in X" is carrying)
CONVEYANCE_VERBS = CARRY_VERBS - SELF_MOVING_VERBS | {"withdraw", "retreat", "flee"}


DESTINATION_PREPS = frozenset({"to", "towards", "toward"})
# "the entrance to X": the edge of the place, not a way away from it
EDGE_NOUNS = frozenset({"entrance", "gate", "gates", "approach", "approaches", "doorstep"})
# "close to X", "next to X": "to" that says where, not whither
NEXT_TO_WORDS = frozenset({"close", "next", "adjacent", "closer"})
# "army units restored security and stability to X", state media's word for ground retaken:
# the place given back its order is where the deed was done, not a way to it
RESTORED_TO_VERBS = frozenset({"restore", "reestablish", "re-establish"})

# "X, a strategic town and gateway to Y territory and to the cities of Z and W": what a way
# in leads to lies beyond the place described, not where anything was done
GATEWAY_NOUNS = frozenset({"gateway", "doorway"})
# Words a noun phrase after "gateway to" runs through back to it
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "NUM", "PUNCT"})

# Nouns of a way, whose "of" names where it leads or comes from ("arrived from the
# direction of X", "fled in the direction of X"): X is not where anything was done.
WAY_NOUNS = frozenset({"direction"})
# Verbs of coming whose "from" phrase names where the comers set out
COMING_VERBS = frozenset({"come", "arrive", "travel", "descend"})
# Steps from a place up to the noun after "from" it names: "from [the community of [X's
# hills]]" is three
ORIGIN_PHRASE_STEPS = 3
# Where fire is told to come from ("came from the positions of X in the area of Y") and the
# verbs that tell it: fire, launch, shell, come
POSITION_NOUNS = frozenset({"position", "positions", "emplacement", "emplacements"})
ORIGIN_VERBS = frozenset({"fire", "launch", "shell", "come", "originate"})
# Deeds of fighting whose "in the direction of X" names the sector of the front where they
# were done, as a communiqué tells it ("attacked our positions in the direction of X",
# "opened fire in the direction of X village"), not a way people went
FIGHTING_WORDS = frozenset({"attack", "assault", "storm", "shell", "fire", "strike", "bomb",
                            "offensive", "raid"})


def way_of(tok: Token) -> Token:
    """The way noun for a place that only names where a way leads or comes from ("from the
    direction of X" is judged as "from X"); else the place's own token."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in WAY_NOUNS:
        return tok.head.head
    return _firing_position(tok) or tok


def origin_of(tok: Token) -> Token:
    """The noun after a verb of coming's "from" whose phrase only names the place ("came
    from the village of X", "arrived from X's hills"): judged as "came from X". Else the
    place's own token: "a withdrawal from the town of X", "youth from X state" name the
    scene or who the doers are."""
    noun = tok
    for _ in range(ORIGIN_PHRASE_STEPS):
        if noun.dep_ in ("poss", "compound") and noun.head.pos_ == "NOUN":
            noun = noun.head  # "[X's] hills"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the village [of X]"
        else:
            return tok
        if noun.dep_ == "pobj" and noun.head.lower_ == "from":
            return noun if noun.head.head.lemma_.lower() in COMING_VERBS else tok
    return tok


def _firing_position(tok: Token) -> Token | None:
    """"the shelling came from the positions of the army in the area of X", "fired from
    positions in X": X only locates where the fire came from (judged as "from X"), not
    where it struck. The position noun after "from", on a verb of firing or of coming."""
    for _ in range(8):
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "of", "near", "around"):
            return None
        tok = tok.head.head
        if tok.lemma_.lower() in POSITION_NOUNS and tok.dep_ == "pobj" \
                and tok.head.lower_ == "from":
            verb = tok.head.head
            return tok if verb.lemma_.lower() in ORIGIN_VERBS else None
    return None


def locates_a_destination(tok: Token) -> bool:
    """"were transferred to hospitals in the nearby X area", "deported to the camp at X",
    "withdrew towards their headquarters in X": "in" or "at" after the place people were
    taken or went to (on the verb, or on the destination's noun) says where that place
    is; a verb with no destination ("were killed in X") keeps its place, and so does a
    destination where the sentence tells a deed ("deported to the camp at X, Austria, where
    they were executed")."""
    if tok.lemma_.lower() in WAY_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        return not _fought_in(tok.head.head)  # "fled in the direction of X": as "towards X"
    if any(t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)
           for t in tok.subtree):
        return False
    while tok.dep_ in ("compound", "poss") and tok.head is not tok:
        tok = tok.head  # "in the nearby [X area]", "in [X's countryside]"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "at"):
        return False
    holder = prep.head
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "pobj" \
            and holder.head.lower_ in DESTINATION_PREPS:
        verb = holder.head.head  # "towards [their headquarters in X]"
    elif holder.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS and c.i < prep.i
            for c in holder.children):
        verb = holder  # "transferred [to hospitals] [in X]"
    else:
        return False
    lemma = verb.lemma_.lower()
    return lemma in CONVEYANCE_VERBS or lemma in SELF_MOVING_VERBS and any(
        c.dep_ == "auxpass" for c in verb.children)


def to_says_where(prep: Token) -> bool:
    """A "to" that says where, not whither: "the entrance to X", "close to X", "restored
    security and stability to X" (a verb of giving order back, with the order as its
    object)."""
    head = prep.head
    if head.lemma_.lower() in EDGE_NOUNS or head.lower_ in NEXT_TO_WORDS:
        return True
    return head.pos_ == "VERB" and head.lemma_.lower() in RESTORED_TO_VERBS \
        and any(c.dep_ == "dobj" for c in head.children)


def _fought_in(holder: Token) -> bool:
    """The word "in the direction of X" hangs from is a deed of fighting ("attacked",
    "attacks", "opened fire"): X is the sector it was done in."""
    return holder.lemma_.lower() in FIGHTING_WORDS or holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FIGHTING_WORDS for c in holder.children)


def beyond_a_gateway(doc: Doc, start: int) -> bool:
    """"X, the gateway to Y and to the cities of Z and W": a place in the noun phrases after
    "gateway to" (read on the words, which the parse hangs anywhere) is where the way in
    leads, beyond the place described; a verb or the sentence's start ends the phrase."""
    # a Doc with no sentence boundaries (no parse) reads back to its start
    tokens = doc_tokens(doc)
    first = tokens[start].sent.start if doc.has_annotation("SENT_START") else 0
    k = start - 1
    while k > first and tokens[k].pos_ in _PHRASE_TAGS and tokens[k].text not in ".;:":
        if tokens[k].lower_ == "to" and tokens[k - 1].lemma_.lower() in GATEWAY_NOUNS:
            return True
        k -= 1
    return False
