"""Predicates of a protest and what its sentence joins to it beyond the protest's clause:
one crowd told with two joined verbs ("hundreds of villagers protested outside the mine and
set fire to two trucks", "marched to the office and smashed its windows"), which the parse
splits into two clauses, so neither alone tells that the crowd turned violent (ACLED: a
violent demonstration); the force that ended it in an "until" clause; the dead it mourned;
another crowd's harm to the protesters, and a clash between two crowds (mob violence).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import FAMILY_OF
from eventdesk.components.events.subtype.demonstrations import CROWD_ROLES, SYMBOLS_BURNED
from eventdesk.components.events.subtype.protest_senses import role_tokens
from eventdesk.components.events.subtype.table import (
    ClauseFacts,
    _cue,
    predicate,
    tells_crowd_violence,
)
from eventdesk.extensions import doc_ext, first_conjunct, span_root

SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _protest_verbs(doc: Doc) -> set[int]:
    """The tokens that head a protest trigger ("protested", "marched", "rally")."""
    return {span_root(doc, m.start, m.end).i for m in doc_ext(doc, "triggers") or []
            if FAMILY_OF.get(m.category) == "protest"}


def _shares_subject(verb: Token) -> bool:
    """A verb joined by "and" with no subject of its own: its head's subject did it."""
    return verb.dep_ == "conj" and verb.pos_ == "VERB" \
        and not any(c.dep_ in SUBJECTS for c in verb.children)


@predicate.add
def deed_of_a_protesting_crowd(facts: ClauseFacts) -> bool:
    """The clause's verb is joined to a protest verb and shares its subject ("villagers
    protested outside the mine and set fire to two trucks"): the protesting crowd did it."""
    root = facts.clause.root
    return _shares_subject(root) and root.head.i in _protest_verbs(facts.doc)


@predicate.add
def violence_joined_to_the_protest(facts: ClauseFacts) -> bool:
    """A verb joined to the clause's protest verb and sharing its subject, or the verb the
    protest verb is so joined to, tells the crowd's violence or damage (typing.toml cues
    `violent_protest`, `protest_damage`): "marched to the office and smashed its windows",
    "broke through the gate and chanted slogans". Not burning only flags or effigies, a symbol of a
    peaceful protest; not a verb with a subject of its own ("and police fired tear gas")."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    return any(_joined_violence(doc[i]) or _violent_head(doc[i])
               for i in _protest_verbs(doc) & ids)


def _violent_head(verb: Token) -> bool:
    """The protest verb is the one joined, sharing the subject of a verb that tells the
    crowd's violence ("a crowd broke through the main gate and chanted slogans"): that verb's
    own words, less the protest verb's and those of a verb with a subject of its own."""
    if not _shares_subject(verb) or verb.head.pos_ != "VERB":
        return False
    skip = {s.i for t in verb.head.children if t.i == verb.i or (
        t.dep_ == "conj" and t.pos_ == "VERB" and not _shares_subject(t)) for s in t.subtree}
    words = [t for t in verb.head.subtree if t.i not in skip]
    return tells_crowd_violence(words)


@predicate.add
def violence_joined_to_the_deed(facts: ClauseFacts) -> bool:
    """A verb joined to the clause's own verb and sharing its subject tells the crowd's
    violence or damage ("a crowd stormed the jail, freed the inmates and set fire to the
    buildings", "workers stormed the residence, ransacked it and set it on fire"): the
    storming was a riot against property, as violence_joined_to_the_protest reads it of a
    protest verb."""
    return _joined_violence(facts.clause.root)


def _joined_violence(verb: Token) -> bool:
    """A verb joined to `verb` with no subject of its own tells violence or damage (cues
    `violent_protest`, `protest_damage`); not burning only flags or effigies."""
    for joined in verb.children:
        if not _shares_subject(joined):
            continue
        if any(c.dep_ == "dobj" and c.lemma_.lower() in SYMBOLS_BURNED
               for c in joined.children):
            continue
        # its words, and those of a verb joined to it in turn, but not of one with a
        # subject of its own ("... and smashed windows, and police fired tear gas")
        skip = {s.i for t in joined.subtree if t.dep_ == "conj" and t.pos_ == "VERB"
                and not _shares_subject(t) for s in t.subtree}
        words = [t for t in joined.subtree if t.i not in skip]
        if tells_crowd_violence(words):
            return True
    return False


