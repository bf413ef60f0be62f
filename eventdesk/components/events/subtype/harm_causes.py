"""Predicates of a harm that is no side's deed or no violence at all: nature, an accident
or an animal did it, or an "attack" is criticism of an idea; and, for a killing whose doer
the report leaves unnamed, whether the report tells a conflict, a death alone, or a force
nearby. Split from civilians.py, which reads who was harmed.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import ARMED_ROLES, FAMILY_OF
from eventdesk.components.events.happened.no_one import no_one
from eventdesk.components.events.subtype.shared import SUBJECT_DIES, cue_in_clause_or_subjects
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate, rule_table
from eventdesk.extensions import doc_ext, span_root

# Animals that attack or are shot (rule animal-not-actor).
ANIMALS = {"leopard", "tiger", "lion", "elephant", "bear", "wolf", "crocodile", "alligator",
           "shark", "snake", "cobra", "python", "dog", "bull", "buffalo", "hippo",
           "hippopotamus", "boar", "jaguar", "puma", "cougar", "hyena", "bee", "wasp",
           "monkey", "baboon", "rhino", "animal"}


@predicate.add
def harm_by_nature_or_accident(facts: ClauseFacts) -> bool:
    """A disaster, an illness or an accident (typing.toml cue `nature_or_accident`) in the
    clause or as the subject of its verbs: "heavy rains killed 30 people", "flash floods
    swept away homes and killed nine people"."""
    return cue_in_clause_or_subjects(facts, "nature_or_accident")


# Verbs and nouns of attack that take an idea in the sense of criticism.
ATTACK_WORDS = frozenset({"attack", "assault"})


@predicate.add
def attack_on_an_idea(facts: ClauseFacts) -> bool:
    """Every attack word of the clause has an idea for its target (typing.toml cue
    `ideas`: "lawmakers attacked the government's budget", "an attack on democracy",
    "the plan was attacked by critics"): criticism, no violence."""
    words = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "attack"]
    if not words or len(words) != len(facts.clause.triggers):
        return False
    ideas = rule_table().cues["ideas"].words
    for word in words:
        if word.lemma_.lower() not in ATTACK_WORDS:
            return False
        if word.pos_ == "VERB":
            targets = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
        else:
            targets = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "on"
                       for g in c.children if g.dep_ == "pobj"]
        if not targets or not all(t.lemma_.lower() in ideas for t in targets):
            return False
    return True


@predicate.add
def animal_acts_or_suffers(facts: ClauseFacts) -> bool:
    """An animal as who attacked ("a snow leopard attacked a herd of goats", "mauled by a
    tiger", "killed in a shark attack") or as what was shot ("rangers shot a crocodile"):
    wildlife, no side's deed."""
    doc = facts.doc
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers]
    for verb in verbs:
        nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        nouns += [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        nouns += [c for c in verb.children if c.dep_ == "compound"]   # "a shark attack"
        # a lower-case word: "the Tigers" and "Tiger Forces" are armed sides
        if any(n.lemma_.lower() in ANIMALS and n.text.islower() for n in nouns):
            return True
    return False


# Words that open an adverbial clause telling how a harm came about.
HOW_MARKS = frozenset({"when", "as", "after"})


@predicate.add
def harmed_in_a_told_accident(facts: ClauseFacts) -> bool:
    """The harm's cause is an accident or a disaster told in an adverbial clause hung on
    the deed or on a harm of its sentence ("twelve miners were killed when a mine shaft
    collapsed", "died after their boat capsized", "nine were killed and 14 injured when a
    lorry overturned"), which the clause's own words leave out: no side's deed."""
    doc = facts.doc
    sent = facts.clause.sent
    harms = [m for m in doc_ext(doc, "triggers") or []
             if m.category == "kill" and sent.start <= m.start < sent.end]
    for match in [*facts.clause.triggers, *harms]:
        for how in span_root(doc, match.start, match.end).children:
            if how.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in HOW_MARKS
                                           for m in how.children) \
                    and (_cue("nature_or_accident", list(how.subtree))
                         or _cue("vehicle_mishap", list(how.subtree))):
                return True
    return False


# Trigger categories of war's weapons and fighting: a report that tells one is of a conflict.
WAR_CATEGORIES = frozenset({"clash", "capture", "recapture", "air", "shelling", "suicide",
                            "explosive", "grenade", "chemical", "strike"})


@predicate.add
def conflict_in_report(facts: ClauseFacts) -> bool:
    """A killing whose doer the report leaves unnamed is told in a conflict, not as ordinary
    crime: the victim holds a public office or calling ("the mayor was shot dead"; cue
    public_victim, in the clause), or the report names an armed group, troops or a foreign
    force (not only police, whom every crime report quotes), tells war's weapons or fighting
    (a bombing, shelling, a clash), or has words of political violence (cue conflict_setting:
    "assassins", "insurgency", "sectarian")."""
    doc = facts.doc
    if _cue("public_victim", facts.clause.tokens) or _cue("conflict_setting", list(doc)):
        return True
    if any(m.category in WAR_CATEGORIES for m in doc_ext(doc, "triggers") or []):
        return True
    return any(_a_fighting_side(m) for m in doc_ext(doc, "actors") or [])


