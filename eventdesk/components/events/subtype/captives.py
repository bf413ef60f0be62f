"""Predicates of whom a capture takes: people (a person or fighter taken, one named or
referred to, captives harmed by a joined verb) or ground; the words that tell a person
from a place are many, so they live apart from what the taking is coded as."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import (
    actor_tokens,
    lexicon,
    place_tokens,
)
from eventdesk.components.events.subtype.shared import (
    COMBATANT_NOUNS,
    GROUND_NOUNS,
    MEMBER_NOUNS,
    PERSON_NOUNS,
    RANK_NOUNS,
    _is_civilian_token,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.events.subtype.taking_verbs import (
    PERSON_TAKING_VERBS,
    _harm_verbs,
    _object_shared,
    _objects_of_joined,
    _taken_by_participle,
    _taking_verbs,
)
from eventdesk.geo.words import an_age


def _taken_alive(doc, taking: set[int], places: set[int], ground) -> bool:
    """A taking verb of the clause is told "alive" and none takes ground: "captured the
    town and took 20 fighters alive" took the town too (a taking of ground, not only of
    people)."""
    if not any(c.lower_ == "alive" for i in taking for c in doc[i].children):
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") and (
        c.i in places or c.lemma_.lower() in ground) for i in taking for c in doc[i].children)


@predicate.add
def takes_people(facts: ClauseFacts) -> bool:
    """"seized 49 people", "captured two soldiers", "the pilot was captured": what was
    taken (the object, or the passive subject) is people — a person or fighter noun, or a
    counted noun that is not ground ("70 percent of the country", "two villages")."""
    doc = facts.doc
    places = place_tokens(doc) | _known_towns(facts)
    ground = _taken_ground()
    harmed_by = _harm_verbs(facts)
    taking = _taking_verbs(facts)
    if _taken_alive(doc, taking, places, ground):
        return True   # "two of them captured alive", "seized three gunmen alive": no ground
    for tok in [*facts.clause.tokens, *_objects_of_joined(facts, taking)]:
        lemma = tok.lemma_.lower()
        if tok.dep_ in ("dobj", "nsubjpass", "nsubj") and tok.head.i in taking \
                and tok.head.lemma_.lower() in PERSON_TAKING_VERBS \
                and (tok.dep_ != "nsubj" or tok.lower_ in RELATIVE_PERSONS and _passive(tok.head)) \
                and (tok.lower_ in RELATIVE_PERSONS or _told_as_a_person(tok)):
            return True   # "Barghouti, 43, was captured", "the man, whom police captured"
        if tok.i in places or lemma in ground:
            continue
        if _taken_by_participle(tok):
            return True   # "footage of 15 British sailors captured on Friday"
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i not in taking:
            continue   # "captured the town in a battle that left 18 people dead"
        if tok.head.i in harmed_by and not _object_shared(tok.head, taking):
            continue   # "captured the sites, killing several members": killed, not taken
        if tok.head.lemma_.lower() in PERSON_TAKING_VERBS and (
                _some_of_people(tok) or _taken_where_found(tok, places, ground)
                or _a_wanted_person(tok)):
            return True   # "many of them were captured", "Lindh was captured in Kabul"
        if lemma in PERSON_NOUNS or lemma in TAKEN_PERSON_NOUNS or _is_civilian_token(doc, tok) \
                or tok.lower_ in PERSONAL_PRONOUNS \
                or any(c.like_num for c in tok.children):
            return True
        if tok.head.lemma_.lower() in PERSON_TAKING_VERBS and (
                tok.lower_ in PEOPLE_PRONOUNS or _counted_people(tok, ground)):
            return True   # "they were captured", "captured the six"
        if tok.dep_ == "nsubjpass" and tok.ent_type_ in ("PERSON", "NORP"):
            return True   # "Ghailani was captured", "a Palestinian was seized"
        if tok.ent_type_ == "PERSON" and tok.head.lemma_.lower() in PERSON_TAKING_VERBS:
            return True   # "troops captured Sufyan Maher Hassan in a raid"
    return False


# Words that name one of a force or a person in custody or wanted, taken: "captured the
# detainee", "captured a top lieutenant", "the naval personnel were captured"
TAKEN_PERSON_NOUNS = COMBATANT_NOUNS | MEMBER_NOUNS | RANK_NOUNS | {
    "detainee", "prisoner", "captive", "victim", "dictator", "bodyguard", "aide", "deputy",
    "kingpin", "warlord", "boss", "lord"}
# Relative pronouns that stand for a person: "the man, whom police said was captured"
RELATIVE_PERSONS = ("who", "whom")
# Deeds a person does, not a place, told of what was taken while it was taken: "was
# captured while trying to flee", "was captured as he drove home"
PERSON_DEEDS = {"try", "attempt", "flee", "hide", "escape", "travel", "drive", "sleep",
                "pray", "visit", "walk", "shop", "cross", "sneak", "slip"}


def _passive(verb: Token) -> bool:
    """The verb is passive ("whom police said was captured"): its subject was taken, where
    an active verb's subject took ("fighters who captured the town")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _told_as_a_person(tok: Token) -> bool:
    """What was taken is told as a person, whatever the gazetteer or NER read in its
    name: an age in apposition ("Barghouti, 43, was captured"), a person's role in
    apposition ("captured alias 'Pescado', a financial chief of the cartel"), a relative
    "who" after it ("Brigitte, who travelled to Yemen, was captured"), or, taken in the
    passive, a deed only a person does told of it while it was taken ("was captured while
    trying to flee"): a town has no age, no role, and does not travel or flee."""
    for c in tok.children:
        if c.dep_ == "appos" and c.like_num and an_age(c.text):
            return True
        if c.dep_ == "appos" and any(
                a.lemma_.lower() in PERSON_NOUNS | TAKEN_PERSON_NOUNS
                for a in [c, *(g for g in c.children if g.dep_ == "appos")]):
            return True   # "alias 'X', a chief of …", where the role may hang on the name
        if c.dep_ == "relcl" and any(g.lower_ in RELATIVE_PERSONS for g in c.children):
            return True
    return tok.dep_ == "nsubjpass" and any(
        c.dep_ == "advcl" and c.lemma_.lower() in PERSON_DEEDS
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in tok.head.children)