# Marks of a clause that tells how the protest ended ("protested ... until police fired
# tear gas to disperse them"), which modality.toml's other_time cue leaves uncoded.
END_MARKS = frozenset({"until", "till"})


@predicate.add
def dispersed_at_its_end(facts: ClauseFacts) -> bool:
    """A past-tense "until" clause hung on the protest's clause tells a force's tear gas,
    dispersal or arrests (typing.toml cue `intervention`): "hundreds of youths protested,
    blocking roads, until police fired tear gas to disperse them" — the protest met an
    intervention, told only there (the "until" clause is no event of its own)."""
    ids = {t.i for t in facts.clause.tokens}
    for verb in facts.doc[facts.clause.tokens[0].sent.start:facts.clause.tokens[0].sent.end]:
        if verb.dep_ == "advcl" and verb.head.i in ids and verb.tag_ == "VBD" and any(
                c.dep_ == "mark" and c.lower_ in END_MARKS for c in verb.children) \
                and _cue("intervention", list(verb.subtree)):
            return True
    return False


# What the dead of an earlier day are carried in, buried or mourned with.
MOURNING_NOUNS = frozenset({"coffin", "casket", "funeral", "body", "burial", "grave",
                            "mourner", "mourning", "memorial", "vigil", "remains"})


@predicate.add
def deaths_only_mourned(facts: ClauseFacts) -> bool:
    """Every death word of the clause names dead who are carried, buried or mourned ("fired
    tear gas at a funeral procession carrying the coffins of several of the dead"): those
    died before, and the protest's own force killed nobody."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    deaths = [span_root(doc, m.start, m.end) for m in doc_ext(doc, "triggers") or []
              if m.category == "kill" and m.start in ids]
    return bool(deaths) and all(any(a.lemma_.lower() in MOURNING_NOUNS for a in d.ancestors)
                                for d in deaths)


# How a protest verb hangs on the people it describes: "students who were protesting",
# "activists trying to march", "arrested while marching to the palace".
DESCRIBING = ("relcl", "acl")


@predicate.add
def taken_while_protesting(facts: ClauseFacts) -> bool:
    """The people the clause takes are told protesting in a clause of their own ("police
    detained 20 students who were protesting against fees", "arrested activists who tried to
    march on parliament", "were arrested while marching to the palace"): the parse splits
    the protest from the arrest, which alone reads as plain arrests; the force stopped a
    protest, ACLED's protest with intervention. Not protesters arrested with no protest told
    ("police arrested dozens of protesters": rule protesters-arrested)."""
    root = facts.clause.root
    # the taken, or a word of the clause the parse hangs their relative clause on ("detained
    # 20 students on Monday who were protesting")
    taken = {t.i for t in facts.clause.tokens if t.i > root.i or t.dep_ == "nsubjpass"}
    first = first_conjunct(root)
    if first.dep_ in ("amod", "acl"):   # "baton-charged and detained workers", parsed as modifiers
        taken.add(first.head.i)
    # "detained members of a union who tried to march": the relative clause hangs on the union
    taken |= {g.i for i in list(taken) for p in facts.doc[i].children
              if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}
    for verb in (facts.doc[i] for i in _protest_verbs(facts.doc)):
        if verb.pos_ != "VERB":
            continue
        hung = first_conjunct(verb, also=("xcomp",))   # "who tried to march": on "tried"
        if hung.dep_ in DESCRIBING and hung.head.i in taken:
            return True
        if hung.dep_ == "advcl" and hung.head.i == root.i \
                and not any(c.dep_ in SUBJECTS for c in hung.children):
            return True
    return False


@predicate.add
def protesters_are_the_shot(facts: ClauseFacts) -> bool:
    """The side acted upon is who a shooting verb of the clause took for its object or
    passive subject ("two protesters were shot during a rally"), not a crowd beside another
    sense of the verb ("shot to fame after leading a group of protesters")."""
    patient = facts.patient
    if patient is None:
        return False
    crowd = range(patient.start, patient.end)
    return any(t.lemma_.lower() == "shoot" and t.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.i in crowd for c in t.children)
        for t in facts.clause.tokens)


# The protesters' own role, as the actor lexicon names people (CROWD_ROLES: any crowd).
PROTESTERS = frozenset({"protester"})


@predicate.add
def deed_of_a_crowd(facts: ClauseFacts) -> bool:
    """The clause's verb is joined by "and" to a verb whose subject is a crowd, and has no
    subject of its own ("angry residents captured a rebel fighter and clubbed him to
    death"): the parse splits the joined verb off with no doer, but the crowd did it. Not
    a side named as a people ("Palestinians seized a soldier and shot him"), which news so
    calls an armed side."""
    verb = facts.clause.root
    while _shares_subject(verb):
        verb = verb.head
    if verb.i == facts.clause.root.i:
        return False
    doc = facts.doc
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        mention = next((m for m in doc_ext(doc, "actors") or []
                        if m.start <= subject.i < m.end), None)
        if mention is not None and mention.role_hint in CROWD_ROLES \
                and subject.ent_type_ != "NORP":
            return True
    return False


# Verbs of a crowd's harm to people ("beating protesters with clubs", "attacked the marchers")
HARM_VERBS = frozenset({"beat", "club", "attack", "assault", "hack", "stab", "whip", "lynch"})


@predicate.add
def crowd_harms_protesters(facts: ClauseFacts) -> bool:
    """A verb of harm, the clause's or a participle of its subject's hung on it ("supporters
    stormed the protest camp, beating protesters with clubs"), whose object is protesters:
    one crowd's attack on another, mob violence (ACLED), not the protesters' own violence
    nor the protest word naming the victims read as a peaceful protest. Also a verb of harm
    whose own subject is a crowd in a clause hung on the root ("four were killed as party
    activists attacked the rally"), or joined to it with no subject of its own, the clause's
    doer's (the parse often hangs "as activists of the party attacked a rally" so); the rule
    reads that doer's role."""
    doc = facts.doc
    protesters = role_tokens(doc, PROTESTERS)
    root = facts.clause.root
    crowd = role_tokens(doc, CROWD_ROLES)
    verbs = [root] + [c for c in root.children if c.dep_ in ("advcl", "conj") and (
        (c.tag_ == "VBG" or c.dep_ == "conj") and not any(s.dep_ in SUBJECTS for s in c.children)
        or any(s.dep_ == "nsubj" and s.i in crowd for s in c.children))]
    protesting = _protest_verbs(doc)

    return any(_protesters_harmed(c, protesters, protesting) for v in verbs
               if v.lemma_.lower() in HARM_VERBS for c in v.children)


def _protesters_harmed(child: Token, protesters: frozenset[int], protesting: set[int]) -> bool:
    """A verb of harm's object that is protesters, or people a protest word describes
    ("attacked protesting teachers", also parsed as "attacked [protesting teachers]" with
    the participle hung on the verb): protesters as much as "protesters" are (issue 8:
    the victims were read as a peaceful protest of their own). Also the gathering itself
    named as the object ("attacked the opposition rally", "attacked a march of the
    students"): the people at it were harmed, a crowd on a crowd."""
    if child.dep_ == "dobj":
        return child.i in protesters or child.i in protesting \
            or any(c.dep_ in ("amod", "acl") and c.i in protesting for c in child.children)
    return child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i in protesting \
        and any(c.dep_ == "dobj" for c in child.children)


# Words that make the crowds "between" which a clash was two sides of one body ("a clash
# between two factions of the ruling party", "between rival groups of supporters")
GROUP_WORDS = frozenset({"faction", "group", "camp"})
RIVAL_WORDS = frozenset({"rival", "feuding", "two"})


@predicate.add
def crowds_fight_each_other(facts: ClauseFacts) -> bool:
    """A clash "between" two crowds ("a clash between two factions of the ruling party",
    "between rival groups of supporters", "between supporters of A and B"): rioters on both
    sides, mob violence (ACLED), not a violent demonstration, which needs a force or
    property as the other side; read with no force in the clause (`no_force_in_clause`).
    Not "supporters of A and B clashed": read so too, it cost a measured set a match. Also a
    crowd subject called rival that clashed or fought ("rival students fought in the town")
    and crowds that fought
    "each other" or "one another" (`_crowds_at_each_other`), and groups of two peoples
    that clashed (`_groups_of_two_peoples`)."""
    crowd = role_tokens(facts.doc, CROWD_ROLES)
    return any(tok.dep_ == "pobj" and tok.head.lower_ == "between"
               and (tok.i in crowd or tok.lemma_.lower() in GROUP_WORDS)
               and any(w.dep_ == "conj" or w.lower_ in RIVAL_WORDS
                       for w in tok.subtree if w.i != tok.i)
               for tok in facts.clause.tokens) or _crowds_at_each_other(facts, crowd) \
        or _groups_of_two_peoples(facts)


# How a people's name hangs on "groups": "Bengali groups", "Muslim groups"
PEOPLE_MODIFIERS = ("nmod", "amod", "compound")


def _groups_of_two_peoples(facts: ClauseFacts) -> bool:
    """The subject of the clause's fight verb is groups named by two peoples or faiths
    joined by "and" ("Hindu and Muslim groups clashed in the old town"): the two
    communities' crowds fought, which the lexicon, reading no actor in "groups", leaves to
    a battle's default sides (an armed group's name, "militia groups", is an armed side
    and fails `no_force_in_clause`)."""
    root = facts.clause.root
    if root.lemma_.lower() not in FIGHT_VERBS:
        return False
    for subject in (s for s in root.children if s.dep_ == "nsubj"):
        if subject.lemma_.lower() in GROUP_WORDS and any(
                m.dep_ in PEOPLE_MODIFIERS and any(c.dep_ == "conj" for c in m.children)
                for m in subject.children):
            return True   # "Hindu and Muslim groups": the peoples joined under "groups"
        if subject.pos_ in ("PROPN", "ADJ") and any(
                c.dep_ == "conj" and c.lemma_.lower() in GROUP_WORDS
                and any(m.dep_ in PEOPLE_MODIFIERS for m in c.children)
                for c in subject.children):
            return True   # "Chakma and Bengali groups", parsed as "Chakma" and "groups"
    return False


# Verbs of a fight between two sides, what a crowd called rival must do to be two crowds
FIGHT_VERBS = frozenset({"clash", "fight", "battle", "brawl", "scuffle", "skirmish"})


def _crowds_at_each_other(facts: ClauseFacts, crowd: frozenset[int]) -> bool:
    """The clause's subject is a crowd (supporters, workers, activists) called "rival" whose
    verb is a fight's ("rival students fought outside the hostel"; not "rival supporters
    torched the party's office", one crowd's deed), or a crowd subject whose deed is aimed
    at "each other" or "one another" ("students of two colleges threw rocks at one
    another"): two crowds fought, no force."""
    tokens = list(facts.clause.tokens)
    root = facts.clause.root
    verb = root.head if _shares_subject(root) else root   # "fought and threw rocks at …"
    subjects = [t for t in [*tokens, *verb.children]
                if t.dep_ in ("nsubj", "nsubjpass") and t.i in crowd]
    if not subjects:
        return False
    if verb.lemma_.lower() in FIGHT_VERBS and any(
            c.lower_ == "rival" for s in subjects for c in s.children if c.dep_ == "amod"):
        return True
    # the verbs joined to the clause's with no subject of their own tell the same fight
    tokens += [t for c in verb.children if c.dep_ == "conj" and _shares_subject(c)
               for t in c.subtree]
    words = [t.lower_ for t in sorted(set(tokens), key=lambda t: t.i)]
    return any(a == "each" and b == "other" or a == "one" and b == "another"
               for a, b in zip(words, words[1:], strict=False))
