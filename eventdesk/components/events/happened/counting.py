"""Counting what a deed was done to: one incident, a few or many acted upon, ground named
by its own name. Several cues share these readings to tell one incident from a tally (an
event told before named again is told_before.py's).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import lexicon
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext


def ground_named(clause: Clause) -> bool:
    """A word of ground named by its own name anywhere in the clause, whether or not the
    index knows the name ("have achieved significant advances on the Sirwah front", "have
    shelled the Kokkadicholai base"): a deed at one place, news, not a tally like "both
    sides have shelled residential areas"."""
    ground = lexicon()["ground_words"]
    return any(t.lemma_.lower() in ground and t.pos_ == "NOUN"
               and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
               for t in clause.tokens)


def as_number(tok: Token) -> int:
    digits = tok.text.replace(",", "")
    return int(digits) if digits.isdecimal() else 0  # not "²", which int() refuses


def one_incident(doc: Doc, clause: Clause) -> bool:
    """The clause's subject is a single weapon or attack, counted as one ("a roadside bomb
    has killed nine", "an air strike has hit a school"), or the toll is said to be of one
    ("25 people have been killed in a suicide attack in the capital"): an incident, not a
    tally."""
    trigger_tokens = {i for m in doc_ext(doc, "triggers") or [] if m.category != "kill"
                      for i in range(m.start, m.end)}
    # the toll's incident is the noun itself ("in a suicide attack"; not "in a week of
    # fighting")
    told = [g for c in clause.root.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
            for g in c.children if g.dep_ == "pobj" and g.i in trigger_tokens]
    for subject in [c for c in clause.root.children if c.dep_ in ("nsubj", "nsubjpass")] + told:
        if subject.tag_ != "NN":
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children) and \
                any(t.i in trigger_tokens for t in subject.subtree):
            return True
    return False


# Counts small enough to be one incident's, not a war's toll ("seven hunters", "a local
# official"; not "thousands", "dozens").
FEW_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty", "a", "an"}
FEW_MAX = 20


def few_acted_upon(clause: Clause) -> bool:
    """The deed's object is one person or thing ("have shot dead a local official",
    "have captured a former party official") or a few counted ("seven hunters have been
    shot dead"): one incident told in the present perfect, news (GUIDELINES, Dates), not
    a tally like "both sides have shelled residential areas"."""
    for obj in clause.root.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.pos_ not in ("NOUN", "PROPN"):
            continue
        counts = [c.lower_ for c in obj.children if c.dep_ == "nummod"]
        if counts:
            if all(w in FEW_WORDS or (w.isdecimal() and int(w) <= FEW_MAX) for w in counts):
                return True
        elif any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            return True   # "a local official"; not "an estimated 250,000 people"
    return False


# Verbs of a toll told as a participle after the deed ("…, killing 11 people").
TOLL_PARTICIPLES = frozenset({"kill", "wound", "injure", "leave"})


def few_killed_in_passing(clause: Clause) -> bool:
    """The deed's toll told as a participle and counted as a few ("gunmen have shot their
    way through a drug rehabilitation centre, killing 11 people", "jets have bombed
    villages, killing 12 civilians"): the toll of one incident, news, not a war's tally.
    Reuses `few_acted_upon`'s counts."""
    for verb in clause.root.children:
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ != "VBG" \
                or verb.lemma_.lower() not in TOLL_PARTICIPLES:
            continue
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            counts = [c.lower_ for c in obj.children if c.dep_ == "nummod"]
            if counts and all(w in FEW_WORDS or (w.isdecimal() and int(w) <= FEW_MAX)
                              for w in counts):
                return True
    return False


# Counts large enough to be a tally's, not one incident's ("more than 700 people", "hundreds
# of protesters"); between FEW_MAX and MANY_MIN a count says neither.
MANY_WORDS = {"hundreds", "thousands", "millions"}
MANY_MIN = 50