# One person taken, named or referred to: "captured him", "she was seized"
PERSONAL_PRONOUNS = ("he", "she", "him", "her")
# People taken, referred to: "they were captured", "captured them"
PEOPLE_PRONOUNS = ("they", "them")


def _counted_people(tok: Token, ground: set[str]) -> bool:
    """A number standing for people: "the six were captured", "eighteen of the rebels" —
    not one counting ground ("two of the villages")."""
    if not (tok.like_num and tok.pos_ == "NUM"):
        return False
    counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return not any(g.lemma_.lower() in ground or g.i in place_tokens(tok.doc) for g in counted)


@predicate.add
def named_person_taken(facts: ClauseFacts) -> bool:
    """What was taken (the object, or the passive subject) is one person the report names
    or refers to ("Karadzic was captured in Belgrade", "forces captured him"): news tells
    the capture of a wanted individual far more often than the kidnapping of one, which it
    calls kidnapping or abduction."""
    places = place_tokens(facts.doc) | _known_towns(facts)
    actors = actor_tokens(facts.doc)
    ground = _taken_ground()
    for tok in facts.clause.tokens:
        if (tok.i in places or tok.ent_type_ in NOT_A_PERSON) \
                and tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.i == facts.clause.root.i and tok.i not in actors \
                and tok.head.lemma_.lower() in PERSON_TAKING_VERBS and _held_person(tok, ground):
            return True   # "captured Barghouti in a house where he was hiding"
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.i != facts.clause.root.i \
                or tok.i in places or tok.i in actors or tok.lemma_.lower() in ground \
                or tok.head.lemma_.lower() not in PERSON_TAKING_VERBS:
            continue
        if tok.ent_type_ != "PERSON" and _a_named_site(tok, ground):
            continue   # "captured the Al-Nuba Mountains", "the Marj Al-Sultan airport"
        if tok.ent_type_ == "PERSON" or tok.lower_ in PERSONAL_PRONOUNS or (
                tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_A_PERSON):
            return True
    return False


def _known_towns(facts: ClauseFacts) -> frozenset[int]:
    """The words of a name of two words or more, taken by a verb of the clause, that the
    index holds exactly as a town though NER read a person and, with no country told, the
    placer left it ("militants captured Tal Afar"): a full name of a person is seldom a
    town's; one word ("Smith", "Hassan") often is."""
    if facts.gazetteer is None:
        return frozenset()
    found = set()
    for tok in facts.clause.tokens:
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.pos_ != "PROPN":
            continue
        start = tok.i
        while start > 0 and tok.doc[start - 1].dep_ == "compound" \
                and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].head.i == tok.i:
            start -= 1
        if start < tok.i and any(c.match == "exact" and c.feature_class == "P" for c in
                                 facts.gazetteer.candidates(tok.doc[start:tok.i + 1].text)):
            found.update(range(start, tok.i + 1))
    return frozenset(found)


# What NER may call a proper noun that is no person: a place or a thing
NOT_A_PERSON = ("GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")


def _taken_ground() -> frozenset[str]:
    """What a capture takes that is not people: ground, settlements, posts, landmarks."""
    words = lexicon()  # ground_words: the ground and landmarks a side takes (triggers.toml)
    return words["anaphora"] | words["district_words"] | words["facility_words"] \
        | GROUND_NOUNS | words["ground_words"]


