"""Predicates of fallen fighters (ACLED battles versus attacks): whether the dead were
fighters who fought back (with escorts, firing, while fighting) or members of a force who
could not (a captive executed, an officer off duty, the state's civilian staff). Whose side
the dead were on, named or counted, is read in victim_sides.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, place_tokens
from eventdesk.components.events.subtype.battles import FORCE_TARGETS, fighting_told
from eventdesk.components.events.subtype.shared import (
    COMBATANT_NOUNS,
    FIGHTER_NOUNS,
    PERSON_NOUNS,
    _a_combatant,
    _victim_words,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root

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
        return [span_root(doc, facts.patient.start, facts.patient.end)]
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


# Armed duties a participle gives a force's men ("a policeman escorting a vaccination
# team", "soldiers guarding a pipeline"): at their work, armed, not off guard
ON_DUTY_VERBS = {"escort", "guard", "patrol", "protect", "secure", "accompany", "man"}


@predicate.add
def force_victims_on_duty(facts: ClauseFacts) -> bool:
    """The victims, a force's men, named at an armed duty by a participle ("shot dead a
    policeman escorting a vaccination team"): an attack on armed men at their post, which
    ACLED codes as a battle, not violence against civilians."""
    doc = facts.doc
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    return any(_of_a_force(word, armed) and any(
        c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in ON_DUTY_VERBS
        for c in word.children) for word in _force_victims(facts))


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
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    verbs = {facts.clause.root.lemma_.lower()} | {span_root(doc, m.start, m.end).lemma_.lower()
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
                                         or _punished(facts.clause.root)
                                         or _killed_with_kin(word)):
            return True
    return False


# The victim's own people killed with him ("a militia member and three members of his
# household", "an officer and his wife and children"): he was found at home, not fighting. (Not
# place_mentions/actors.py KIN_NOUNS, the kin whose "his" names a person, not a place.)
FAMILY_NOUNS = frozenset({"family", "wife", "wives", "child", "children", "son", "sons",
                          "daughter", "daughters", "relative", "relatives", "brother",
                          "brothers", "parents", "household", "kin"})


def _killed_with_kin(word: Token) -> bool:
    """A word joined to the victim names his kin, owned by "his/her/their", itself or
    through "of" ("three members of her household", "his wife")."""
    noun = word.head if word.dep_ in ("compound", "amod") else word   # "a militia member"
    for other in noun.conjuncts:
        kin = [other, *(g for c in other.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj")]
        if any(k.lemma_.lower() in FAMILY_NOUNS and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in k.children)
               for k in kin):
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
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
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
