"""Predicates of fallen fighters (ACLED battles versus attacks): whether the dead were
fighters who fought back, named or counted, or members of a force who could not (a captive
executed, an officer off duty, the state's civilian staff).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, place_tokens
from eventdesk.components.events.subtype.battles import FORCE_TARGETS, fighting_told
from eventdesk.components.events.subtype.shared import (
    COMBATANT_NOUNS,
    FIGHTER_NOUNS,
    FIGHTER_QUALIFIERS,
    PERSON_NOUNS,
    _a_combatant,
    _is_civilian_token,
    _victim_words,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate

# Whom an armed side kills when it kills members of a force that could not fight back:
# the captive executed, the off-duty or former officer, the state's civilian staff.
EXECUTION_VERBS = {"execute", "behead", "decapitate"}
DEFENCELESS_MARKS = {"off-duty", "unarmed", "former", "retired", "ex", "ex-", "handcuffed",
                     "captive", "captured", "abducted", "kidnapped", "detained"}
STATE_STAFF_NOUNS = {"official", "employee", "worker", "staff", "councillor", "councilor",
                     "minister", "lawmaker", "parliamentarian", "director", "administrator",
                     "clerk", "judge", "prosecutor", "contractor", "spokesman", "spokeswoman",
                     "engineer", "teacher", "doctor", "nurse", "governor", "mayor"}

# A police commander named by his rank ("a police chief", "two police commanders", "the
# top police official", "a senior police officer"): shot where nobody fights, the target of
# an assassination, which the labelled wire sentences code as an attack.
COMMAND_RANKS = {"chief", "commander", "official", "head"}
SENIOR_MARKS = {"senior", "top", "deputy", "acting", "high-ranking", "ranking", "no."}
POLICE_WORDS = {"police", "policeman"}


def _police_commander(staff: Token) -> bool:
    """The noun names a police officer of command rank: "police chief", "police
    commanders", "top police official", "senior police officer", "No. 2 police officer"."""
    mods = {c.lower_ for c in staff.children if c.dep_ in ("compound", "amod", "nmod")}
    mods |= {t.lower_ for t in staff.doc[staff.left_edge.i:staff.i]}
    if not mods & POLICE_WORDS:
        return False
    lemma = staff.lemma_.lower()
    return lemma in COMMAND_RANKS or lemma == "officer" and bool(mods & SENIOR_MARKS)


def _post_attacked(facts: ClauseFacts, victim: Token) -> bool:
    """The clause attacks a force or its post besides the victim ("attacked a checkpoint,
    killing a police commander", "stormed a police station and killed its chief")."""
    own = {t.i for t in victim.subtree}
    return any(t.i not in own and t.dep_ in ("dobj", "nsubjpass", "pobj") and (
        {t.lemma_.lower()} | {c.lemma_.lower() for c in t.children
                              if c.dep_ in ("compound", "amod")}) & FORCE_TARGETS
               for t in facts.clause.tokens)


def _force_victims(facts: ClauseFacts) -> list[Token]:
    """The head words of the victims that read as a force: the side acted upon's noun
    ("two policemen", "a local government official"), else the victim words."""
    doc = facts.doc
    if facts.patient is not None:
        return [doc[facts.patient.start:facts.patient.end].root]
    return _victim_words(facts)


def _marked_defenceless(word: Token) -> bool:
    """"An off-duty police officer", "a former army colonel", "two officers who were
    abducted days ago": a modifier, or a relative clause, that says the victim was not
    fighting."""
    doc = word.doc
    nouns = [word] + ([word.head] if word.dep_ in ("compound", "amod") else [])
    for noun in nouns:
        span = doc[noun.left_edge.i:noun.i + 1]
        if any(t.lower_ in DEFENCELESS_MARKS or t.lemma_.lower() in DEFENCELESS_MARKS
               or t.lower_ == "off" and t.i + 1 < len(doc) and t.nbor(1).lower_ in ("-", "duty")
               for t in span):
            return True
        if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("abduct", "kidnap",
                                                                   "capture", "detain")
               for c in noun.children):
            return True
    return False


