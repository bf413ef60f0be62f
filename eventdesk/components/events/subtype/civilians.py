"""Predicates of who was harmed (ACLED violence against civilians versus battles):
civilians, people or fighters among the casualties, the victims of a battle verb, an
animal.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, lexicon, place_tokens
from eventdesk.components.events.subtype.shared import (
    GROUND_NOUNS,
    PERSON_NOUNS,
    SETTLED_GROUND,
    SUBJECT_DIES,
    _a_combatant,
    _ranked,
    _victim_words,
    counted_before,
    cue_in_clause_or_subjects,
)
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate, rule_table


@predicate.add
def killing_told_beside(facts: ClauseFacts) -> bool:
    """The clause tells a killing or wounding as a deed of its own, beside the kidnapping
    ("killed ten, kidnapped two", "were killed or kidnapped", "six policemen who were
    kidnapped have been killed", "killing eight travellers and taking away others"): the
    death trigger is the clause's verb or joined to it by co-ordination or an adverbial
    clause — not a relative clause about someone ("the widow of a soldier killed last
    year")."""
    doc, root = facts.doc, facts.clause.root
    ids = {t.i for t in facts.clause.tokens}

    def chain(tok: Token) -> set[int]:
        """The verb and the verbs it hangs on by co-ordination or adverbial clause; from a
        relative clause, the verb of the noun it tells of ("policemen who were kidnapped
        have been killed")."""
        found = {tok.i}
        for _ in range(6):
            if tok.dep_ in ("conj", "advcl", "xcomp", "ccomp") and tok.head.i != tok.i:
                tok = tok.head
            elif tok.dep_ == "relcl" and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj"):
                tok = tok.head.head
            else:
                break
            found.add(tok.i)
        return found

    ours = chain(root)
    for m in doc._.triggers or []:
        if m.category != "kill" or m.start not in ids:
            continue
        tok = doc[m.start:m.end].root
        if tok.dep_ == "relcl" or tok.dep_ == "acl":
            continue   # told of someone: "the widow of a soldier killed last year"
        if chain(tok) & ours:
            return True
    return False


@predicate.add
def has_civilian_victims(facts: ClauseFacts) -> bool:
    """Civilians acted upon, or named in a clause that names no other victim, or a person
    with no armed side acted upon ("shot dead a tailor")."""
    return facts.patient_role == "civilian" or (facts.patient is None and (
        _has_civilians(facts) or people_harmed(facts)))


@predicate.add
def civilians_harmed_besides_the_crowd(facts: ClauseFacts) -> bool:
    """has_civilian_victims, not counting the acting side's own phrase: "hundreds of party
    workers stormed the residence, setting fire to it" names civilians, but as who acted."""
    return facts.patient_role == "civilian" or (facts.patient is None and (
        _has_civilians(facts, besides_agent=True) or people_harmed(facts)))


def _has_civilians(facts: ClauseFacts, *, besides_agent: bool = False) -> bool:
    """Civilians named in the clause; with `besides_agent`, other than the acting side (a
    crowd of residents or workers that stormed a building is who acted, not its victim)."""
    ids = {t.i for t in facts.clause.tokens}
    agent = facts.agent if besides_agent else None
    acting: set[int] = set()
    if agent is not None:   # the agent's phrase before the verb: "a crowd of residents"
        verb = facts.clause.root.i
        acting = {t.i for t in facts.doc[agent.start:agent.end].root.subtree if t.i < verb}
        acting.add(agent.start)
    return any(m.role_hint == "civilian" and m.start in ids and m.start not in acting
               for m in facts.doc._.actors or [])


@predicate.add
def has_people(facts: ClauseFacts) -> bool:
    """Civilians, a number or "people" in the clause, or a person acted upon: someone to
    be taken."""
    return _has_civilians(facts) or people_harmed(facts) or any(
        t.like_num or t.lemma_.lower() in ("people", "person", "hostage")
        for t in facts.clause.tokens)


@predicate.add
def people_harmed(facts: ClauseFacts) -> bool:
    """The verb's object (the passive subject, or what it was aimed at) is a person with no
    armed side: "shot a tailor", "a priest was kidnapped", "burned a suspected thief alive",
    "threw acid on a teacher", "killed Ali Musa"."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint not in ("civilian", "protester")
             for i in range(m.start, m.end)}
    armed |= place_tokens(doc)   # "attacked Tal Afar": a place NER calls a person
    root = facts.clause.root
    for tok in list(facts.clause.tokens) + _objects_of_shared_verbs(doc, root):
        aimed_at = tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at") \
            and tok.head.head.i == root.i  # "threw acid on a teacher"
        # "the abduction of a customs official": the deed told as a noun, its "of" object
        deed_of = tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and any(m.start <= tok.head.head.i < m.end and m.category in TAKING_DEEDS
                    for m in facts.clause.triggers)
        if not (tok.dep_ in ("dobj", "nsubjpass") or aimed_at or deed_of) or tok.i in armed:
            continue
        if tok.ent_type_ in TIME_ENTITIES or tok.lower_ in CLOCK_WORDS or _names_ground(tok):
            continue  # "began the assault at 3 A.M.", "on the Sheikh Saeed District"
        if _a_name_stormed(tok):
            continue  # "troops stormed Najarah": a place NER calls a person
        if _names_a_person(tok, armed):
            return True
    return False


# NER's times and dates: names of an hour or a day, never of a victim.
TIME_ENTITIES = {"TIME", "DATE"}
# The hour's marks NER leaves untyped ("at 3 A.M.").
CLOCK_WORDS = {"a.m.", "p.m.", "a.m", "p.m", "gmt", "utc"}
# Deed nouns whose "of" object is who was taken or violated ("the kidnapping of a customs
# official"); not a killing's ("mass killings of Sunnis" is as often a record) nor a toll's.
TAKING_DEEDS = frozenset({"abduction", "sexual"})
# Pronouns that name people ("he was shot by masked gunmen").
PERSONAL_PRONOUNS = {"he", "she", "they", "him", "her", "them", "we", "us"}
# Attack words that are killings: only a being is beheaded or executed.
KILLING_LEMMAS = {"behead", "execute", "assassinate", "murder", "slaughter", "lynch",
                  "strangle", "massacre", "slay"}


@predicate.add
def someone_harmed(facts: ClauseFacts) -> bool:
    """Someone the clause shot, attacked or killed who is no armed side, no place and no
    ground: a personal pronoun or a name, whatever NER calls it ("he was shot by masked
    gunmen", "Millan was shot by gunmen"), or, as the victim of a death word (killed, shot
    dead, beheaded: only a being dies), any noun ("the executive director was shot dead",
    "the mayor's predecessor was killed"). Read where the side that did it is named."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint not in ("civilian", "protester")
             for i in range(m.start, m.end)} | place_tokens(doc)
    deaths = {i for m in facts.clause.triggers if m.category == "kill"
              or doc[m.start:m.end].root.lemma_.lower() in KILLING_LEMMAS
              for i in range(m.start, m.end)}
    deaths |= _deadly_verbs(facts)
    for tok in _victim_words(facts):
        if tok.i in armed or _names_ground(tok) or _a_combatant(tok, armed):
            continue
        if tok.lower_ in PERSONAL_PRONOUNS or tok.pos_ == "PROPN" \
                or tok.pos_ == "NOUN" and tok.head.i in deaths:
            return True
    return False


# Adverbs that make a wounding verb a killing ("fatally shot", "mortally wounded").
DEADLY_ADVERBS = {"fatally", "mortally"}


def _deadly_verbs(facts: ClauseFacts) -> set[int]:
    """Verbs of the clause that killed, besides its death triggers: one a death verb of
    the clause is co-ordinated with ("was shot and killed": the victim hangs on "shot"),
    or one a deadly adverb qualifies ("was fatally shot")."""
    tokens = facts.clause.tokens
    ids = {t.i for t in tokens}
    kills = {m.start for m in facts.doc._.triggers or [] if m.category == "kill"
             and m.start in ids}
    return {t.head.i for t in tokens if t.i in kills and t.dep_ == "conj"} | {
        t.i for t in tokens if any(c.dep_ == "advmod" and c.lower_ in DEADLY_ADVERBS
                                   for c in t.children)}


def _objects_of_shared_verbs(doc: Doc, root: Token) -> list[Token]:
    """The objects of verbs co-ordinated with the clause's verb that share its subject:
    "gunmen shot and wounded an activist" hangs the activist on "wounded". Not of a verb
    that is a trigger of its own ("stormed the consulate and seized 49 people")."""
    triggers = {m.start for m in doc._.triggers or []}
    return [o for v in root.children
            if v.dep_ == "conj" and v.pos_ == "VERB" and v.i not in triggers
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            for o in v.children if o.dep_ in ("dobj", "nsubjpass")]


# Verbs whose object is a place or a building, never a person: one storms or overruns a
# town, a district or a base
STORMING_VERBS = {"storm", "overrun"}


def _a_name_stormed(tok: Token) -> bool:
    """A proper name that a verb of storming takes ("stormed Najarah", "overran Tal
    Kroum"): the place stormed, whatever NER reads in the name; a nationality is people
    ("stormed the house and beat a Palestinian" hangs him on "beat")."""
    return tok.head.lemma_.lower() in STORMING_VERBS and tok.pos_ == "PROPN" \
        and tok.ent_type_ != "NORP"


def _names_a_person(tok: Token, armed: set[int]) -> bool:
    """A person with no armed side: a person noun ("a tailor"), a personal pronoun ("him"),
    a name ("Palme was shot"), a nationality ("a Palestinian was shot dead"),
    a name the words beside it say is a person ("Iqbal, a Christian", "British national
    John Smith", which NER may read as organisations), or a number of people ("the three
    were shot", "five of them")."""
    lemma = tok.lemma_.lower()
    if _ranked(tok, armed):
        return False   # "Major General X", "jihadi leaders": people of a side
    if lemma in PERSON_NOUNS or tok.lower_ in PERSON_NOUNS or tok.ent_type_ in ("PERSON",
                                                                                   "NORP"):
        return True
    if tok.pos_ == "PROPN" and any(
            c.dep_ in ("appos", "compound") and c.i not in armed
            and (c.pos_ != "PROPN" or c.ent_type_ == "NORP")
            and _names_a_person(c, armed) for c in tok.children):
        return True
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        return True  # a name NER left untyped; places and armed sides are excluded above
    before = counted_before(tok)
    if before is not None:   # "nine more were wounded": more of the people counted before
        return not _a_combatant(before, armed) and _names_a_person(before, armed)
    if tok.like_num and tok.pos_ == "NUM" and not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):  # "shot a 67"
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        return all(g.i not in armed and _names_a_person(g, armed) for g in counted)
    return False


