"""A deed whose doer or sufferer is no one ("no one was killed", "nobody was hurt", "none
of the passengers were injured", "no civilians were harmed"): negated by its subject, not
by a "not" or a "no" on the verb, so `irrealis.negated_trigger` asks here too. Wire copy
tells a toll of none in a clause of its own after the deed ("Masked men fired into the air
outside the market; no one was killed"): that clause tells no killing, whatever the deed
before it was (its toll of none still joins that deed: `completing.negated_toll`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.extensions import doc_ext, span_root

# Subjects that are no one by themselves.
NO_ONE = frozenset({"nobody", "none", "noone", "no-one", "neither", "nothing"})
SUBJECTS = ("nsubj", "nsubjpass")
# An active verb's tags: one joined to a passive ("none were hurt and returned fire") is
# not done by the passive's subject
ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def negative_subject(tok: Token) -> bool:
    """The verb's subject is no one: "nobody", "none (of the residents)", or a noun the
    word "no" determines ("no one", "no civilians", "not a single soldier"). A verb joined
    to another with no subject of its own shares that verb's ("no one was killed or
    hurt"), in the same voice only: "none were hurt and returned fire" has the soldiers
    returning fire."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS]
    if not subjects and tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
        subjects = [c for c in tok.head.children if c.dep_ in SUBJECTS and not (
            c.dep_ == "nsubjpass" and tok.tag_ in ACTIVE_TAGS)]
    return any(no_one(s) for s in subjects)


def no_one(word: Token) -> bool:
    """The word is no one: "nobody", "none", or a noun "no" or "not" determines ("no one",
    "no civilians", "not a single soldier"); as a subject here, as the one hit in typing
    (subtype/harm_causes.py)."""
    if word.lower_ in NO_ONE:
        return True
    return any(c.i < word.i and (c.lower_ == "no" or c.dep_ == "neg")
               for c in word.children)


def deed_beside_none(doc: Doc, tok: Token) -> bool:
    """The clause's trigger has no one as subject ("None of the soldiers were hurt") but a
    verb joined to it, not of that subject, holds a trigger ("... and returned fire, killing
    three militants"): the none is a toll beside a deed told, which it does not cancel."""
    if not negative_subject(tok):
        return False
    joined = [v for v in tok.children if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX")
              and not negative_subject(v)]
    deeds = [span_root(doc, m.start, m.end) for m in doc_ext(doc, "triggers") or []
             if not m.start <= tok.i < m.end]
    return any(v.i == r.i or v.is_ancestor(r) for v in joined for r in deeds)