@predicate.add
def only_died(facts: ClauseFacts) -> bool:
    """The clause's deed words only say that someone died ("dozens died of disease", "he
    died in hospital"): a death with no deed told, which may be of illness or age."""
    doc = facts.doc
    return all(span_root(doc, m.start, m.end).lemma_.lower() in SUBJECT_DIES
               for m in facts.clause.triggers)


@predicate.add
def force_named_in_clause(facts: ClauseFacts) -> bool:
    """An armed side or a force named anywhere in the clause, not as its subject or object
    ("were shot to death in an army raid", "killed during operations by Iraqi forces"):
    a likely doer, so the killing is not one whose doer the report leaves unnamed."""
    ids = {t.i for t in facts.clause.tokens}
    return any(m.role_hint in ARMED_ROLES and m.start in ids
               for m in doc_ext(facts.doc, "actors") or [])


# Trigger families that make an arrest after an accident a crowd's handling, not negligence.
CROWD_FAMILIES = frozenset({"protest", "riot"})
# Trigger families of harm: in an accident's report, each must be the accident's.
HARM_FAMILIES = frozenset({"kill", "attack"})


@predicate.add
def held_after_an_accident(facts: ClauseFacts) -> bool:
    """An arrest told after an accident or a disaster (cues `accidental_blast`,
    `nature_or_accident` in the report up to the arrest: "a gas cylinder exploded … the
    owner was detained for questioning", "after the quake police detained dozens on
    suspicion of looting"), in a report that names no armed side and tells no crowd, with
    no conflict figure held (cue `conflict_arrest`), and no harm told but in the
    accident's sentences: negligence or a disaster's petty crime, police work, not ACLED's
    arrests."""
    doc = facts.doc
    # the report's trigger and actor lists first: read in microseconds, they settle most
    # clauses before the report's words are
    if any(FAMILY_OF[m.category] in CROWD_FAMILIES for m in doc_ext(doc, "triggers") or []):
        return False
    if any(_a_fighting_side(m) for m in doc_ext(doc, "actors") or []):
        return False
    told = list(doc[:facts.clause.end])
    if not (_cue("accidental_blast", told) or _cue("nature_or_accident", told)):
        return False
    if _cue("conflict_arrest", list(facts.clause.root.subtree)):
        return False
    # every harm the report tells is the accident's: told in a sentence that names it
    return not any(FAMILY_OF[m.category] in HARM_FAMILIES and not _accident_in(doc[m.start].sent)
                   for m in doc_ext(doc, "triggers") or [])


def _accident_in(sent) -> bool:
    tokens = list(sent)
    return _cue("accidental_blast", tokens) or _cue("nature_or_accident", tokens)


def _a_fighting_side(mention) -> bool:
    """An armed group, troops or a foreign force named — not police, whom every crime or
    accident report quotes."""
    return mention.role_hint in ("armed", "unidentified", "international") \
        or mention.role_hint == "state" and not mention.actor.name.startswith("Police")


@predicate.add
def strike_told_just_before(facts: ClauseFacts) -> bool:
    """A strike or shelling told in the sentence before or earlier in this one ("the
    occupiers shelled the district. In X, a woman was injured"): a digest's harm listed
    next, with no deed of its own, is that strike's, not an unnamed side's attack."""
    doc, sent = facts.doc, facts.clause.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(first <= m.start < facts.clause.root.i and FAMILY_OF[m.category] == "explosion"
               for m in doc_ext(doc, "triggers") or [])


@predicate.add
def clan_feud_named(facts: ClauseFacts) -> bool:
    """A clan, tribe or militia named in the clause's sentence (typing.toml cue
    `clan_feud`: "a feud between two clans broke out again near the market"): a feud fought
    by a clan's or a tribe's men, which ACLED codes, not a private quarrel between kin
    (rule family-quarrel-not-riot)."""
    return _cue("clan_feud", list(facts.clause.sent))


# Words of people hit by fire, read in the clause (rule shots-fired-at-nobody).
HIT_WORDS = frozenset({"kill", "killing", "wound", "wounding", "injure", "injuring", "hit",
                       "dead", "death", "victim", "victims", "casualty", "casualties"})


@predicate.add
def someone_hit_by_the_fire(facts: ClauseFacts) -> bool:
    """Someone hit, killed or wounded in the clause ("shot sporadically at the crowd,
    killing two"): the shooting harmed people, an attack or a clash, not shots at nobody
    (rule shots-fired-at-nobody). A hit told as none ("hitting nobody", "no one was
    killed", "no casualties", "without hitting anyone", "was not injured") is no hit."""
    return any((t.lemma_.lower() in HIT_WORDS or t.lower_ in HIT_WORDS) and not _no_hit(t)
               for t in facts.clause.tokens)


def _no_hit(word: Token) -> bool:
    """The hit word is negated: "not", "no" or "without" on it, or no one as its subject
    or object ("nobody was killed", "no one was hit": happened/no_one.py `no_one`)."""
    if word.head.lower_ == "without" or any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in word.children):
        return True
    return any(no_one(c) for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