@predicate.add
def combatant_casualties(facts: ClauseFacts) -> bool:
    """The dead or attacked are fighters, soldiers or police, named as the side acted upon
    or, where no country tells whose they are, by their word ("20 militants were killed")."""
    return _casualty_role(facts) in ARMED_ROLES


@predicate.add
def civilian_casualties(facts: ClauseFacts) -> bool:
    """The dead or attacked are civilians, named by their word ("dozens of villagers were
    killed") or by their own name, where no country tells whose they are."""
    return _casualty_role(facts) == "civilian"


def _casualty_role(facts: ClauseFacts) -> str | None:
    """The role of the side acted upon: its actor mention, else the role its words have in
    any country; fighters outrank civilians when both are named."""
    if facts.patient is not None:
        return facts.patient_role
    matcher = ActorMatcher.load()
    # a person named by name ("Halaby was shot dead") is a civilian unless called a fighter;
    # a name the gazetteer reads as a place ("attacked Tal Afar") is the scene, not a victim
    in_places = place_tokens(facts.doc)
    roles = {"armed" if _a_combatant(t, set())
             else "civilian" if t.ent_type_ == "PERSON" and t.i not in in_places
             else matcher.role_of_word(t.lower_)
             for t in _victim_words(facts) if not _names_ground(t) and not _a_name_stormed(t)}
    if roles & ARMED_ROLES:
        return "armed"
    return "civilian" if "civilian" in roles else None