def many_acted_upon(clause: Clause) -> bool:
    """The deed's object is counted in the many ("more than 700 'criminals' had been
    detained", "had seized more than 60 positions", "had arrested hundreds of people"),
    also where the parser read a count's "over" as a preposition ("had freed over 70
    villages")."""
    objects = [o for c in clause.root.children
               for o in ([g for g in c.children if g.dep_ == "pobj"]
                         if c.dep_ == "prep" and c.lower_ == "over" else [c])]
    for obj in objects:
        if obj.dep_ not in ("dobj", "nsubjpass", "pobj") \
                or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        if obj.lower_ in MANY_WORDS:
            return True
        counts = [c for c in obj.children if c.dep_ == "nummod"]
        # a count the parser hung elsewhere across a quote ("700 'criminals'")
        before = obj.i - 1
        while before >= 0 and obj.doc[before].is_quote:
            before -= 1
        if before < obj.i - 1 and obj.doc[before].pos_ == "NUM":
            counts.append(obj.doc[before])
        if any(c.lower_ in MANY_WORDS or as_number(c) >= MANY_MIN for c in counts):
            return True
    return False


# Trigger categories of ground changing hands: what they take is one place, named.
GROUND_TAKEN = frozenset({"capture", "recapture", "withdraw"})


def named_ground(clause: Clause) -> bool:
    """Ground taken or left is named by its own name, whether or not the gazetteer knows it
    ("have captured Biju Hill", "have entered Zabdeen", "have captured the Kokkadicholai base
    of the Tigers", "have managed to capture Biju Hill"): one place changing hands told in
    the present perfect, news (GUIDELINES, Dates), not a tally like "have captured several
    towns"."""
    verbs = [clause.root] + [c for c in clause.root.children if c.dep_ == "xcomp"]
    taking = "withdraw" not in clause.categories()   # "withdrawn to X": not the ground left
    for obj in (o for v in verbs for o in v.children):
        if obj.dep_ == "prep" and obj.lower_ in GROUND_GIVEN_TO and taking:
            if any(_named_to(g) for g in obj.children if g.dep_ == "pobj"):
                return True
            continue
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        if any(c.dep_ == "nummod" for c in obj.children):
            return False
        named = obj.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                           for c in obj.children)
        # a place's name, or a name on a word of ground ("the Kokkadicholai base", "the
        # neighbourhood of Karm Tuffah"); not a person's ("the Pocket Man has been captured")
        if named and (obj.ent_type_ in PLACE_ENTITIES
                      or obj.lemma_.lower() in lexicon()["ground_words"]) \
                or _ground_of_a_name(obj):
            return True
    return False


# Named-entity labels of places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that give the ground a taking verb reaches ("have restored security to X",
# "have advanced into X"): what follows is a place, whatever NER calls the name.
GROUND_GIVEN_TO = frozenset({"to", "into"})
# Named-entity labels that are never ground: a side or a people ("handed the base to the
# Kurdish Peshmerga").
NOT_GROUND_ENTITIES = frozenset({"ORG", "NORP"})


def _named_to(noun: Token) -> bool:
    """The object of "to"/"into" after a taking verb is a place's own name, not a side's
    ("to Tal Jabin and Kafr Naseh"; not "to the Syrian Democratic Forces"), or a word of
    ground that carries one ("to the villages of Tal Jabin and Kafr Naseh"; not "to
    several villages")."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ not in NOT_GROUND_ENTITIES and noun.text[:1].isupper()
    if noun.lemma_.lower() not in lexicon()["ground_words"]:
        return False
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) \
        or _ground_of_a_name(noun)


def _ground_of_a_name(noun: Token) -> bool:
    """"the villages of Tal Jabin and Kafr Naseh", "the neighbourhood of Karm Tuffah" (the
    name known to the index or not); not "the villages of the region"."""
    return noun.lemma_.lower() in lexicon()["ground_words"] and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.text[:1].isupper()
        for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