def _a_named_site(tok: Token, ground: frozenset[str]) -> bool:
    """A proper name that names a site: a ground word within it or heading it ("the Al-Nuba
    Mountains", "Al-Anad, a top secret base"), or one that takes "the" — which the names of
    people do not ("captured the Hayat Tower")."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return True
    around = [c for c in tok.children if c.dep_ in ("compound", "appos", "amod")]
    return any(t.lemma_.lower() in ground or t.lower_ in ground for t in around)


# Verbs of what is done to a captive: held, jailed, handed to the authorities, extradited
CUSTODY_VERBS = frozenset({
    "hold", "detain", "arrest", "jail", "imprison", "intern", "extradite", "deport", "deliver",
    "interrogate", "question", "torture", "sentence", "convict", "charge", "indict",
    "blindfold", "handcuff"})
# Words of a person's custody or flight told anywhere beside a capture ("where he was
# hiding", "sentenced him", "extradited"): a town does not hide, nor stand trial. The
# custody verbs but those of common other senses ("held talks", "questioned the plan",
# "delivered aid", an intern), their nouns, and flight.
CUSTODY_WORDS = CUSTODY_VERBS - {"hold", "question", "deliver", "intern"} | {
    "hide", "hiding", "hideout", "fugitive", "manhunt", "bounty", "extradition", "prison",
    "detention", "custody", "interrogation", "trial", "accuse"}
SINGLE_PERSON_PRONOUNS = {"he", "him", "his", "she", "her"}


def _held_person(tok: Token, ground: frozenset[str]) -> bool:
    """A single name taken, which the gazetteer or NER read as a place, whose sentence
    tells a person's custody or flight and refers to him or her after it ("Turkey captured
    Ocalan in Kenya and sentenced him to death", "captured Barghouti in a house where he
    was hiding"): a person arrested, not ground."""
    if tok.pos_ != "PROPN" or _a_named_site(tok, ground) \
            or any(c.dep_ == "compound" for c in tok.children):
        return False
    after = [t for t in tok.sent if t.i > tok.i]
    return any(t.lemma_.lower() in CUSTODY_WORDS or t.lower_ in CUSTODY_WORDS for t in after) \
        and any(t.lower_ in SINGLE_PERSON_PRONOUNS for t in after) or _custody_joined(tok)


def _custody_joined(tok: Token) -> bool:
    """What was taken is what a verb joined to the taking, with neither a subject nor an
    object of its own, did to a captive ("Bishara was captured and had been held at a
    detention centre", "was captured in Caracas and delivered to the authorities",
    "captured and extradited X"): only a person is held or extradited; "captured the town
    and held it" holds what its own object names."""
    verb = tok.head
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in CUSTODY_VERBS
               and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
               for c in verb.children)


# Quantities of people referred to: "many of them were captured", "the rest were seized"
PEOPLE_QUANTIFIERS = {"many", "some", "several", "most", "all", "few", "dozens", "hundreds",
                      "another", "one",
                      "scores", "thousands", "each", "none", "both"}
PEOPLE_REMAINDERS = {"rest", "others", "remainder"}


def _some_of_people(tok: Token) -> bool:
    """"Many of them", "most of the men", "the rest", "others": people referred to by a
    quantity, not ground counted ("two of the villages" is caught as ground before)."""
    if tok.lower_ in PEOPLE_REMAINDERS:
        return True
    if tok.lower_ not in PEOPLE_QUANTIFIERS:
        return False
    counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ in ("them", "us", "those") or g.lemma_.lower() in PERSON_NOUNS
               or g.lemma_.lower() in TAKEN_PERSON_NOUNS | SUSPECT_WORDS for g in counted)


def _a_wanted_person(tok: Token) -> bool:
    """One taken as a suspect or named in apposition: "a suspected planner of the attacks,
    Ramzi Binalshibh", "the alleged mastermind", "the prime suspect"."""
    return tok.lemma_.lower() in SUSPECT_WORDS or any(
        c.lower_ in SUSPECT_WORDS or c.dep_ == "appos" and c.ent_type_ == "PERSON"
        for c in tok.children)


def _taken_where_found(tok: Token, places: set[int], ground: frozenset[str]) -> bool:
    """A name taken *in* a place ("Lindh was captured in Afghanistan", "Turkey captured
    Ocalan in Kenya", "Hamdan was captured at a roadblock in Afghanistan"): ground is taken,
    not found somewhere, so what is captured in a place the gazetteer or NER knows is a
    person. Not a name that NER or the gazetteer reads as a place or site."""
    if tok.ent_type_ in NOT_A_PERSON or _a_named_site(tok, ground) or tok.ent_type_ == "ORG" \
            and any(c.dep_ == "compound" for c in tok.children):
        return False   # a one-word name NER calls an organisation may be a person's
    if not (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "NORP")
            or tok.is_title and tok.pos_ == "NOUN" and tok.i == tok.sent.start):
        return False
    verb = tok.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.i in places or obj.ent_type_ in ("GPE", "LOC")
                                       or obj.lemma_.lower() in ("roadblock", "checkpoint",
                                                                 "raid", "hideout")):
                return True
    return False


# Words that take a person as a suspect: "the prime suspect", "the alleged mastermind"
SUSPECT_WORDS = {"suspect", "suspected", "wanted", "fugitive", "accused", "alleged",
                 "mastermind", "plotter", "ringleader", "bomber"}