def _names_ground(word: Token) -> bool:
    """The word is ground or a name of ground: "targeting the villages of Hawar Kalas and
    Harjalah", "the parts of Bustan al-Basha" — names NER may read as persons, which are
    the places attacked, not victims."""
    words = lexicon()
    ground = SETTLED_GROUND | GROUND_NOUNS | words["district_words"] | words["anaphora"] \
        | words["facility_words"]
    for tok in [word, *word.ancestors]:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in ground or tok.lower_ in ground:
            return True
    return False


def _folded_death_roles(facts: ClauseFacts) -> set[str]:
    """The roles of the dead of the death triggers among the clause's words (also those
    of a bare death clause folded into it: "neutralised dozens of terrorists and destroyed
    their bases"): an actor mention's role, else the role the word has in any country."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    matcher = ActorMatcher.load()
    roles: set[str] = set()
    for m in doc._.triggers or []:
        if m.category != "kill" or m.start not in ids:
            continue
        head = doc[m.start:m.end].root
        deps = {"nsubjpass", "dobj"} | ({"nsubj"} if head.lemma_.lower() in SUBJECT_DIES
                                        else set())
        stack = [c for c in head.children if c.dep_ in deps]
        while stack:
            tok = stack.pop()
            mention = next((a for a in doc._.actors or [] if a.start <= tok.i < a.end), None)
            role = mention.role_hint if mention is not None else matcher.role_of_word(tok.lower_)
            if role is None and _a_combatant(tok, set()):
                role = "armed"   # "killed its commander", "killed a colonel"
            if role is not None:
                roles.add(role)
            stack.extend(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj")
            stack.extend(c for c in tok.children if c.dep_ == "conj")
    return roles


@predicate.add
def fighters_killed_in_clause(facts: ClauseFacts) -> bool:
    """The clause's deaths (its own or a folded bare death clause's) are fighters,
    soldiers or police: "killed dozens of militants and destroyed their vehicles"."""
    return bool(_folded_death_roles(facts) & ARMED_ROLES)


@predicate.add
def civilians_killed_in_clause(facts: ClauseFacts) -> bool:
    """The clause's deaths are civilians only: "the attack killed five villagers and
    destroyed their homes"."""
    return _folded_death_roles(facts) == {"civilian"}