def _of_a_force(word: Token, armed: set[int]) -> bool:
    """The word, or a word qualifying it ("army colonel"), or its apposition ("X, a police
    chief"), names a force."""
    matcher = ActorMatcher.load()
    nouns = [word, *(c for c in word.children if c.dep_ == "appos")]
    return any(t.i in armed or matcher.role_of_word(t.lower_) in ARMED_ROLES
               or t.lemma_.lower() in COMBATANT_NOUNS   # "the captured pilot"
               for n in nouns
               for t in [n] + [c for c in n.children if c.dep_ in ("compound", "amod")])


# The qualifier that makes an official the state's ("a government official", "city council
# officials"), not an armed group's ("the group's military official").
STATE_QUALIFIERS = {"government", "state", "council", "city", "municipal", "ministry",
                    "provincial", "local", "district", "county", "federal"}


@predicate.add
def force_victims_defenceless(facts: ClauseFacts) -> bool:
    """Members of a force killed where they could not fight back: executed or beheaded
    ("ISIS executed two policemen"), off duty, former or captive ("shot dead an off-duty
    police officer", "a former army colonel was shot"), or the state's civilian staff whom
    the force's name only qualifies ("a government official", "two council officials").
    ACLED codes these as violence against civilians: the victims were unarmed, no two sides
    fought."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    verbs = {facts.clause.root.lemma_.lower()} | {doc[m.start:m.end].root.lemma_.lower()
                                                  for m in facts.clause.triggers}
    for word in _force_victims(facts):
        staff = word.head if word.dep_ in ("compound", "amod", "poss") else word
        if _state_staff(staff):
            return True
        if _police_commander(staff) and not (fighting_told(facts)
                                             or _post_attacked(facts, staff)):
            return True
        if _of_a_force(word, armed) and (verbs & EXECUTION_VERBS or _marked_defenceless(word)
                                         or _off_guard(facts.clause.root)
                                         or _punished(facts.clause.root)):
            return True
    return False


def _state_staff(staff: Token) -> bool:
    """The state's civilian staff, whom a force's name only qualifies: "a government
    official", "two council officials"."""
    return staff.lemma_.lower() in STATE_STAFF_NOUNS and any(
        c.lemma_.lower() in STATE_QUALIFIERS for c in staff.children
        if c.dep_ in ("compound", "amod"))


@predicate.add
def state_staff_taken(facts: ClauseFacts) -> bool:
    """Among those the clause acts upon is the state's civilian staff ("seized three local
    government officials"): unarmed people, hostages when taken, not fighters captured."""
    return any(_state_staff(w.head if w.dep_ in ("compound", "amod", "poss") else w)
               for w in _force_victims(facts))


# What a side punishes its captives or its own men for ("killed on charges of spying").
CHARGE_NOUNS = {"charge", "charges", "accusation", "accusations", "allegation", "allegations",
                "suspicion", "spying", "espionage", "treason", "apostasy", "desertion",
                "collaboration", "blasphemy", "betrayal"}


def _punished(verb: Token) -> bool:
    """The killing is told as a punishment, the deed of a side on people in its hands:
    "killed for attempting to flee", "killed for dealing with the regime", "killed on
    charges of spying", "shot for desertion" — an execution, not a fight (not "killed
    for the first time")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on")):
        for g in prep.children:
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and prep.lower_ == "for" \
                    or g.dep_ == "pobj" and g.lower_ in CHARGE_NOUNS:
                return True
    return False


# What a member of a force does off guard when he is shot ("as he left home", "while
# walking near the market", "as he watched a bingo game"), and where ("on his way to work",
# "in their car", "at his home")
OFF_GUARD_VERBS = {"leave", "walk", "drive", "watch", "wait", "pray", "sit", "shop", "eat",
                   "sleep", "jog", "play", "attend", "buy", "visit", "return", "head", "go"}
OFF_GUARD_PLACES = {"way", "home", "house", "apartment", "residence", "car", "shop",
                    "office", "family"}


def _off_guard(verb: Token) -> bool:
    """The verb's "as/while …" clause has the victim at an everyday act ("as he left
    home"), or a phrase puts him in his own life ("on his way to work", "in their car"):
    he was targeted, not fighting. Read on the verb's own dependents and on those of a verb
    co-ordinated with it ("was shot and killed outside his home", "was shot and wounded as
    he left")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for child in (c for v in verbs for c in v.children):
        if child.dep_ == "advcl" and _at_the_front(child):
            continue   # "shot while driving through the front-line suburb": where sides fight
        if child.dep_ == "advcl" and child.lemma_.lower() in OFF_GUARD_VERBS and any(
                g.dep_ == "mark" and g.lower_ in ("as", "while", "when") for g in child.children):
            return True
        if child.dep_ == "advcl" and child.lemma_.lower() in OFF_GUARD_VERBS \
                and child.tag_ == "VBG" and child.left_edge.lower_ == "while":
            return True
        if child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "outside"):
            for place in (g for g in child.children if g.dep_ == "pobj"):
                if place.lemma_.lower() in OFF_GUARD_PLACES and any(
                        c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
                        for c in place.children):
                    return True
    return False


