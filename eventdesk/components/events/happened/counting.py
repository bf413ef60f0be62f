"""Counting what a deed was done to, and naming it again: one incident, a few or many
acted upon, ground named by its own name, an event told before named again. Several
cues share these readings to tell one incident from a tally.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import lexicon, main_trigger, names_a_place, tells_a_day
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root


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
        # neighbourhood of Wadi X": `_named_to`); not a person's ("the Pocket Man has been
        # captured")
        if named and (obj.ent_type_ in PLACE_ENTITIES
                      or obj.lemma_.lower() in lexicon()["ground_words"]) \
                or obj.pos_ == "NOUN" and _named_to(obj):
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
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) or any(
        g.dep_ == "pobj" and g.pos_ == "PROPN"
        for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def named_again(doc: Doc, clause: Clause) -> bool:
    """"The protests came as …", "people fled following the attack", "it was the second
    attack this week", "JNIM claimed the ambush": only definite nouns, as subjects, as the
    time of another deed, as what "it" was or as what a side claims, name the event — one
    told before, not a new one; so do participles with "the" that name the people a
    deed was done to ("one of the abducted", "families of the kidnapped")."""
    if clause.triggers and all(_people_by_their_ordeal(doc[m.start:m.end].root)
                               for m in clause.triggers):
        return True
    if any(m.category == "kill" for m in clause.triggers):
        return False
    for m in clause.triggers:
        tok = span_root(doc, m.start, m.end)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                   for c in tok.children):
            return False
        if tok.dep_ not in ("nsubj", "nsubjpass") and not _time_of_a_new_deed(tok) \
                and not _said_of_the_event_told(tok) and not _claimed(tok):
            return False
        if _where_it_was_heaviest(doc, clause, tok):
            return False
    return clause.root.lemma_.lower() not in lexicon()["strike_verbs"]


def _people_by_their_ordeal(tok: Token) -> bool:
    """"A relative of one of the abducted", "families of the kidnapped": a participle
    with "the" and no side or object of its own, after "of", is a noun for the people a
    deed told before was done to, not a telling of a deed. Not a subject ("the injured
    were taken to X"), which other readings place."""
    return tok.tag_ == "VBN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "agent", "prep", "npadvmod")
                    for c in tok.children)


# Prepositions that date a clause's own deed by an event told before ("fled the area
# following the attack", "schools closed after the clashes").
AFTER_THE_EVENT = frozenset({"after", "following"})


# Prepositions that put a clause's own happening inside an event told before ("a farmer
# who lost two brothers in the attack", "the car was damaged during the raid").
IN_THE_EVENT = frozenset({"in", "during"})


def _time_of_a_new_deed(noun: Token) -> bool:
    """"About 3,000 people fled the area following the attack", "a farmer who lost two
    brothers in the attack": the event named with "the" and nothing more (no place, no
    day: "since the capture of Bakhmut in May" is an old event) only dates what the clause
    tells, or is where its loss happened, no new event of its kind. A day that owns the
    deed ("in the days after Sunday's abduction") is how news names the event it told."""
    owner = _day_owning(noun)
    if noun.dep_ != "pobj" or any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME")
                                  for t in noun.subtree if t.i not in owner):
        return False
    if noun.head.lower_ in AFTER_THE_EVENT:
        # the day's deed bare: "after Tuesday's abduction of two traders" tells who
        return not owner or all(c.dep_ in ("det", "poss", "amod") for c in noun.children)
    # "in the attack", bare: not "in the fight against terrorism", a cause, not a deed
    return noun.head.lower_ in IN_THE_EVENT and all(
        c.dep_ in ("det", "poss", "amod") for c in noun.children)


def _day_owning(noun: Token) -> set[int]:
    """The tokens of a day in the possessive on the deed's noun ("Sunday's", "last week's"
    attack): a back-reference to the event told for that day, not a date of another."""
    return {t.i for c in noun.children if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")
            for t in c.subtree}


def _claimed(noun: Token) -> bool:
    """"JNIM claimed the ambush", "IS claimed responsibility for the attack": the event
    named with "the" and nothing more (no place, no day: "claimed the attack on a church
    in X on Sunday" may be another) as what a side claims is the one told before."""
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() == "claim"
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.lemma_.lower() == "responsibility"


# Pronouns that stand for the event just told ("It was the second attack this week").
EVENT_PRONOUNS = frozenset({"it", "this", "that"})


def _said_of_the_event_told(noun: Token) -> bool:
    """"It was the second attack in the area this week", "This was the deadliest bombing
    since 2021": the event named with "the" as what a pronoun for the event just told is,
    a comment on that event (its rank, its count), not a new one."""
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in EVENT_PRONOUNS for c in noun.head.children)


def told_where_or_when(doc: Doc, clause: Clause) -> bool:
    """"The attack occurred in the X district", "the blast happened on Monday": a deed named
    with "the" that gives its own place or day. Where no event was told before it (the
    headline is never coded), it is the report's first telling, not one named again."""
    return names_a_place(doc, {t.i for t in clause.tokens}) or tells_a_day(doc, clause)


def _where_it_was_heaviest(doc: Doc, clause: Clause, noun: Token) -> bool:
    """"The heaviest fighting was in X and Y", "the worst clashes took place near Z": a
    superlative on the event's noun locates the incident told in summary at the places
    the clause names, each an event of its own."""
    if not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children):
        return False
    ids = {t.i for t in clause.tokens} - {t.i for t in noun.subtree}
    return any(m.start in ids and m.kind == "place" for m in doc_ext(doc, "places") or [])


# Verbs by which a side owns a deed ("claimed the attack", "claimed responsibility for").
CLAIM_VERBS = frozenset({"claim"})
# Links from a deed told in a claim up to the claiming verb ("claimed the attack, saying
# its fighters had killed 20 soldiers").
CLAIM_LINKS = frozenset({"ccomp", "advcl", "xcomp", "conj"})


def told_in_a_claim(doc: Doc, clause: Clause) -> bool:
    """"The group claimed the ambush on Sunday, saying its fighters had killed 14 soldiers":
    a deed named with "the" as what a side claims (its object, or what "responsibility" is
    "for"), and the deed the claimant tells while claiming it, name a deed told before —
    the coder reads it as a first telling where none of its kind was (`named_again`)."""
    anchor = doc[main_trigger(doc, clause).start]
    if anchor.head.lemma_.lower() in CLAIM_VERBS and _deed_named_again(doc, anchor) \
            and anchor in _claimed(anchor.head):
        return True
    if anchor.dep_ == "pobj" and anchor.head.head.lemma_.lower() == "responsibility" \
            and anchor.head.head.head.lemma_.lower() in CLAIM_VERBS \
            and _deed_named_again(doc, anchor):
        return True
    verb = clause.root
    for _ in range(3):
        if verb.dep_ not in CLAIM_LINKS or verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() in CLAIM_VERBS:
            return any(_deed_named_again(doc, obj) for obj in _claimed(verb))
    return False


def _claimed(verb: Token) -> list[Token]:
    """What the claim verb owns: its object, or what "responsibility" is "for"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [g for o in objects if o.lemma_.lower() == "responsibility"
                      for p in o.children if p.dep_ == "prep" and p.lower_ == "for"
                      for g in p.children if g.dep_ == "pobj"]


def _deed_named_again(doc: Doc, noun: Token) -> bool:
    """A deed's noun with "the" or a possessive: one told before."""
    return any(m.start <= noun.i < m.end for m in doc_ext(doc, "triggers") or []) and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
        for c in noun.children)