@predicate.add
def civilians_are_the_object(facts: ClauseFacts) -> bool:
    """"Ambushed a convoy of people fleeing the area": the civilians are what the battle
    verb acted upon (its object, or counted by it), not a side it fought with ("clashed
    with villagers") nor the toll of a fight ("fighting killed 55 people")."""
    if facts.patient is None or facts.patient_role != "civilian":
        return False
    doc = facts.doc
    battle_verbs = {doc[m.start:m.end].root.i for m in facts.clause.triggers
                    if m.category == "clash"}
    tok = doc[facts.patient.start:facts.patient.end].root
    for _ in range(4):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in battle_verbs:
            return True
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            return False
        tok = tok.head.head
    return False


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
    words = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
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
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers]
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
    the deed ("twelve miners were killed when a mine shaft collapsed", "died after their
    boat capsized"), which the clause's own words leave out: no side's deed."""
    doc = facts.doc
    for match in facts.clause.triggers:
        verb = doc[match.start:match.end].root
        for how in verb.children:
            if how.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in HOW_MARKS
                                           for m in how.children) \
                    and _cue("nature_or_accident", list(how.subtree)):
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
    if any(m.category in WAR_CATEGORIES for m in doc._.triggers or []):
        return True
    return any(m.role_hint in ("armed", "unidentified", "international")
               or m.role_hint == "state" and not m.actor.name.startswith("Police")
               for m in doc._.actors or [])


@predicate.add
def only_died(facts: ClauseFacts) -> bool:
    """The clause's deed words only say that someone died ("dozens died of disease", "he
    died in hospital"): a death with no deed told, which may be of illness or age."""
    doc = facts.doc
    return all(doc[m.start:m.end].root.lemma_.lower() in SUBJECT_DIES
               for m in facts.clause.triggers)


@predicate.add
def force_named_in_clause(facts: ClauseFacts) -> bool:
    """An armed side or a force named anywhere in the clause, not as its subject or object
    ("were shot to death in an army raid", "killed during operations by Iraqi forces"):
    a likely doer, so the killing is not one whose doer the report leaves unnamed."""
    ids = {t.i for t in facts.clause.tokens}
    return any(m.role_hint in ARMED_ROLES and m.start in ids for m in facts.doc._.actors or [])