# Words of a front line: where the sides face each other and snipers shoot
FRONT_LINE = ("front-line", "frontline", "front line", "front lines", "front-lines")


def _at_the_front(clause_verb: Token) -> bool:
    """The everyday act is told at a front line ("while driving through the front-line
    suburb"): a soldier there is at his post in the fight, not off guard."""
    words = clause_verb.doc[clause_verb.left_edge.i:clause_verb.right_edge.i + 1].text.lower()
    return any(w in words for w in FRONT_LINE)


# Who fights beside a named victim ("was killed along with ten escorts", "and two of his
# bodyguards"): people of an armed side.
ESCORT_NOUNS = FIGHTER_NOUNS | {"escort", "bodyguard", "comrade", "jihadi", "jihadist"}
FIRE_WORDS = {"fire", "shoot", "attack", "resist", "clash"}


@predicate.add
def victims_fought(facts: ClauseFacts) -> bool:
    """The dead were fighting or fighters: a named person killed with escorts or fighters
    and no civilian ("X was killed along with ten of his escorts", "alongside three other
    YPG fighters"), or said to have fired ("a man they say opened fire on them", "killed
    after exchanging fire with the patrol"). An armed clash, not an attack on civilians."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    victims = _victim_words(facts)
    root = facts.clause.root
    beside = [g for v in victims + [root] for c in v.children
              if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
              for g in c.children if g.dep_ == "pobj"]
    beside += [g for v in victims + [root] for c in v.children
               if c.dep_ in ("advmod", "prt") and c.lower_ == "along"
               for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    companions = beside + [v for v in victims if v.dep_ == "conj"]
    companions += [g for w in companions for p in w.children if p.dep_ == "prep"
                   and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # "six of"
    places = place_tokens(doc)
    named = any(v.ent_type_ == "PERSON" or v.pos_ == "PROPN" and not v.ent_type_
                and v.i not in places and v.i not in armed for v in victims)
    civilians = any((w.lemma_.lower() in PERSON_NOUNS or w.ent_type_ == "NORP")
                    and not _a_combatant(w, armed) for w in companions)
    if named and not civilians and any(
            t.i in armed or t.lemma_.lower() in ESCORT_NOUNS for w in companions
            for t in [w] + [c for c in w.children if c.dep_ in ("compound", "amod")]):
        return True
    for word in victims:
        if any(c.dep_ == "relcl" and _fires(c) for c in word.children):
            return True
    return any(_fighting_when_hit(c) for c in root.children)


# What the dead were doing when they fell, said with "while" or "after" ("killed while
# defending the town", "were killed after beheading a priest", "after exchanging fire").
FIGHTING_DEEDS = {"defend", "fight", "battle", "attack", "storm", "ambush", "behead",
                  "raid", "assault", "resist", "shoot", "exchange", "infiltrate", "engage"}


def _fighting_when_hit(child: Token) -> bool:
    """The verb's "while …" or "after …" phrase has the dead themselves fight or attack
    (its verb has no subject of its own, so it is theirs): "killed while defending the
    shrines", "killed after beheading a priest", "after exchanging fire with the patrol";
    not "killed while fleeing" nor "after gunmen stormed the village"."""
    if not (child.dep_ in ("advcl", "prep") and child.lower_ in ("after", "while")
            or child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("after", "while")
                                             for g in child.children)):
        return False
    deeds = [t for t in child.subtree if t.tag_ == "VBG" and t.lemma_.lower() in FIGHTING_DEEDS
             and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)]
    return any(t.lemma_.lower() != "exchange" or any(
        c.lemma_.lower() == "fire" for c in t.children) for t in deeds)


# The deeds a victim is "behind" when a relative clause makes him their author ("who they
# said was behind the bombings").
ATTACK_NOUNS = {"attack", "attacks", "bombing", "bombings", "killing", "killings", "ambush",
                "ambushes", "massacre", "blast", "blasts", "raid", "raids"}


def _fires(clause_verb: Token) -> bool:
    """The relative clause has its subject fire or attack: "(who) opened fire", "(they say)
    exchanged fire", "(who) attacked the patrol", "(who they said) was preparing to attack
    a hotel", "(they claim) were behind the killings"; not "(who were) shot by troops"."""
    for t in clause_verb.subtree:
        if t.lemma_.lower() == "fire" and t.dep_ == "dobj" \
                and t.head.lemma_.lower() in ("open", "exchange"):
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() in FIRE_WORDS - {"fire"} and t.tag_ != "VBN" \
                and (any(c.dep_ == "nsubj" for c in t.children)
                     or t.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in t.head.children)):
            return True
        if t.lower_ == "behind" and any(g.dep_ == "pobj" and g.lower_ in ATTACK_NOUNS
                                        for g in t.children):
            return True
    return False


