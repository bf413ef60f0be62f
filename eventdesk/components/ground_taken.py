"""Ground taken told with the plainest verb and a town's name: "the rebels took Varsko
and Delmin", "militia fighters took Orvel, the capital of the province".

"take" is a capture (triggers.toml [category.capture] `place_object_verbs`) only where its
own object is a place's name and its subject an armed side (or, passive, the place taken
by one): most of "take"'s objects are no ground ("took part", "took place", "took office",
"took the bus to the city", "took refuge in the town"), and where the object is a person
or a thing no place is named as it. A place taken "hostage" or "prisoner" is no capture
either, nor a crowd "taking to the streets" (no object), nor an idiom whose object is no
ground taken: "took Varsko for granted", "took Varsko as their base", "took Varsko's
wounded to the capital" (the place owns the object). "Took Varsko by storm" is a capture."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import ARMED_ROLES
from eventdesk.extensions import doc_ext

# Words on the verb that make the object a captive, not ground ("took the town prisoner");
# "hostage" and "captive" are triggers.toml [category.abduction]'s pair on "take", which
# claims the verb before this rule is asked (trigger_finder.py).
CAPTIVE_WORDS = frozenset({"prisoner", "prisoners"})
# Words on the verb that make "take" an idiom, not ground taken: "took X for granted",
# "took X as their base"
IDIOM_WORDS = frozenset({"as", "granted"})


def takes_a_named_place(verb: Token) -> bool:
    """The verb's object (or passive subject) is a place's name, and its subject (or the
    passive's agent) an armed side's."""
    children = list(verb.children)
    # the verb's own words only: "took X after gunmen took hostages there" is still ground
    if any(c.lower_ in CAPTIVE_WORDS | IDIOM_WORDS for c in children) or any(
            g.lower_ == "granted" for c in children if c.lower_ == "for" for g in c.children):
        return False
    objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or any(c.dep_ == "case" for o in objects for c in o.children):
        return False   # "took Varsko's wounded": the place owns what was taken
    # the Doc's place and actor tokens are read only for a "take" that passed the cheap checks
    doc = verb.doc
    places = {i for m in doc_ext(doc, "places") or [] if m.kind == "place"
              for i in range(m.start, m.end)}
    if not all(o.i in places for o in objects):
        return False
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    doers = [c for c in children if c.dep_ == "nsubj"] + [
        p for c in children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(t.i in armed for d in doers for t in d.subtree)
