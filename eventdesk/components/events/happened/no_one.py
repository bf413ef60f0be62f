"""A deed whose doer or sufferer is no one ("no one was killed", "nobody was hurt", "none
of the passengers were injured", "no civilians were harmed"): negated by its subject, not
by a "not" or a "no" on the verb, so `irrealis.negated_trigger` asks here too. Wire copy
tells a toll of none in a clause of its own after the deed ("Masked men fired into the air
outside the market; no one was killed"): that clause tells no killing, whatever the deed
before it was (its toll of none still joins that deed: `completing.negated_toll`)."""

from __future__ import annotations

from spacy.tokens import Token

# Subjects that are no one by themselves.
NO_ONE = frozenset({"nobody", "none", "noone", "no-one", "neither", "nothing"})
SUBJECTS = ("nsubj", "nsubjpass")


def negative_subject(tok: Token) -> bool:
    """The verb's subject is no one: "nobody", "none (of the residents)", or a noun the
    word "no" determines ("no one", "no civilians", "not a single soldier"). A verb joined
    to another with no subject of its own shares that verb's ("no one was killed or
    hurt")."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    if not subjects and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
        subjects = [c for c in tok.head.children if c.dep_ in SUBJECTS]
    return any(_no_one(s) for s in subjects)


def _no_one(subject: Token) -> bool:
    if subject.lower_ in NO_ONE:
        return True
    return any(c.i < subject.i and (c.lower_ == "no" or c.dep_ == "neg")
               for c in subject.children)