@predicate.add
def victims_are_fighters(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or hurt is of an armed side, several of them
    ("three SDF fighters were killed", "thirteen members of the armed forces were killed
    during the attack"), and no civilian is among them: fighters fall in fighting, an armed
    clash, however the person nouns in "members" read. The captive executed or the officer
    shot off duty is read first (force_victims_defenceless)."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN", "PRON")]
    if not victims:
        return False
    fighters, civilians = _fighters_and_civilians(doc, victims, armed)
    # several fall in a fight; one member of a force shot alone is more often a targeted
    # killing ("a police chief was shot as he left home"), which the attack rules read
    several = any(w.tag_ in ("NNS", "NNPS") for w in fighters)
    return several and not civilians


# Who holds a post and falls when it is attacked: its guards, the volunteers of a village
# or civil defence ("a defence volunteer checkpoint … killing two volunteers").
POST_DEFENDERS = {"guard", "volunteer", "defender", "sentry", "watchman", "vigilante"}


@predicate.add
def victims_guard_the_post(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or hurt is named as one who guards a post —
    guards, volunteers, sentries — words that alone read as civilians ("volunteers" of
    an aid group): read with force_attacked, the post's armed defenders."""
    doc = facts.doc
    nouns = PERSON_NOUNS | FIGHTER_NOUNS | POST_DEFENDERS
    people = [w for w in _victim_words(facts)
              if w.lemma_.lower() in nouns or w.pos_ == "PRON"
              or w.ent_type_ in ("PERSON", "NORP") or _is_civilian_token(doc, w)]
    return bool(people) and all(w.lemma_.lower() in POST_DEFENDERS for w in people)


# People nouns too vague to tell a civilian from a fighter ("five people were killed in
# clashes with the rebels"): not enough alone to read the victims as civilians.
def _qualifiers(word: Token) -> list[Token]:
    """The words that tell whose or what a person is: modifiers, possessors, appositions
    and the nouns after "of", "in" or "from" ("the head of ISIS media", "Al-Qaeda founder
    bin Laden"), not a relative clause about them ("an imam opposed to the campaign")."""
    found, stack = [], [c for c in word.children]
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("compound", "amod", "poss", "nmod", "appos", "pobj"):
            found.append(tok)
            stack.extend(c for c in tok.children)
        elif tok.dep_ == "prep" and tok.lower_ in ("of", "in", "from", "with"):
            stack.extend(c for c in tok.children if c.dep_ == "pobj")
    return found


MILITARY_QUALIFIERS = FIGHTER_QUALIFIERS | {"commander"}
VAGUE_PEOPLE = {"people", "person", "member", "man", "men", "other", "others", "body"}


@predicate.add
def victims_named_civilians_beside_a_force(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or hurt is a person with no armed side — an
    elder, a pastor, officials, a named man ("killed a pro-government tribal elder",
    "killed two city council officials and a former parliamentarian", "shot Alhaji X, the
    director at the State Ministry") — and the force the actor lexicon found in the clause
    is none of them: it only qualifies a victim or a place, or reports ("police said").
    One-sided violence on civilians, an attack, not a clash with the force."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN", "PRON")
               and w.lower_ != "of"]
    if not victims or any(_a_combatant(w, armed) for w in victims):
        return False
    rebels = {i for m in doc._.actors or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    if any(t.i in rebels or t.lemma_.lower() in MILITARY_QUALIFIERS
           for w in victims for t in _qualifiers(w)):
        return False   # "the head of ISIS media", "Al-Qaeda founder bin Laden"
    patient = facts.patient
    if patient is not None and any(patient.start <= w.i < patient.end for w in victims):
        return False
    named = [w for w in victims if w.ent_type_ == "PERSON"
             or w.lemma_.lower() in PERSON_NOUNS - VAGUE_PEOPLE]
    return bool(named)


# What a relative clause has a named victim do when it makes him a fighter ("who was leading
# Nusra operations", "who joined Kurdish fighters", "who commanded the brigade").
FIGHTER_DEEDS = {"lead", "command", "head", "join", "fight", "run"}
# Words that put a person's side in his past: "a former rebel", "a rebel leader-turned-
# president", "a longtime rebel who seized power".
PAST_SIDE_WORDS = {"former", "ex", "ex-", "turned", "longtime", "one-time", "onetime",
                   "retired", "erstwhile"}
# The words that make a named person one of a non-state armed side ("ISIS commander X", "X,
# a jihadi", "the militant group's leader X"); a force's words are read apart (of_a_force).
REBEL_WORDS = (MILITARY_QUALIFIERS - {"military", "army"}) | {
    "fighter", "jihadi", "militiaman", "militiamen", "guerrilla", "mujahid", "emir"}


@predicate.add
def named_victim_a_fighter(facts: ClauseFacts) -> bool:
    """A victim named by name is said to be of a non-state armed side — by an apposition,
    title or "of" ("X, a member of the Jund al-Sham group", "ISIS commander X", "X, the
    militant group's leader") or by a relative clause ("X, who was leading Nusra operations",
    "X, a volunteer who joined Kurdish fighters") — and no victim is a civilian: a fighter
    who fell, ACLED's armed clash (violence against civilians needs civilian victims), where
    the name alone would read him as a civilian. Not a member of a force: a lone officer
    shot is more often a targeted killing (rules force-members-defenceless,
    civilians-attacked)."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    rebels = {i for m in doc._.actors or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    places = place_tokens(doc)
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN", "PRON")]
    names = [w for w in victims if w.i not in places and (
        w.ent_type_ == "PERSON" or w.pos_ == "PROPN" and w.ent_type_ in ("", "ORG"))]
    if not names:
        return False
    if any(w not in names and (w.lemma_.lower() in PERSON_NOUNS - VAGUE_PEOPLE
                               or _is_civilian_token(doc, w))
           for w in victims):
        return False   # "X and two farmers": civilians among the dead

    matcher = ActorMatcher.load()

    def fighter_word(t: Token) -> bool:
        lemma = t.lemma_.lower()
        return t.i in rebels or lemma in REBEL_WORDS

    def of_a_force(t: Token) -> bool:
        return t.i in armed and t.i not in rebels or t.lemma_.lower() in ("army", "military") \
            or matcher.role_of_word(t.lower_) in ("state", "international")

    for name in names:
        quals = _qualifiers(name)
        if any(of_a_force(t) for t in quals):
            continue   # "police commander X", "army colonel X": the force rules read him
        if any(t.lower_ in PAST_SIDE_WORDS for q in quals for t in q.subtree):
            continue   # "a longtime rebel who seized power", "rebel leader-turned-president"
        if any(fighter_word(t) for t in quals):
            return True
        clauses = [c for w in [name, *(q for q in quals if q.dep_ == "appos")]
                   for c in w.children if c.dep_ == "relcl"]
        if any(c.lemma_.lower() in FIGHTER_DEEDS and any(
                fighter_word(t) or t.i in armed for t in c.subtree if t.i != c.i)
               for c in clauses):
            return True
        if any(_described_as_a_fighter(c, rebels) for c in clauses):
            return True   # "X, whom the sources described as the militant group's leader"
    return False


# Verbs by which a report or its sources say who someone was: "described as", "identified as"
DESCRIBING_VERBS = {"describe", "identify", "call", "label"}
# Heads of a side's people: "the militant group's leader", "a member of the militia"
SIDE_POSTS = {"leader", "commander", "member", "chief", "head", "emir", "fighter"}


def _described_as_a_fighter(verb: Token, rebels: set[int]) -> bool:
    """The verb describes someone "as" a fighter of a non-state side ("describing them as
    guerrilla fighters", "whom the sources described as the militant group's leader")."""
    if verb.lemma_.lower() not in DESCRIBING_VERBS:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for what in (g for g in prep.children if g.dep_ == "pobj"):
            words = [t for t in what.subtree]
            if what.lemma_.lower() in REBEL_WORDS | SIDE_POSTS and any(
                    t.i in rebels or t.lemma_.lower() in REBEL_WORDS for t in words):
                return True
    return False


@predicate.add
def victims_described_as_fighters(facts: ClauseFacts) -> bool:
    """The clause's verb is told with the victims described as fighters of a non-state
    side ("police shot two people to death, describing them as guerrilla fighters"): the
    side that fired fought them, whatever "people" reads as."""
    doc = facts.doc
    rebels = {i for m in doc._.actors or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    return any(c.dep_ == "advcl" and _described_as_a_fighter(c, rebels)
               and any(g.dep_ == "dobj" and g.lower_ in ("them", "him", "her")
                       for g in c.children)
               for c in facts.clause.root.children)


@predicate.add
def force_among_the_victims(facts: ClauseFacts) -> bool:
    """The dead or hurt, counted together, include members of a force or fighters beside
    civilians ("14 people, including eight soldiers and six civilians, were killed", "killed
    nine people, including a police sergeant", "wounded ten soldiers and five civilians"):
    ACLED codes an attack on a force as a battle even when civilians die in it too."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    victims = _victim_words(facts)
    # "including …" hangs on the victims or, as the parser often has it, elsewhere in the
    # clause ("killed nine people at the station including a sergeant")
    stack = [g for p in facts.clause.tokens
             if p.dep_ == "prep" and p.lower_ in ("including", "among") and victims
             for g in p.children if g.dep_ == "pobj"]
    while stack:
        tok = stack.pop()
        victims.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    if _toll_of_many_attacks(facts.clause.root):
        return False
    # an apposition is the same person ("X, a longtime rebel"), the noun after "of" a
    # victim only when counted ("dozens of soldiers", not "a critic of Islamists")
    victims = [w for w in victims if w.dep_ != "appos" and (
        w.dep_ != "pobj" or w.head.lower_ != "of" or w.head.head.like_num
        or w.head.head.pos_ in ("NUM", "PRON") or w.head.head.lemma_.lower() in COUNTING_NOUNS)]
    fighters, civilians = _fighters_and_civilians(doc, victims, armed)
    return bool(fighters) and bool(civilians)


# Nouns that count the people after "of" ("dozens of soldiers", "scores of civilians").
COUNTING_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score",
                  "scores", "number", "handful", "group", "majority", "most", "many", "some",
                  "several", "all"}
# Words that make a toll the sum of many attacks ("killed in separate attacks", "in
# violence across Iraq").
MANY_ATTACKS = {"separate", "various", "different", "several", "multiple", "other", "series"}


def _toll_of_many_attacks(verb: Token) -> bool:
    """The toll is told as the sum of several attacks or of a country's violence ("killed
    in separate attacks", "in various other attacks across Iraq"): no one attack on a
    force."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "across":
            return True
        if prep.lower_ == "in" and any(
                a.lower_ in MANY_ATTACKS for g in prep.children if g.dep_ == "pobj"
                for a in g.children if a.dep_ in ("amod", "compound")):
            return True
    return False


def _fighters_and_civilians(doc: Doc, victims: list, armed: set[int]) -> tuple[list, list]:
    """The victim words that are a force's or an armed side's, and those that are people
    with no armed side; the side a fighter is counted from ("members of the armed forces")
    is neither."""
    fighters = [w for w in victims if _a_combatant(w, armed)]
    counted = {g.i for w in fighters for p in w.children if p.dep_ == "prep"
               for g in p.subtree}
    civilians = [w for w in victims if w not in fighters and w.i not in counted
                 and (w.lemma_.lower() in PERSON_NOUNS or w.ent_type_ in ("PERSON", "NORP")
                      or _is_civilian_token(doc, w))]
    return fighters, civilians
