"""The modality cues asked one word at a time, for readers outside the modality pass.

Typing rules (subtype/) ask of a word in a sentence whether the report tells it as done
before they let it decide a sub-event type ("gunmen opened fire on the officers" read as a
fight the force fought). They used to carry their own short copies of the modal verbs and
of the deny/plan/threaten/attempt/fear verbs; this module lets them ask the one list each
cue has in data/rules/modality.toml instead, so a word added to a cue there counts for them
too. `why_not` (deciding.py) reads the same cues with their places and exceptions; these
are the plain token-level questions it has no separate function for.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.happened.table import modality

# The cues above a deed that say it did not (or not yet) happen, as a word heading it:
# planned, threatened, feared or hoped for, tried or prevented, denied.
UNREAL_HEADS = ("plan", "threat", "fear", "attempt", "denial")


def modal_on(verb: Token) -> bool:
    """A modal auxiliary on the word (cue modal: "could attack", "will fire")."""
    modals = modality().words["modal"]
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def unreal_head(word: Token) -> str | None:
    """The cue of UNREAL_HEADS whose words hold the word's lemma ("planned", "vowed",
    "tried", "denied"), or None."""
    lemma, words = word.lemma_.lower(), modality().words
    return next((cue for cue in UNREAL_HEADS if lemma in words[cue]), None)


def denying(word: Token) -> bool:
    """The word is a verb of denial (cue denial: "denied", "rejected", "disputed")."""
    return word.lemma_.lower() in modality().words["denial"]


def called_false(word: Token) -> bool:
    """The word calls a telling false (cue told_as_false: "baseless", "fake", "falsely")."""
    return word.lower_ in modality().words["told_as_false"]
