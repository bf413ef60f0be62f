"""Typing: which ACLED sub-type a clause that happened is coded as.

The decision list lives in data/rules/typing.toml (first matching rule wins, in ACLED's
priority order); the predicates it names are the `@predicate` functions below, each a
reading of the parse that a word list cannot express. `combine` is the one place where
a learned classifier's per-clause proposal meets the rules.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventdesk.coding import typology
from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import (
    ARMED_ROLES,
    FAMILY_OF,
    actor_tokens,
    armed_subject,
    lexicon,
    place_tokens,
)
from eventdesk.components.events.rules import Registry, check_keys, load_table, table_path
from eventdesk.components.triggers import Clause
from eventdesk.errors import RuleDataError

TABLE = "typing"
PEOPLE_NOUNS = {"people", "person", "hostage", "civilian", "resident", "villager", "worker",
                "child", "woman", "man", "passenger", "student", "staff", "member", "journalist"}
# One person, as news names a victim by what they do or are ("a tailor", "a suspected
# thief", "the village chief"): read where the actor lexicon, which names groups, finds no
# side.
PERSON_NOUNS = PEOPLE_NOUNS | {
    "boy", "girl", "farmer", "herder", "trader", "shopkeeper", "vendor", "merchant", "driver",
    "teacher", "lecturer", "pupil", "doctor", "nurse", "priest", "pastor", "imam", "cleric",
    "monk", "nun", "chief", "elder", "councillor", "councilor", "mayor", "official",
    "activist", "lawyer", "judge", "tailor", "businessman", "businesswoman", "manager",
    "engineer", "employee", "labourer", "laborer", "fisherman", "shepherd", "teenager",
    "pilgrim", "worshipper", "voter", "candidate", "politician", "lawmaker", "leader",
    "suspect", "thief", "witch", "wizard", "rustler", "robber", "burglar", "criminal",
    "sorcerer", "pickpocket", "relative", "husband", "wife", "mother", "father",
    "son", "daughter", "brother", "sister", "defender", "reporter", "photographer",
    "humanitarian", "volunteer", "contractor", "motorist", "pedestrian", "family", "him",
    "her", "them", "owner", "butcher", "coach", "administrator", "informer", "collaborator",
    "cousin", "nephew", "uncle", "national", "passerby", "passer-by", "bystander", "tourist",
    "foreigner", "refugee", "migrant", "professor", "writer", "poet", "singer", "artist",
    "surgeon", "barber", "mechanic", "jeweller", "jeweler", "banker", "landlord", "peasant",
    "villager", "hunter", "couple", "baby", "infant", "toddler", "newborn", "grandmother",
    "grandfather", "woodcutter"}
# People of an armed side, taken prisoner ("a pilot was captured", "seized a soldier").
FIGHTER_NOUNS = {"soldier", "fighter", "militant", "rebel", "insurgent", "guerrilla",
                 "policeman", "pilot", "commander", "jihadist", "militiaman", "gunman",
                 "sailor", "marine"}
# Ground, or a share of it, counted but never people ("two provinces", "70 percent of the
# country"); with triggers.toml's `anaphora`, `district_words` and `facility_words`.
GROUND_NOUNS = {"province", "region", "territory", "hill", "land", "ground", "settlement",
                "percent", "%", "share", "part"}
# What an attack hits when it hits a force: its people, units and posts ("attacked an
# army post", "raided a police station"). Read only where the actor lexicon named nobody.
FORCE_TARGETS = {"soldier", "troop", "army", "military", "police", "policeman", "officer",
                 "patrol", "convoy", "post", "outpost", "checkpoint", "base", "barracks",
                 "station", "position", "unit", "garrison", "camp", "militant", "fighter",
                 "rebel", "insurgent", "militia", "guard", "gendarmerie", "gendarme",
                 "detachment", "column", "battalion", "platoon", "contingent", "defence",
                 "defense", "frontline", "airbase", "airfield"}
MILITARY_ASSETS = {"headquarters", "base", "camp", "hideout", "position", "stronghold",
                   "depot", "cache", "weapon", "vehicle", "tank", "equipment", "bunker",
                   "trench", "checkpoint", "post", "outpost", "tunnel", "launcher",
                   "ammunition", "barracks", "fortification", "logistics", "stockpile",
                   "bases"}  # spaCy reads "bases" as the plural of "basis"
# A fighting unit or its people "destroyed" ("destroyed a sabotage group"): fighting.
FIGHTING_UNITS = {"group", "unit", "squad", "detachment", "column", "formation", "battalion",
                  "brigade", "platoon", "cell", "fighter", "militant", "soldier", "troop",
                  "terrorist", "insurgent", "rebel", "gunman", "militiaman"}
STRUCK_NOUNS = {"airstrike", "strike", "raid", "bombardment", "shelling", "explosion",
                "blast", "attack", "bombing", "fire"}
MOVED_PEOPLE = {"prisoner", "captive", "army", "troop", "soldier", "client", "everyone",
                "detainee", "suspect"}
FIGHTING = {"clash", "attack", "air", "shelling", "suicide", "kill", "recapture"}
DEVICES = {"suicide", "explosive", "shelling", "grenade"}
# Verbs whose subject is the victim ("five soldiers died"); other casualty verbs name it
# as object or passive subject ("killed five soldiers", "five soldiers were killed").
SUBJECT_DIES = {"die", "dead", "perish"}
CONDITION_KEYS = {"family", "categories_any", "categories_none", "agent_role", "agent_role_not",
                  "patient_role", "patient_role_not", "cues", "if", "unless"}
RULE_KEYS = CONDITION_KEYS | {"name", "about", "gives", "final", "firm", "sense_known",
                               "examples"}

predicate = Registry("predicate")


@dataclass(slots=True)
class ClauseFacts:
    """What the rules may ask of a clause: its trigger family and categories, and the
    acting side and the side acted upon (actor mentions, or None)."""

    doc: Doc
    clause: Clause
    family: str
    categories: set[str]
    agent: object | None
    patient: object | None
    memo: dict = field(default_factory=dict)   # predicate and cue results, read once

    def check(self, fn) -> bool:
        """A predicate's answer for this clause, computed once however many rules ask."""
        if fn not in self.memo:
            self.memo[fn] = fn(self)
        return self.memo[fn]

    def has_cue(self, cue: CueList) -> bool:
        if cue not in self.memo:
            self.memo[cue] = cue.found_in(self.clause.tokens)
        return self.memo[cue]

    @property
    def agent_role(self) -> str:
        return self.agent.role_hint if self.agent is not None else "none"

    @property
    def patient_role(self) -> str:
        return self.patient.role_hint if self.patient is not None else "none"


@dataclass(frozen=True, slots=True)
class Decision:
    """A sub-type (None: no event) and the name of the rule — or "proposal" — that chose it.
    `final`: the rule knows the clause is no event (a conflict word in another sense, an
    accident), so no classifier's proposal brings one back. `firm`: the rule read who was
    harmed or what struck, which the classifier does not see, so no other sub-type it
    proposes replaces the rule's. `sense_known`: the rule read the word's sense in the
    report beyond the sentence (raids an air campaign launched), so the classifier's
    "none", which reads one sentence ("raids hit open areas, causing no casualties"), does
    not veto it."""

    sub_type: str | None
    rule: str
    final: bool = False
    firm: bool = False
    sense_known: bool = False

    @property
    def event_type(self) -> str | None:
        return typology.type_of(self.sub_type) if self.sub_type else None


@dataclass(frozen=True, slots=True)
class CueList:
    """A cue list of typing.toml: single words looked up at once, phrases scanned."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, entries: list[str]) -> CueList:
        split = [tuple(e.split()) for e in entries]
        return cls(frozenset(w[0] for w in split if len(w) == 1),
                   tuple(w for w in split if len(w) > 1))

    def found_in(self, tokens: list[Token]) -> bool:
        """A word or phrase of the list in the tokens (lemma or lower-case form)."""
        forms = [(t.lower_, t.lemma_.lower()) for t in tokens]
        present = {form for pair in forms for form in pair}
        if not self.words.isdisjoint(present):
            return True
        for words in self.phrases:
            if not present.issuperset(words):
                continue  # a phrase can only be found where each of its words is
            n = len(words)
            for i in range(len(forms) - n + 1):
                if all(words[k] in forms[i + k] for k in range(n)):
                    return True
        return False


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    gives: str | None
    conditions: dict
    final: bool = False
    firm: bool = False
    sense_known: bool = False

    def holds(self, facts: ClauseFacts, cues: dict[str, CueList]) -> bool:
        c = self.conditions
        if "family" in c and facts.family not in c["family"]:
            return False
        if "categories_any" in c and not facts.categories & c["categories_any"]:
            return False
        if "categories_none" in c and facts.categories & c["categories_none"]:
            return False
        if "agent_role" in c and facts.agent_role not in c["agent_role"]:
            return False
        if "agent_role_not" in c and facts.agent_role in c["agent_role_not"]:
            return False
        if "patient_role" in c and facts.patient_role not in c["patient_role"]:
            return False
        if "patient_role_not" in c and facts.patient_role in c["patient_role_not"]:
            return False
        if not all(facts.has_cue(cues[name]) for name in c.get("cues", ())):
            return False
        if not all(facts.check(p) for p in c.get("if", ())):
            return False
        return not any(facts.check(p) for p in c.get("unless", ()))


@dataclass(frozen=True, slots=True)
class Proposal:
    """Thresholds for a classifier's proposal (typing.toml [proposal])."""

    propose_at: float
    override_at: float
    veto_at: float
    find_at: float


@dataclass(frozen=True, slots=True)
class TypingTable:
    """typing.toml, compiled: the rules in order, the cue lists and the proposal limits."""

    rules: tuple[Rule, ...]
    cues: dict[str, CueList]
    limits: Proposal


@functools.lru_cache(maxsize=1)
def rule_table() -> TypingTable:
    return compile_table(load_table(TABLE))


def compile_table(data: dict) -> TypingTable:
    """Check a parsed typing table against the typology and the predicates, and compile it."""
    cues = {name: CueList.of(words) for name, words in data.get("cue", {}).items()}
    rules = []
    for n, entry in enumerate(data.get("rule", [])):
        name = entry.get("name", f"#{n + 1}")
        check_keys(entry, RULE_KEYS, table=TABLE, rule=name)
        gives = entry.get("gives")
        if gives != typology.NONE and gives not in typology.TYPE_OF:
            raise RuleDataError(f"rule {name!r} gives {gives!r}, not a sub-type or 'none'",
                                path=str(table_path(TABLE)))
        unknown = [c for c in entry.get("cues", ()) if c not in cues]
        if unknown:
            raise RuleDataError(f"rule {name!r} names unknown cue list(s) {unknown}",
                                path=str(table_path(TABLE)))
        conditions: dict = {k: frozenset(v) for k, v in entry.items()
                            if k in CONDITION_KEYS - {"if", "unless", "cues"}}
        for key in ("if", "unless"):
            if key in entry:
                conditions[key] = tuple(predicate.get(p, table=TABLE, rule=name)
                                        for p in entry[key])
        if "cues" in entry:
            conditions["cues"] = tuple(entry["cues"])
        final = entry.get("final", False)
        if final and gives != typology.NONE:
            raise RuleDataError(f"rule {name!r}: only a rule that gives 'none' can be final",
                                path=str(table_path(TABLE)))
        firm = entry.get("firm", False)
        if firm and gives == typology.NONE:
            raise RuleDataError(f"rule {name!r}: only a rule that gives a sub-type can be firm",
                                path=str(table_path(TABLE)))
        sense_known = entry.get("sense_known", False)
        if sense_known and gives == typology.NONE:
            raise RuleDataError(f"rule {name!r}: only a rule that gives a sub-type can know "
                                "its sense", path=str(table_path(TABLE)))
        rules.append(Rule(name, None if gives == typology.NONE else gives, conditions,
                          final, firm, sense_known))
    limits = data.get("proposal", {})
    return TypingTable(tuple(rules), cues, Proposal(limits.get("propose_at", 0.7),
                                                    limits.get("override_at", 0.9),
                                                    limits.get("veto_at", 1.01),
                                                    limits.get("find_at", 1.01)))


def decide(facts: ClauseFacts, proposal: Mapping[str, float] | None = None) -> Decision:
    """The clause's sub-type by the rules, then weighed against a proposal if given."""
    table = rule_table()
    by_rules = next((Decision(r.gives, r.name, r.final, r.firm, r.sense_known)
                     for r in table.rules
                     if r.holds(facts, table.cues)), Decision(None, "no-rule"))
    return combine(by_rules, proposal)


def combine(by_rules: Decision, proposal: Mapping[str, float] | None) -> Decision:
    """Where a learned classifier meets the rules: the classifier proposes, the rules
    dispose.

    `proposal` maps labels (typology.LABELS: the 25 sub-types and "none") to
    probabilities for this clause. Without one, the rules decide alone. With one:
    - the rules found no event: the classifier's best sub-type is taken when its
      probability reaches `propose_at` (it reads wordings no rule lists);
    - the rules chose a sub-type: it stands, unless the classifier gives another
      sub-type at least `override_at` (a rule's word list misleads it);
    - "none" removes an event the rules coded only from `veto_at` (set high): a word in a
      sense no list can tell apart ("shot" a film, a bill "killed"); modality (did it
      happen) stays with the rules in modality.toml.
    A final "none" rule (typing.toml `final`) is not weighed: it knows the clause is no
    event. A firm rule's sub-type (typing.toml `firm`) is not replaced by another; only
    the "none" veto applies to it. A rule that knows its word's sense from the report
    (typing.toml `sense_known`) is not vetoed.
    """
    if not proposal or by_rules.final:
        return by_rules
    limits = rule_table().limits
    if by_rules.sub_type is not None and not by_rules.sense_known \
            and proposal.get(typology.NONE, 0.0) >= limits.veto_at:
        return Decision(None, "proposal")
    best, p = max(((label, p) for label, p in proposal.items() if label in typology.TYPE_OF),
                  key=lambda pair: pair[1], default=(None, 0.0))
    if best is None or best == by_rules.sub_type or by_rules.firm:
        return by_rules
    threshold = limits.propose_at if by_rules.sub_type is None else limits.override_at
    return Decision(best, "proposal") if p >= threshold else by_rules


def _cue(name: str, tokens: list[Token]) -> bool:
    return rule_table().cues[name].found_in(tokens)


# ---- predicates the rules name ------------------------------------------------------

@predicate.add
def device_stopped_in_sentence(facts: ClauseFacts) -> bool:
    """A bomber stopped "before she could reach the town", a device defused or found."""
    sent = facts.clause.sent
    found = {m.category for m in facts.doc._.triggers or [] if sent.start <= m.start < sent.end}
    return "disrupted" in found and bool(found & DEVICES)


# Setting a device off on purpose where it can harm no one: a controlled detonation.
SETTING_OFF_VERBS = {"detonate", "explode"}
# Who sets a device off that was found: bomb squads and their people ("police sappers",
# "experts", "the bomb disposal unit"), besides the state's words.
DISPOSAL_WORDS = {"squad", "sapper", "expert", "technician", "disposal", "deminer", "engineer"}


@predicate.add
def device_set_off_by_a_force(facts: ClauseFacts) -> bool:
    """A force or a bomb squad set off the device — "police detonated two explosives found
    on Monday", "the bombs were detonated at a shooting range by the police bomb squad",
    "an army unit detonated an improvised bomb found in the church", "experts detonated a
    suitcase": a controlled detonation of a device found, ACLED's disrupted weapons use,
    not a bombing (the state's forces do not plant bombs; armed groups are named as
    such). Read on the subject of the verb of setting off, or the "by" of its passive."""
    doc = facts.doc
    matcher = ActorMatcher.load()
    states = {i for m in doc._.actors or [] if m.role_hint in ("state", "international")
              for i in range(m.start, m.end)}
    rebels = {i for m in doc._.actors or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    for verb in facts.clause.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SETTING_OFF_VERBS:
            continue
        holder = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
        takers = [c for v in {verb, holder} for c in v.children if c.dep_ == "nsubj"]
        takers += [g for c in verb.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"]
        for who in takers:
            words = [who, *(c for c in who.children if c.dep_ in ("compound", "amod"))]
            words += [g for p in who.children if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj"]   # "officers from Poso Police"
            if any(w.i in rebels for w in words):
                continue
            if any(w.i in states or w.lemma_.lower() in DISPOSAL_WORDS
                   or matcher.role_of_word(w.lower_) == "state" for w in words):
                return True
    return False


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
def something_struck(facts: ClauseFacts) -> bool:
    """An air asset or munition counts when something was struck, not when it is named."""
    verbs = lexicon()["strike_verbs"]
    if facts.clause.root.lemma_.lower() in verbs:
        return True
    return any(t.lemma_.lower() in STRUCK_NOUNS or t.lemma_.lower() in verbs
               for t in facts.clause.tokens)


@predicate.add
def raids_from_the_air(facts: ClauseFacts) -> bool:
    """A raid in a report where raids are launched by an air campaign's name ("the
    aggression launched raids", triggers.toml `air_raiders`): that usage's raids, in this
    sentence or the next ("In Taiz, raids hit a camp"), are air strikes."""
    if not any(facts.doc[m.start:m.end].root.lemma_.lower() == "raid"
               for m in facts.clause.triggers):
        return False
    raiders = lexicon()["air_raiders"]
    return any(tok.lemma_.lower() in raiders and tok.dep_ in ("nsubj", "nsubjpass")
               and any(t.lemma_.lower() == "raid" for t in tok.sent)
               for tok in facts.doc)


@predicate.add
def takes_people(facts: ClauseFacts) -> bool:
    """"seized 49 people", "captured two soldiers", "the pilot was captured": what was
    taken (the object, or the passive subject) is people — a person or fighter noun, or a
    counted noun that is not ground ("70 percent of the country", "two villages")."""
    doc = facts.doc
    places = place_tokens(doc)
    ground = _taken_ground()
    for tok in facts.clause.tokens:
        lemma = tok.lemma_.lower()
        if tok.dep_ not in ("dobj", "nsubjpass") or tok.i in places or lemma in ground:
            continue
        if tok.head.lemma_.lower() in PERSON_TAKING_VERBS and (
                _some_of_people(tok) or _taken_where_found(tok, places, ground)
                or _a_wanted_person(tok)):
            return True   # "many of them were captured", "Lindh was captured in Kabul"
        if lemma in PERSON_NOUNS or lemma in FIGHTER_NOUNS or _is_civilian_token(doc, tok) \
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
# Verbs that take people as well as ground; "entered X" or "overran X" take only ground,
# whatever NER calls a place name the gazetteer missed
PERSON_TAKING_VERBS = {"capture", "seize", "catch", "nab", "snatch", "grab", "apprehend"}


@predicate.add
def named_person_taken(facts: ClauseFacts) -> bool:
    """What was taken (the object, or the passive subject) is one person the report names
    or refers to ("Karadzic was captured in Belgrade", "forces captured him"): news tells
    the capture of a wanted individual far more often than the kidnapping of one, which it
    calls kidnapping or abduction."""
    places = place_tokens(facts.doc)
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


# Words of a person's custody or flight told beside a capture ("where he was hiding",
# "sentenced him", "extradited"): a town does not hide, nor stand trial.
CUSTODY_WORDS = {"hide", "hiding", "hideout", "fugitive", "extradite", "extradition",
                 "sentence", "jail", "prison", "detention", "custody", "interrogate",
                 "interrogation", "charge", "indict", "trial", "handcuff", "blindfold",
                 "detain", "arrest", "convict", "accuse", "bounty", "manhunt"}
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
        and any(t.lower_ in SINGLE_PERSON_PRONOUNS for t in after)


# Quantities of people referred to: "many of them were captured", "the rest were seized"
PEOPLE_QUANTIFIERS = {"many", "some", "several", "most", "all", "few", "dozens", "hundreds",
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
               or g.lemma_.lower() in FIGHTER_NOUNS for g in counted)


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


def _is_civilian_token(doc: Doc, tok: Token) -> bool:
    return any(m.start <= tok.i < m.end and m.role_hint == "civilian"
               for m in doc._.actors or [])


@predicate.add
def wins_not_takes(facts: ClauseFacts) -> bool:
    """"captured the title", "seized 52 percent of the vote", "captured on camera": what was
    taken is a prize, a score or a picture (triggers.toml `prize_words`, `picture_words`),
    not ground or people; read on the capture verb's objects (all of them), its subject
    and its prepositions."""
    words = lexicon()
    prizes, pictures = words["prize_words"], words["picture_words"]
    verbs = {facts.doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category in ("capture", "recapture")}
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if objects and all(_is_prize(o, prizes | pictures) for o in objects):
            return True
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lemma_.lower() in pictures:
                return True
            if child.dep_ in ("prep", "agent") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in pictures for g in child.children):
                return True
    return False


# What a prize may be "of" besides another prize: its season ("her second title of the year").
PRIZE_SPANS = frozenset({"year", "season", "month", "week", "decade", "century", "career"})


def _is_prize(noun: Token, prizes: frozenset[str]) -> bool:
    """A prize noun; a share ("52 percent") only of a prize ("of the vote"), not of ground
    ("70 percent of the country"); a prize of a season ("her second title of the year")."""
    if noun.lemma_.lower() not in prizes and noun.lower_ not in prizes:
        return False
    of_what = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return all(g.lemma_.lower() in prizes or g.lemma_.lower() in PRIZE_SPANS for g in of_what)


@predicate.add
def without_fighting(facts: ClauseFacts) -> bool:
    """Entering a place the other side has left under a deal: a non-violent transfer."""
    entering = {t.lemma_.lower() for t in facts.clause.tokens} & {"enter", "move", "deploy"}
    if not entering:
        return False
    sent = facts.clause.sent
    triggers = facts.doc._.triggers or []
    if any(m.category in FIGHTING and sent.start <= m.start < sent.end
           and not _fight_denied(facts.doc[m.start:m.end].root) for m in triggers):
        return False
    return any(m.category in ("agreement", "withdraw") for m in triggers) or any(
        t.lemma_.lower() in WITHDRAWAL_NOUNS for t in sent)


# The other side's leaving, told as a noun ("completed the withdrawal of its forces").
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat"}


def _fight_denied(word: Token) -> bool:
    """"Without a fight", "no fighting": the fighting word says there was none."""
    return word.head.lower_ == "without" or any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in word.children)


@predicate.add
def taken_by_state_words(facts: ClauseFacts) -> bool:
    """"Troops captured the three bunkers", "the army seized the hill", "government soldiers
    took the village": the side that takes the ground is named only by a word the actor
    lexicon gives the state in every country (the subject of the capture verb, or the "by"
    of its passive), with no nationality or name before it that could make it a foreign
    force ("Russian forces", "Turkish troops") — the state's own forces."""
    doc = facts.doc
    matcher = ActorMatcher.load()
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers if m.category == "capture"]
    for verb in verbs:
        holders = [verb] + ([verb.head] if verb.dep_ in ("conj", "xcomp") else [])
        takers = [c for v in holders for c in v.children if c.dep_ == "nsubj"]
        takers += [g for c in verb.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"]
        for who in takers:
            words = [who, *(c for c in who.children if c.dep_ in ("compound", "amod", "poss"))]
            if any(w.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for w in words):
                continue
            if matcher.role_of_word(who.lower_) == "state":
                return True
    return False


@predicate.add
def control_passes_to_the_state(facts: ClauseFacts) -> bool:
    """"The town came under the control of government forces", "fell under army control",
    "fell into the hands of the army": the place is the subject and the side that takes it
    holds the control (its modifier or its "of"), a state force — government regains."""
    doc = facts.doc
    matcher = ActorMatcher.load()
    states = {i for m in doc._.actors or [] if m.role_hint in ("state", "international")
              for i in range(m.start, m.end)}
    root = facts.clause.root
    if root.lemma_.lower() not in ("come", "fall"):
        return False
    held = [g for c in root.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in ("control", "hand")]
    holders = [c for h in held for c in h.children if c.dep_ in ("compound", "amod", "poss")]
    holders += [g for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    return any(w.i in states or matcher.role_of_word(w.lower_) in ("state", "international")
               for w in holders)


@predicate.add
def only_facility(facts: ClauseFacts) -> bool:
    """Overrunning a post or a compound is fighting, not a change of territory."""
    objects = [c for c in facts.clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in lexicon()["facility_words"]
                                 for o in objects)


@predicate.add
def force_attacked(facts: ClauseFacts) -> bool:
    """The attack's object is a force or its post ("attacked an army post", "stormed a
    police station"), for reports whose country the text leaves unnamed, where the actor
    lexicon finds no side. "Launched an assault on the airport" aims the attack noun."""
    heads = _attack_heads(facts)
    for tok in facts.clause.tokens:
        if tok.dep_ in ("dobj", "nsubjpass") or _aimed_at(tok, heads):
            words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children
                                            if c.dep_ in ("compound", "amod")}
            if words & FORCE_TARGETS:
                return True
    return False


def _attack_heads(facts: ClauseFacts) -> set[int]:
    """The clause's verb and its attack triggers: what an attack's object hangs from."""
    doc = facts.doc
    return {facts.clause.root.i} | {doc[m.start:m.end].root.i for m in facts.clause.triggers
                                    if m.category == "attack"}


def _aimed_at(tok: Token, heads: set[int]) -> bool:
    """The token is what an attack was aimed "on" or "at" ("launched an assault on X")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at") and tok.head.head.i in heads


@predicate.add
def military_asset_object(facts: ClauseFacts) -> bool:
    """What was destroyed is a side's war asset ("their headquarters", "hideouts", "a
    weapons depot", "their logistics bases") or a fighting unit ("a sabotage group"), not
    property. Read on the objects of "destroy" where the clause has it, so that "killed
    dozens of fighters and destroyed their bases" is judged by the bases."""
    return _all_destroyed_in(facts, MILITARY_ASSETS)


@predicate.add
def destroyed_by_an_attack(facts: ClauseFacts) -> bool:
    """"The strikes killed eight people and destroyed a house": what destroyed is the
    attack told before ("the strikes", "the shelling", "the blast"), the subject of the
    verb or of the verb it is coordinated with; the damage is that attack's, not looting."""
    attacks = lexicon()["backref_nouns"]
    for verb in (t for t in facts.clause.tokens if t.lemma_.lower() == "destroy"):
        holder = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
        for subject in (c for c in holder.children if c.dep_ == "nsubj"):
            if subject.lower_ in attacks or subject.lemma_.lower() in attacks:
                return True
    return False


@predicate.add
def fighting_unit_destroyed(facts: ClauseFacts) -> bool:
    """What was destroyed is a fighting unit or its people ("destroyed a sabotage group",
    "destroyed an enemy column"): a side's claim of a fight it won."""
    return _all_destroyed_in(facts, FIGHTING_UNITS)


def _all_destroyed_in(facts: ClauseFacts, words: set[str]) -> bool:
    """Every object of "destroy" (of any verb, where the clause has no "destroy") is one
    of the words."""
    destroyed = [t for t in facts.clause.tokens if t.lemma_.lower() == "destroy"]
    if destroyed:
        objects = [c for v in destroyed for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    else:
        objects = [t for t in facts.clause.tokens if t.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in words or o.lower_ in words
                                 for o in objects)


# What a peaceful crowd burns as a sign ("burning flags", "burned an effigy of the
# president"): a symbolic act of the protest, not violence (ACLED).
SYMBOLS_BURNED = {"flag", "effigy", "picture", "poster", "portrait", "photo", "photograph",
                  "image", "banner", "placard", "copy", "book", "coffin", "ballot", "card"}
BURN_VERBS = {"burn", "torch", "set", "fire"}


@predicate.add
def burns_only_symbols(facts: ClauseFacts) -> bool:
    """The crowd's only violence is burning symbols ("burning Israeli flags", "burned
    effigies of the minister"): every burning verb of the clause takes a flag, effigy or
    picture, and the sentence names no stones, looting or clashes."""
    tokens = list(facts.clause.tokens)
    burns = [t for t in tokens if t.lemma_.lower() in BURN_VERBS and t.pos_ in ("VERB", "AUX")
             or t.lower_ == "burning"]
    if not burns:
        return False
    for verb in burns:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "pobj")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        if verb.dep_ == "amod":   # "burning flags"
            objects.append(verb.head)
        if not objects:   # a misparse leaves the object elsewhere: the next noun
            objects = [t for t in verb.doc[verb.i + 1:verb.i + 4] if t.pos_ == "NOUN"][:1]
        if not objects or not all(o.lemma_.lower() in SYMBOLS_BURNED for o in objects):
            return False
    burn_ids = {t.i for t in burns}
    rest = [t for t in facts.clause.sent if t.i not in burn_ids
            and not (t.i - 1 in burn_ids and t.lower_ in ("fire", "ablaze"))]
    return not _cue("violent_protest", rest)


@predicate.add
def crowd_under_fire(facts: ClauseFacts) -> bool:
    """"… were killed when police fired live rounds at crowds": force against a crowd,
    read over the sentence since the parse may split the clause."""
    sent_tokens = [t for t in facts.clause.sent if not _a_month(t)]
    return _cue("protest_crowd", sent_tokens) and _cue("force_on_protest", sent_tokens)


# Words before a month's name that make it a date ("last March", "in March", "mid-March")
MONTH_LEAD = {"last", "next", "this", "early", "late", "mid", "of", "in", "since", "until",
              "till", "by", "on", "from", "through", "before", "after", "during", "-"}


def _a_month(tok: Token) -> bool:
    """"March" the month, not a march: capitalised and a date — NER's, beside a number
    ("March 21", "20 March 2001") or after a word of time ("last March", "in March"); "the
    Tribal Solidarity March" and "marched" stay protest words."""
    if tok.lower_ != "march" or not tok.text[0].isupper():
        return False
    if tok.ent_type_ == "DATE":
        return True
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (before is not None and (before.like_num or before.lower_ in MONTH_LEAD)) \
        or (after is not None and after.like_num)


@predicate.add
def crowd_side(facts: ClauseFacts) -> bool:
    """One side of the fighting is a crowd: protesters or rioters."""
    return facts.agent_role in ("protester", "rioter") \
        or facts.patient_role in ("protester", "rioter")


@predicate.add
def about_protest(facts: ClauseFacts) -> bool:
    """A protest trigger, protesters acted upon, arrests at a protest, or an attack or
    killing among protesters (not by them) or on a crowd under fire."""
    if facts.family == "protest" or facts.patient_role == "protester":
        return True
    if facts.family == "arrest" and "protest" in facts.categories:
        return True  # "detained 1,000 people at rallies": the arrests stop a protest
    if facts.family not in ("attack", "kill", "protest"):
        return False
    ids = {t.i for t in facts.clause.tokens}
    return any(m.role_hint == "protester" and m.start in ids and m is not facts.agent
               for m in facts.doc._.actors or []) or crowd_under_fire(facts)


@predicate.add
def protest_word_in_other_sense(facts: ClauseFacts) -> bool:
    """Every protest verb of the clause is used in another sense: "marched the prisoners
    out", "were marched down a hallway" (people moved), "demonstrated that ...",
    "demonstrated the will to" (showed), "protested that ..." (said), "gathered evidence
    to support" (collected). Read only on the
    verb's passive or the object right after it, which the parse gets right; a crowd
    or protest noun is never this."""
    verbs = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category == "protest"]
    if not verbs:
        return False
    for verb in verbs:
        if verb.pos_ != "VERB":
            return False
        lemma, deps = verb.lemma_.lower(), {c.dep_ for c in verb.children}
        said_that = any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                  for g in c.children)
                        for c in verb.children)
        next_object = next((c for c in verb.children if c.dep_ == "dobj"
                            and c.left_edge.i == verb.i + 1), None)
        moved = lemma == "march" and (bool(deps & {"nsubjpass", "auxpass"}) or (
            next_object is not None and _is_people(facts.doc, next_object)))
        shown = lemma == "demonstrate" and (said_that or (
            next_object is not None
            and next_object.lemma_.lower() not in lexicon()["protest_objects"]))
        said = lemma == "protest" and said_that
        # "gathered evidence to support", "poured money in to support": things, not a crowd
        collected = lemma in ("gather", "assemble", "pour") and bool(deps & {"dobj", "nsubjpass"})
        if not (moved or shown or said or collected):
            return False
    return True


def _is_people(doc: Doc, noun: Token) -> bool:
    """A person or people: a pronoun, a person's name, a people noun or an armed side."""
    return (noun.pos_ == "PRON" or noun.ent_type_ == "PERSON"
            or noun.lemma_.lower() in PEOPLE_NOUNS | MOVED_PEOPLE
            or any(m.start <= noun.i < m.end for m in doc._.actors or []))


@predicate.add
def has_civilian_victims(facts: ClauseFacts) -> bool:
    """Civilians acted upon, or named in a clause that names no other victim, or a person
    with no armed side acted upon ("shot dead a tailor")."""
    return facts.patient_role == "civilian" or (facts.patient is None and (
        _has_civilians(facts) or people_harmed(facts)))


def _has_civilians(facts: ClauseFacts) -> bool:
    ids = {t.i for t in facts.clause.tokens}
    return any(m.role_hint == "civilian" and m.start in ids for m in facts.doc._.actors or [])


# A deed by firearm: "shot dead", "gunned down", "opened fire on", "sniper fire"
SHOOTING_WORDS = {"shoot", "shot", "gun", "gunfire", "sniper", "gunshot", "bullet"}


@predicate.add
def civilians_shoot(facts: ClauseFacts) -> bool:
    """Civilians, by the actor lexicon's reading, shooting ("Palestinians shot and killed a
    motorist", "five people were shot dead"): no crowd or protester is named, and the deed is
    done with a firearm — the work of gunmen, whom the lexicon could not name, not a mob."""
    if facts.agent_role != "civilian":
        return False
    words = {t.lemma_.lower() for t in facts.clause.tokens} | {
        facts.doc[m.start:m.end].root.lemma_.lower() for m in facts.clause.triggers}
    fired = any(t.lemma_.lower() == "fire" and any(c.lemma_.lower() == "open"
                                                   for c in [t.head, *t.children])
                for t in facts.clause.tokens)
    return bool(words & SHOOTING_WORDS) or fired


@predicate.add
def no_force_in_clause(facts: ClauseFacts) -> bool:
    """No armed, state or foreign side among the clause's actor mentions, the speaker of a
    report aside ("police said five people were wounded"): only civilians or rioters."""
    ids = {t.i for t in facts.clause.tokens}
    doc = facts.doc
    for m in doc._.actors or []:
        if m.start not in ids or m.role_hint not in ARMED_ROLES:
            continue
        root = doc[m.start:m.end].root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS:
            continue
        return False
    return True


SPEECH_VERBS = {"say", "tell", "report", "confirm", "add", "announce", "state"}


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
        if not (tok.dep_ in ("dobj", "nsubjpass") or aimed_at) or tok.i in armed:
            continue
        if _names_a_person(tok, armed):
            return True
    return False


def _objects_of_shared_verbs(doc: Doc, root: Token) -> list[Token]:
    """The objects of verbs co-ordinated with the clause's verb that share its subject:
    "gunmen shot and wounded an activist" hangs the activist on "wounded". Not of a verb
    that is a trigger of its own ("stormed the consulate and seized 49 people")."""
    triggers = {m.start for m in doc._.triggers or []}
    return [o for v in root.children
            if v.dep_ == "conj" and v.pos_ == "VERB" and v.i not in triggers
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
            for o in v.children if o.dep_ in ("dobj", "nsubjpass")]


def _names_a_person(tok: Token, armed: set[int]) -> bool:
    """A person with no armed side: a person noun ("a tailor"), a personal pronoun ("him"),
    a name ("Palme was shot"), a nationality ("a Palestinian was shot dead"),
    a name the words beside it say is a person ("Iqbal, a Christian", "British national
    John Smith", which NER may read as organisations), or a number of people ("the three
    were shot", "five of them")."""
    lemma = tok.lemma_.lower()
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
    if tok.like_num and tok.pos_ == "NUM" and not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):  # "shot a 67"
        counted = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        return all(g.i not in armed and _names_a_person(g, armed) for g in counted)
    return False


@predicate.add
def hands_over_post(facts: ClauseFacts) -> bool:
    """"handed over the base / the garrison / control to the army", "surrendered the
    district compound", "transferred control of the area": a post or control given up,
    which no gazetteer names."""
    root = facts.clause.root
    if root.lemma_.lower() not in ("hand", "surrender", "transfer", "cede"):
        return False
    posts = lexicon()["facility_words"] | {"garrison", "camp", "control", "town", "city"}
    return any(c.dep_ == "dobj" and c.lemma_.lower() in posts for c in root.children)


@predicate.add
def has_place_object(facts: ClauseFacts) -> bool:
    """"abandoned the port of Kismayo", not "abandoned their posts" or "feel abandoned"."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    for mention in doc._.places or []:
        if mention.start in ids and mention.kind != "country":
            head = doc[mention.start:mention.end].root
            if head.dep_ in ("dobj", "pobj", "appos") or head.head.dep_ in ("dobj", "pobj"):
                return True
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
    roles = {"civilian" if t.ent_type_ == "PERSON" and t.i not in in_places
             else matcher.role_of_word(t.lower_)
             for t in _victim_words(facts) if not _names_ground(t)}
    if roles & ARMED_ROLES:
        return "armed"
    return "civilian" if "civilian" in roles else None


def _names_ground(word: Token) -> bool:
    """The word is ground or a name of ground: "targeting the villages of Hawar Kalas and
    Harjalah", "the parts of Bustan al-Basha" — names NER may read as persons, which are
    the places attacked, not victims."""
    words = lexicon()
    ground = SETTLEMENT_WORDS | GROUND_NOUNS | words["district_words"] | words["anaphora"] \
        | words["facility_words"]
    for tok in [word, *word.ancestors]:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lemma_.lower() in ground or tok.lower_ in ground:
            return True
    return False


def _victim_words(facts: ClauseFacts) -> list[Token]:
    """The words naming who was killed, hurt or attacked: the object or passive subject of
    the clause's verb and of its attack and death triggers (the subject of "died"), with
    what is co-ordinated with them or counted by them ("dozens of civilians")."""
    doc = facts.doc
    heads = [facts.clause.root] + [doc[m.start:m.end].root for m in facts.clause.triggers
                                   if m.category in ("attack", "kill")]
    found: list[Token] = []
    for head in heads:
        deps = {"nsubjpass", "dobj"} | ({"nsubj"} if head.lemma_.lower() in SUBJECT_DIES
                                        else set())
        stack = [c for c in head.children if c.dep_ in deps]
        while stack:
            tok = stack.pop()
            found.append(tok)
            for c in tok.children:
                if c.dep_ in ("conj", "appos") or c.dep_ == "pobj" and tok.lower_ == "of" \
                        or c.dep_ == "prep" and c.lower_ == "of":
                    stack.append(c)
    return found


# What news calls an air campaign's strikes when it names them again ("The strikes killed
# eight people in X", "the raids also hit Y").
STRIKE_NOUNS = {"strike", "raid", "bombing"}
STRIKE_DETERMINERS = {"the", "these", "those", "its", "their", "both"}


@predicate.add
def strikes_told_again(facts: ClauseFacts) -> bool:
    """"Aircraft carried out strikes … The strikes killed eight people in X": the subject
    is the strikes or raids named again ("the strikes", "these raids"), in a report that
    has told of aircraft or air strikes before this clause; they are that air campaign's
    strikes, each place its own air strike."""
    doc, root = facts.doc, facts.clause.root
    holder = root.head if root.dep_ == "conj" and root.head.pos_ == "VERB" else root
    subjects = [c for v in {root, holder} for c in v.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in STRIKE_NOUNS and any(
            d.dep_ in ("det", "poss") and d.lower_ in STRIKE_DETERMINERS for d in s.children)
               for s in subjects):
        return False
    start = facts.clause.start
    return any(m.category == "air" and m.start < start for m in doc._.triggers or [])


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
def protest_told(facts: ClauseFacts) -> bool:
    """The clause tells a protest itself — a protest verb or a protest, rally or march
    noun ("at rallies", "during a demonstration", "people protesting") — not only who was
    acted upon ("arrested dozens of protesters")."""
    crowd = {"protester", "protestor", "demonstrator"}
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    return any(m.category == "protest" and m.start in ids
               and doc[m.start:m.end].root.lemma_.lower() not in crowd
               for m in doc._.triggers or [])


@predicate.add
def foe_fights_back_in_sentence(facts: ClauseFacts) -> bool:
    """Another armed or state side acts against the assault in the same sentence, as the
    subject of a verb of its own or the "by" of a passive: "ISIS launched an assault on
    the village, where it was confronted by the army", "… but the army repelled it"."""
    agent, doc = facts.agent, facts.doc
    if agent is None:
        return False
    sent = facts.clause.sent
    for m in doc._.actors or []:
        if not (sent.start <= m.start < sent.end) or m.role_hint not in ARMED_ROLES \
                or m.actor.name == agent.actor.name:
            continue
        head = doc[m.start:m.end].root
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
            head = head.head.head   # "a large unit of the army"
        by_passive = head.dep_ == "pobj" and head.head.dep_ == "agent"
        own_subject = head.dep_ == "nsubj" and head.head.i != facts.clause.root.i
        if by_passive or own_subject:
            return True
    return False


@predicate.add
def fighting_told(facts: ClauseFacts) -> bool:
    """A fight word of the clause that says fighting took place: not "without a fight",
    "with no fighting"."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    for m in doc._.triggers or []:
        if m.category != "clash" or m.start not in ids:
            continue
        if not _fight_denied(doc[m.start:m.end].root):
            return True
    return False


# Aircraft with a crew, whose shooting down is a fight (LABELLING.md v2 decision 5), unlike a
# drone or a missile intercepted.
MANNED_AIRCRAFT = {"helicopter", "chopper", "plane", "aircraft", "jet", "warplane", "airplane",
                   "airliner", "blackhawk", "chinook", "gunship", "bomber", "fighter"}


@predicate.add
def manned_aircraft_downed(facts: ClauseFacts) -> bool:
    """What was shot down is an aircraft with a crew ("shot down a helicopter", "a Black
    Hawk was shot down"), not a drone, rocket or missile."""
    for tok in facts.clause.tokens:
        if tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        words = {tok.lemma_.lower(), tok.lower_} | {c.lower_ for c in tok.children
                                                    if c.dep_ == "compound"}
        if words & {"drone", "drones", "uav", "missile", "rocket", "shell"}:
            return False
        if words & MANNED_AIRCRAFT or tok.lower_ == "hawk":
            return True
    return False


# ---- predicates of the not-an-event rules (typing.toml, "no event" entries) ---------------

# Subjects that are one person, never a crowd ("he marched on", "I protested").
ONE_PERSON_PRONOUNS = {"i", "he", "she", "you", "it"}
# Units of a force on the move ("the regiments marched into the town"): a troop movement
# or a parade, not a protest.
MARCHING_UNITS = FIGHTER_NOUNS | {"troop", "army", "regiment", "battalion", "brigade",
                                   "division", "marine", "cadet", "band", "contingent", "column",
                                   "unit", "force", "federal", "legion", "squad", "platoon"}
# Words of a crowd beside its leader ("X marched with thousands of supporters").
CROWD_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "crowd",
               "crowds", "supporter", "protester", "protestor", "demonstrator", "people",
               "follower", "million", "millions", "resident", "student", "worker", "member",
               "rally", "protest", "demonstration", "slogan", "banner", "placard"}


@predicate.add
def protest_verb_without_crowd(facts: ClauseFacts) -> bool:
    """Every protest verb of the clause has no crowd for its subject — one named person or a
    pronoun for one ("Sherman marched through Georgia", "Coburn protested"), a state
    ("China protested against the visit"), a force on the move ("the regiments marched into
    the town") — or is passive ("was demonstrated": shown), and no crowd is named in the
    clause: walking, a parade, a diplomatic note or a showing, not a protest."""
    doc = facts.doc
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers if m.category == "protest"]
    if not verbs or any(v.pos_ != "VERB" for v in verbs):
        return False
    if any((t.lower_ in CROWD_WORDS or t.lemma_.lower() in CROWD_WORDS) and t.pos_ != "VERB"
           for t in facts.clause.sent) or any(
            t.like_num and t.head.lemma_.lower() not in MARCHING_UNITS
            for t in facts.clause.tokens):
        return False
    forces = {i for m in doc._.actors or [] if m.role_hint in ("armed", "state", "international")
              for i in range(m.start, m.end)}
    for verb in verbs:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        if _walked_on(verb):
            continue
        holder = verb.head if verb.dep_ == "conj" and not any(
            c.dep_ == "nsubj" for c in verb.children) else verb
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        if not subjects:
            return False
        subject = subjects[0]
        if any(c.dep_ == "conj" for c in subject.children) or any(
                c.dep_ == "prep" and c.lower_ in ("with", "alongside", "beside")
                for c in verb.children):
            return False   # "X and Y marched", "marched with ...": more than one
        lemma = subject.lemma_.lower()
        one_person = subject.lower_ in ONE_PERSON_PRONOUNS or subject.ent_type_ == "PERSON" \
            or subject.tag_ == "NN" and lemma in PERSON_NOUNS | FIGHTER_NOUNS | {"general"} \
            and verb.lemma_.lower() == "march"
        a_state = subject.ent_type_ == "GPE" and verb.lemma_.lower() != "march"
        a_force = verb.lemma_.lower() == "march" and (subject.i in forces
                                                      or lemma in MARCHING_UNITS)
        if not (one_person or a_state or a_force):
            return False
    return True


# Particles of a walk ("marched on", "marched silently by", "marched off"): with no place
# marched to or through, a walk, not a protest march.
WALKING_PARTICLES = {"on", "by", "past", "off", "away", "along", "ahead", "forward", "up",
                     "out", "back", "in", "onward", "onwards"}


def _walked_on(verb: Token) -> bool:
    """"Furyk gritted his teeth and marched on", "the men marched silently by": "march" with
    only a particle of movement, no place marched to, through or on."""
    if verb.lemma_.lower() != "march":
        return False
    particles = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep", "agent")
                 and c.lower_ in WALKING_PARTICLES and not any(g.dep_ == "pobj"
                                                               for g in c.children)]
    places = [c for c in verb.children if c.dep_ == "prep" and any(g.dep_ == "pobj"
                                                                   for g in c.children)]
    return bool(particles) and not places


# What a capture verb takes when it takes neither ground nor people: a picture's subject
# ("captured the moment", "captured images of a rare okapi"), animals, contraband
# ("seized 2.3 tonnes of cocaine"), a sport's heat or spot, what a body clears or passes.
THINGS_TAKEN = {
    "moment", "life", "live", "image", "view", "scene", "sentiment", "mood", "essence",
    "beauty", "drama", "emotion", "look", "sound", "likeness", "story", "headline", "page",
    "animal", "bird", "penguin", "frog", "fish", "turtle", "whale", "lobster", "snake",
    "leopard", "lion", "tiger", "elephant", "okapi", "bear", "wolf", "crocodile", "monkey",
    "cocaine", "heroin", "drug", "marijuana", "cannabis", "hashish", "methamphetamine",
    "opium", "contraband", "counterfeit", "cigarette", "ivory", "timber", "fuel",
    "spot", "point", "goal", "event", "pair", "double", "single", "downhill", "slalom",
    "heat", "lap", "sprint", "stage", "time", "leg",
    # what a body clears or passes: candidates, bills, hurdles ("cleared 14 candidates")
    "candidate", "candidacy", "bill", "law", "motion", "budget", "hurdle", "backlog",
    "application", "nomination", "name",
    # a mood or a lead ("captured the spirit of the crowd", "seized the initiative")
    "spirit", "imagination", "attention", "heart", "atmosphere", "momentum", "initiative",
    # what is "brought under control" that is no ground: a fire, prices, a disease
    "fire", "blaze", "flame", "wildfire", "inferno", "inflation", "price", "deficit",
    "outbreak", "epidemic", "pandemic", "disease", "spread", "situation"}
# Measures before what was taken ("tonnes of cocaine", "images of a rare okapi").
MEASURES = {"tonne", "ton", "kilogram", "kg", "kilo", "gram", "pound", "quantity", "haul",
            "shipment", "consignment", "amount", "image", "picture", "photo", "footage"}


@predicate.add
def takes_a_thing(facts: ClauseFacts) -> bool:
    """Every object of the clause's capture verbs is a thing that is neither ground nor
    people: a picture's subject ("captured the moment", "captured images of an okapi"),
    an animal, contraband ("seized 2.3 tonnes of cocaine"), a sport's heat or spot."""
    doc = facts.doc
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category in ("capture", "recapture", "abduction")]
    objects = [c for v in verbs if v.pos_ == "VERB" for c in v.children
               if c.dep_ in ("dobj", "nsubjpass")
               or (c.dep_ == "nsubj" and v.lemma_.lower() in ("come", "fall"))]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if not objects:
        return False
    for noun in objects:
        lemma = noun.lemma_.lower()
        if lemma in MEASURES:
            of_what = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if of_what:
                lemma = of_what[0].lemma_.lower()
        if lemma not in THINGS_TAKEN or _military_point(noun):
            return False
    return True


# "captured a strategic point from the rebels", "seized several points around the
# village": a point held on a front is ground, not a sport's point ("captured their first
# three points in Group C").
POINT_WORDS = {"point", "position", "hill", "hilltop"}
GROUND_MODIFIERS = {"strategic", "military", "key", "important", "fortified", "defensive",
                    "several", "many", "multiple"}
GROUND_PREPS = {"around", "near", "inside", "along", "outside"}


def _military_point(noun: Token) -> bool:
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.lemma_.lower() in POINT_WORDS and (any(
        (c.dep_ in ("amod", "compound") and c.lower_ in GROUND_MODIFIERS)
        or (c.dep_ == "prep" and c.lower_ in GROUND_PREPS) for c in noun.children)
        or any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.head.children))


# What a strike is flown by, named as who struck or bombed ("the air component", "the air
# force", "aircraft", "a drone", "six NATO planes bombed"); triggers.toml's `air` words
# make an air strike on their own, these only as the striker, since "the plane landed" or
# "a plane crashed" strike nothing.
AIR_SUBJECT_WORDS = {"air", "aircraft", "warplane", "jet", "drone", "helicopter", "plane",
                     "airplane", "aeroplane", "aviation", "airforce", "bomber",
                     "fighter-bomber"}


@predicate.add
def struck_from_the_air(facts: ClauseFacts) -> bool:
    """"The air component struck a base, destroying fuel stocks": the clause's verb is a
    strike whose subject is an air force or aircraft; what it destroyed is the strike's
    damage, and the event is the strike."""
    root = facts.clause.root
    if root.lemma_.lower() not in lexicon()["strike_verbs"] or root.lemma_.lower() == "destroy":
        return False
    return any(w.lemma_.lower() in AIR_SUBJECT_WORDS or w.lower_ in AIR_SUBJECT_WORDS
               for s in root.children if s.dep_ == "nsubj"
               for w in [s, *(c for c in s.children if c.dep_ in ("compound", "amod"))])


# Verbs for sending a munition off from afar: a bomb "fired", "launched" or "lobbed" is a
# shell or missile, not a device planted.
FIRING_VERBS = {"fire", "launch", "lob"}
MUNITION_WORDS = {"bomb", "shell", "rocket", "missile", "mortar", "projectile"}


@predicate.add
def munition_fired(facts: ClauseFacts) -> bool:
    """"Bombs fired by the rebels fell on the area", "fired bombs at the camp": a munition
    of the clause was fired from afar, a shelling, not a bomb planted where it went off.
    Read on the words, as a capitalised word after a dateline ("GOMA - Bombs fired …") is
    no trigger."""
    for device in facts.clause.tokens:
        if not ({device.lemma_.lower(), device.lower_.removesuffix("s")} & MUNITION_WORDS):
            continue
        fired_by = any(c.dep_ == "acl" and c.lemma_.lower() in FIRING_VERBS
                       for c in device.children)
        fired = device.dep_ in ("dobj", "nsubjpass") and device.head.lemma_.lower() in FIRING_VERBS
        if fired_by or fired:
            return True
    return False


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


# What burning or razing destroys when it destroys property ("burned dozens of homes").
PROPERTY_NOUNS = {"home", "house", "village", "shop", "hut", "building", "church", "mosque",
                  "school", "market", "car", "vehicle", "dwelling", "property", "field", "crop",
                  "granary", "farm", "store", "office", "shelter", "compound", "homestead"}
BURNING_VERBS = {"burn", "torch", "raze", "burnt"}


@predicate.add
def property_burned(facts: ClauseFacts) -> bool:
    """"Soldiers burned dozens of homes": the clause's verb burns property (its object, or
    what the object counts), whatever attack is told as its reason."""
    root = facts.clause.root
    if root.lemma_.lower() not in BURNING_VERBS:
        return False
    for obj in (c for c in root.children if c.dep_ == "dobj"):
        counted = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if any(w.lemma_.lower() in PROPERTY_NOUNS for w in [obj, *counted]):
            return True
    return False


# What a strike hits when a chemical weapon is its target, not its weapon.
CHEMICAL_SITES = {"facility", "plant", "factory", "site", "depot", "stockpile", "laboratory",
                  "lab", "storage", "warehouse", "store", "production", "complex", "cache"}


@predicate.add
def chemical_only_a_target(facts: ClauseFacts) -> bool:
    """"Struck an IS chemical weapons facility": every chemical word names what a site
    holds, the strike's target; the weapon used is the strike's own."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    chemical = [m for m in doc._.triggers or [] if m.category == "chemical" and m.start in ids]
    if not chemical:
        return False
    for m in chemical:
        head = doc[m.start:m.end].root
        if not (head.dep_ in ("compound", "amod", "nmod")
                and head.head.lemma_.lower() in CHEMICAL_SITES):
            return False
    return True


@predicate.add
def civilian_site_attacked(facts: ClauseFacts) -> bool:
    """The attack's object is a place where civilians live, shelter, pray, trade or study
    ("attacked a displacement site", "stormed a market", "raided a village"; triggers.toml
    `civilian_sites`), read on the object's head and its modifiers."""
    return _site_attacked(facts, lexicon()["civilian_sites"])


def _site_attacked(facts: ClauseFacts, sites: set[str]) -> bool:
    """The attack's object, or what it was aimed "on" or "at", is one of the sites."""
    heads = _attack_heads(facts)
    for tok in facts.clause.tokens:
        if (tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in heads) or _aimed_at(tok, heads):
            words = {tok.lemma_.lower(), tok.lower_} | {
                c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
            if words & sites:
                return True
    return False


# Verbs that say an agreement already made lasted or ended ("the ceasefire held").
AGREEMENT_KEPT = frozenset({"hold", "last", "survive", "endure", "collapse", "falter",
                            "expire", "lapse", "crumble", "unravel"})


@predicate.add
def agreement_only_kept(facts: ClauseFacts) -> bool:
    """"The ceasefire held for a third day", "the truce collapsed": an agreement made
    before is said to last or to end — no agreement is reached in this clause."""
    doc = facts.doc
    for m in facts.clause.triggers:
        if m.category != "agreement":
            continue
        tok = doc[m.start:m.end].root
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in AGREEMENT_KEPT:
            return True
        if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in AGREEMENT_KEPT
               for c in tok.children):
            return True
    return False


@predicate.add
def surrender_of_fighters(facts: ClauseFacts) -> bool:
    """"The rebels surrendered to the army": an armed side's verb that gives up no object
    (no post, no town), so the fighters gave up themselves; wanted men surrendering to
    the police are no side."""
    root = facts.clause.root
    return root.lemma_.lower() == "surrender" and armed_subject(facts.clause) and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in root.children)


@predicate.add
def only_wounded(facts: ClauseFacts) -> bool:
    """The clause's casualty words all wound or injure ("dozens of protesters were
    injured"): nobody is told killed."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    harms = [doc[m.start:m.end].root.lemma_.lower() for m in doc._.triggers or []
             if m.category == "kill" and m.start in ids]
    return bool(harms) and all(h in WOUNDING for h in harms)


WOUNDING = {"wound", "injure"}


@predicate.add
def for_rescue(facts: ClauseFacts) -> bool:
    """The clause's verb has a purpose of rescue or relief (typing.toml cue `rescue`, in
    its "to …" clause: "were deployed to evacuate residents", "used helicopters to reach
    families stranded on rooftops"); not rescuers who were its victims, nor a strike made
    to stop a rescue ("bombed the town to stop the rescue of the wounded")."""
    doc = facts.doc
    if any(FAMILY_OF.get(m.category) == "explosion" and doc[m.start:m.end].root.pos_ == "VERB"
           for m in facts.clause.triggers):
        return False
    return _purpose_has(facts, "rescue")


@predicate.add
def for_celebration(facts: ClauseFacts) -> bool:
    """The clause, or its "to …" clause, tells a celebration or a rite (typing.toml cue
    `celebration`: "poured into the streets to celebrate the team's victory")."""
    return _cue("celebration", facts.clause.tokens) or _purpose_has(facts, "celebration")


def _purpose_has(facts: ClauseFacts, cue: str) -> bool:
    """A word of the cue list in the clause verb's "to …" clause (its purpose)."""
    purposes = [c for c in facts.clause.root.children if c.dep_ in ("xcomp", "advcl")
                and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)]
    return any(_cue(cue, list(p.subtree)) for p in purposes)


@predicate.add
def arrested_for_ordinary_crime(facts: ClauseFacts) -> bool:
    """An arrest told with an ordinary crime (typing.toml cue `crime_charge`, anywhere
    under the clause's verb: "arrested two men who stole cattle") and with no armed side,
    weapon or political charge (cue `conflict_arrest`: "arrested 12 militants for
    smuggling weapons")."""
    under = list(facts.clause.root.subtree)
    return _cue("crime_charge", under) and not _cue("conflict_arrest", under)


# Animals that attack or are shot (rule animal-not-actor).
ANIMALS = {"leopard", "tiger", "lion", "elephant", "bear", "wolf", "crocodile", "alligator",
           "shark", "snake", "cobra", "python", "dog", "bull", "buffalo", "hippo",
           "hippopotamus", "boar", "jaguar", "puma", "cougar", "hyena", "bee", "wasp",
           "monkey", "baboon", "rhino", "animal"}


@predicate.add
def animal_acts_or_suffers(facts: ClauseFacts) -> bool:
    """An animal as who attacked ("a snow leopard attacked a herd of goats", "mauled by a
    tiger") or as what was shot ("rangers shot a crocodile"): wildlife, no side's deed."""
    doc = facts.doc
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers]
    for verb in verbs:
        nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        nouns += [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        # a lower-case word: "the Tigers" and "Tiger Forces" are armed sides
        if any(n.lemma_.lower() in ANIMALS and n.text.islower() for n in nouns):
            return True
    return False


# Who is killed in a fight, not an attack (rule held-in-the-fight), and the words that put
# an arrest on a later day.
FIGHT_DEAD_NOUNS = {"militant", "rebel", "insurgent", "fighter", "gunman", "gunmen", "terrorist",
                    "jihadist", "assailant", "attacker", "militiaman", "militiamen", "bandit",
                    "taliban", "guerrilla", "combatant"}
LATER_WORDS = {"later", "subsequently", "afterwards", "afterward", "then"}


@predicate.add
def held_in_the_fight(facts: ClauseFacts) -> bool:
    """People detained in the very clause pair that tells others of them killed ("two
    gunmen were killed and three detained", "troops killed two militants and arrested
    three"): the fight's outcome, coded once as the fight (GUIDELINES: one interaction
    between the same actors at one place and day), not a separate arrest."""
    root = facts.clause.root
    if any(c.lower_ in LATER_WORDS for c in root.children):
        return False   # "and later arrested three others": another day's deed
    doc = facts.doc
    # the killings of fighters: the verbs whose dead are an armed side's
    kills = {i for m in doc._.triggers or [] if m.category == "kill"
             for i in range(m.start, m.end)
             if any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in FIGHT_DEAD_NOUNS
                    for c in doc[i].children)}
    # the held named as the rest of the killed ("five others were arrested", "three
    # detained"), after the killing in the sentence
    rest = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and (c.pos_ == "NUM" or c.lower_ == "others")]
    if rest and any(i in kills and doc[i].pos_ == "VERB"
                    for i in range(facts.clause.sent.start, root.i)):
        return True
    # or the arrest shares the killing's subject, not another side's ("police later
    # arrested three suspects")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return False
    joined = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        joined.append(root.head)
    # in the same voice: "killed two and arrested three"; not the killers "later arrested"
    return any(v.i in kills and v.pos_ == "VERB" and _passive(v) == _passive(root)
               for v in joined)


def _passive(verb: Token) -> bool:
    """Passive, its "were" said once for two verbs too ("were killed and three detained")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))


# Whom an armed side kills when it kills members of a force that could not fight back:
# the captive executed, the off-duty or former officer, the state's civilian staff.
EXECUTION_VERBS = {"execute", "behead", "decapitate"}
DEFENCELESS_MARKS = {"off-duty", "unarmed", "former", "retired", "ex", "ex-", "handcuffed",
                     "captive", "captured", "abducted", "kidnapped", "detained"}
STATE_STAFF_NOUNS = {"official", "employee", "worker", "staff", "councillor", "councilor",
                     "minister", "lawmaker", "parliamentarian", "director", "administrator",
                     "clerk", "judge", "prosecutor", "contractor", "spokesman", "spokeswoman",
                     "engineer", "teacher", "doctor", "nurse", "governor", "mayor"}


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
        if staff.lemma_.lower() in STATE_STAFF_NOUNS and any(
                c.lemma_.lower() in STATE_QUALIFIERS for c in staff.children
                if c.dep_ in ("compound", "amod")):
            return True
        if _of_a_force(word, armed) and (verbs & EXECUTION_VERBS or _marked_defenceless(word)
                                         or _off_guard(facts.clause.root)):
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
    civilians = any(w.lemma_.lower() in PERSON_NOUNS or w.ent_type_ == "NORP"
                    for w in companions)
    if named and not civilians and any(
            t.i in armed or t.lemma_.lower() in ESCORT_NOUNS for w in companions
            for t in [w] + [c for c in w.children if c.dep_ in ("compound", "amod")]):
        return True
    for word in victims:
        if any(c.dep_ == "relcl" and _fires(c) for c in word.children):
            return True
    return any(c.dep_ in ("advcl", "prep") and c.lower_ in ("after", "while")
               and any(t.lemma_.lower() == "exchange" for t in c.subtree)
               and any(t.lemma_.lower() == "fire" for t in c.subtree)
               for c in root.children)


def _fires(clause_verb: Token) -> bool:
    """The relative clause has its subject fire: "(who) opened fire", "(they say) exchanged
    fire", "(who) attacked the patrol"; not "(who were) shot by troops"."""
    for t in clause_verb.subtree:
        if t.lemma_.lower() == "fire" and t.dep_ == "dobj" \
                and t.head.lemma_.lower() in ("open", "exchange"):
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() in FIRE_WORDS - {"fire"} \
                and t.tag_ != "VBN" and any(c.dep_ == "nsubj" for c in t.children):
            return True
    return False


@predicate.add
def fire_on_a_protest_in_sentence(facts: ClauseFacts) -> bool:
    """"The students had been demonstrating peacefully when police opened fire": the
    firing, with no target of its own, falls on the protest its sentence tells in another
    clause; the force used on that protest, not a fight with an armed side."""
    doc, sent = facts.doc, facts.clause.sent
    ids = {t.i for t in facts.clause.tokens}
    return any(m.category == "protest" and sent.start <= m.start < sent.end
               and m.start not in ids for m in doc._.triggers or [])


# Who sets off a bomb he dies with: a person, not a group ("militants detonated a bomb").
BOMBER_NOUNS = {"bomber", "attacker", "driver", "man", "woman", "girl", "boy", "assailant"}
SELF_WORDS = {"himself", "herself", "themselves"}
# Driving a vehicle that carries the bomb into its target: the driver dies with it.
RAMMING_VERBS = {"ram", "crash", "drive", "plough", "plow", "smash", "slam", "steer"}
EXPLOSIVE_LOAD = {"explosive", "explosives", "bomb", "bombs", "laden", "booby"}


@predicate.add
def bomber_died_with_device(facts: ClauseFacts) -> bool:
    """The one who set the bomb off died with it: "killing himself and five others", "an
    attacker detonated his explosives-laden car", "detonated the explosives in his car",
    "explosives strapped to a girl detonated", "rammed a truck packed with explosives
    into the gate". ACLED's suicide bomb, whatever the device is
    called, not a remote explosive. Not a blast the sentence tells as an accident ("a
    cowherd detonated an old shell by accident, killing himself")."""
    tokens = list(facts.clause.sent)
    if _cue("accidental_blast", tokens):
        return False
    if any(t.lower_ in SELF_WORDS and t.dep_ in ("dobj", "conj") for t in tokens):
        return True
    if any(t.lemma_.lower() == "strap" for t in tokens):
        return True
    for verb in tokens:
        if verb.lemma_.lower() in RAMMING_VERBS and any(
                t.lower_ in EXPLOSIVE_LOAD for c in verb.children if c.dep_ == "dobj"
                for t in c.subtree):
            return True   # "rammed his explosives-laden truck into the gate"
        if verb.lemma_.lower() not in ("detonate", "explode", "blow"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":   # "approached the crowd and detonated …"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not any(s.lemma_.lower() in BOMBER_NOUNS or s.ent_type_ in ("PERSON", "NORP")
                   for s in subjects):
            continue
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [g for t in things for p in t.children if p.dep_ == "prep"
                   for g in p.children if g.dep_ == "pobj"]   # "the explosives in his car"
        things += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
                   for g in p.children if g.dep_ == "pobj"]   # the parse hangs it on the verb
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for t in things
               for c in t.children):
            return True
    return False


@predicate.add
def crowd_fights_a_force(facts: ClauseFacts) -> bool:
    """"Students clashed with riot police", "police and fishermen clashed": one side is
    people with no arms (civilians by their word) and the other a state force; a riot, not
    a battle between armed sides."""
    doc, root = facts.doc, facts.clause.root
    matcher = ActorMatcher.load()
    sides = [c for c in root.children if c.dep_ == "nsubj"]
    sides += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    sides += [c for s in sides for c in s.children if c.dep_ == "conj"]
    roles = set()
    for word in sides:
        mention = next((m for m in doc._.actors or [] if m.start <= word.i < m.end), None)
        roles.add(mention.role_hint if mention is not None
                  else matcher.role_of_word(word.lower_))
    return "civilian" in roles and bool(roles & {"state", "international"}) \
        and not roles & {"armed", "unidentified"}


@predicate.add
def bombed_by_a_state_or_aircraft(facts: ClauseFacts) -> bool:
    """"Israel bombed a camp", "US forces bombed a mosque", "a village was bombed by an
    unidentified plane", "the US bombing of the town", "Israeli bombing": the verb "bomb"
    (or the noun "bombing") with a state, a foreign force or an aircraft as who bombed is an
    air strike — states bomb from the air; a group that "bombed a hotel" ("rebels bombed a
    police post", "the ISIS bombing") set off a device, a remote explosive."""
    doc = facts.doc
    states = {i for m in doc._.actors or [] if m.role_hint in ("state", "international")
              for i in range(m.start, m.end)}
    for verb in facts.clause.tokens:
        if verb.lemma_.lower() == "bombing" and verb.pos_ == "NOUN":
            bombers = [c for c in verb.children if c.dep_ in ("poss", "compound", "amod")]
            if any(who.i in states or who.ent_type_ in ("GPE", "NORP")
                   or who.lemma_.lower() in AIR_SUBJECT_WORDS for who in bombers):
                return True
            continue
        if verb.lemma_.lower() != "bomb" or verb.pos_ != "VERB":
            continue
        bombers = [c for c in verb.children if c.dep_ == "nsubj"]
        bombers += [g for c in verb.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]
        for who in bombers:
            if who.i in states or who.ent_type_ == "GPE" \
                    or who.lemma_.lower() in AIR_SUBJECT_WORDS \
                    or who.lemma_.lower() == "force" and any(c.lower_ == "air"
                                                             for c in who.children):
                return True
    return False


# The attack words of a fight for ground: news "launches an assault on" or "storms" a
# town or a position held by the other side; a one-sided attack on civilians is told with
# its victims ("stormed a hotel, killing 20 guests").
ASSAULT_WORDS = {"assault", "storm", "counter-assault", "counterassault"}
# Ground an assault takes, not a building where civilians gather
SETTLEMENT_WORDS = {"village", "villages", "town", "towns", "city", "cities", "district",
                    "districts", "neighbourhood", "neighborhood", "neighbourhoods",
                    "neighborhoods", "area", "areas", "suburb", "suburbs", "quarter", "hamlet"}


@predicate.add
def assault_without_victims(facts: ClauseFacts) -> bool:
    """The clause's attack is an assault on or a storming of ground ("launched an assault
    on the village of X", "stormed Tal Afar") and its sentence tells nobody killed or hurt:
    a fight for ground between armed sides, an armed clash."""
    doc = facts.doc
    words = {doc[m.start:m.end].root.lemma_.lower() for m in facts.clause.triggers
             if m.category == "attack"}
    if not words or not words <= ASSAULT_WORDS:
        return False
    sent = facts.clause.sent
    if any(m.category == "kill" and sent.start <= m.start < sent.end
           for m in doc._.triggers or []):
        return False   # "stormed a hotel, killing 20 guests": its victims decide
    # ground: a town or village, by its word or its name ("stormed Tal Afar"); not a
    # building ("stormed the consulate", "stormed a market")
    places = place_tokens(doc)
    ground = _site_attacked(facts, SETTLEMENT_WORDS) or any(
        t.i in places and (t.dep_ in ("dobj", "nsubjpass") or t.dep_ == "pobj"
                           and t.head.lower_ in ("on", "at", "into"))
        for t in facts.clause.tokens)
    return ground and not _cue("sexual_assault", list(sent))


@predicate.add
def captives_freed_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence frees, releases or ransoms whom it says were captured ("were captured
    … before being freed two days later", "have been released"): hostages, not people
    arrested."""
    return _cue("captives_freed", list(facts.clause.sent))


def _only_by(facts: ClauseFacts, category: str, lemma: str) -> bool:
    """Every trigger of the category in the clause is this verb."""
    found = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
             if m.category == category]
    return bool(found) and all(t.lemma_.lower() == lemma for t in found)


@predicate.add
def only_targeted(facts: ClauseFacts) -> bool:
    """The clause's deed is only "targeted": news uses it for what sides aim at ("troops
    targeted rebel positions") and for anything aimed at an audience ("the campaign
    targeted young voters"), so with nobody harmed it says nothing of violence on its own."""
    return _only_by(facts, "attack", "target")


@predicate.add
def only_picked_up(facts: ClauseFacts) -> bool:
    """The clause's arrest is only "picked up", a phrasal verb of everyday life ("picked up
    her children", "the wind picked up") that news uses for arrests by a force."""
    return _only_by(facts, "arrest", "pick")


@predicate.add
def only_advances(facts: ClauseFacts) -> bool:
    """The clause's fighting is only "advances" made or continued ("the army achieved
    advances on the front"): fighting when a side makes them, progress of any other kind
    ("made advances in research") when none is named."""
    fights = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
              if m.category == "clash"]
    return bool(fights) and all(any(c.dep_ == "dobj" and c.lemma_.lower() == "advance"
                                     for c in t.children) for t in fights)


# Verbs that put an assault in motion as an operation ("launched an assault", "began their
# attack", "continued their assault on X").
OPERATION_VERBS = {"launch", "begin", "start", "continue", "mount", "resume", "renew", "wage"}


@predicate.add
def assault_launched(facts: ClauseFacts) -> bool:
    """An assault or attack named as an operation a side launched, began or kept up ("ISIS
    launched another assault on the district", "the rebels began their attack at dawn"):
    how war reporting tells an offensive on ground the other side holds."""
    for m in facts.clause.triggers:
        noun = facts.doc[m.start:m.end].root
        if m.category == "attack" and noun.pos_ == "NOUN" \
                and noun.dep_ in ("dobj", "nsubjpass") \
                and noun.head.lemma_.lower() in OPERATION_VERBS:
            return True
    return False


# People of an armed side named by their word ("three SDF fighters", "a jihadi commander"),
# besides the fighter nouns; and the words that make a victim a member of a side ("members
# of the armed forces", "elements of the militia", "in the ranks of the FSA").
COMBATANT_NOUNS = FIGHTER_NOUNS | {"combatant", "trooper", "serviceman", "servicemen",
                                   "paratrooper", "commando", "jihadi", "militiamen",
                                   "peshmerga", "gendarme", "guardsman", "sniper"}
MEMBER_NOUNS = {"member", "element", "rank", "personnel", "cadre", "recruit"}
FORCE_NOUNS = {"force", "army", "military", "militia", "brigade", "battalion", "regiment",
               "unit", "police", "guard", "gendarmerie", "navy", "rebel", "insurgent",
               "militant", "fighter", "troop"}


def _a_combatant(word: Token, armed: set[int]) -> bool:
    """The victim word names people of an armed side: a fighter noun or a word the actor
    lexicon gives an armed role ("three SDF fighters", "policemen"), or a member of a side
    ("members of the armed forces", "two members of Hamas") — never a member of a family,
    a party or a parliament."""
    matcher = ActorMatcher.load()
    lemma = word.lemma_.lower()
    if word.i in armed or lemma in COMBATANT_NOUNS \
            or matcher.role_of_word(word.lower_) in ARMED_ROLES:
        return True
    if lemma not in MEMBER_NOUNS:
        return False
    sides = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"]
    return any(g.i in armed or g.lemma_.lower() in FORCE_NOUNS
               or matcher.role_of_word(g.lower_) in ARMED_ROLES for g in sides)


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
    fighters = [w for w in victims if _a_combatant(w, armed)]
    counted = {g.i for w in fighters for p in w.children if p.dep_ == "prep"
               for g in p.subtree}  # "members of the armed forces": the side, not a victim
    civilians = [w for w in victims if w not in fighters and w.i not in counted
                 and (w.lemma_.lower() in PERSON_NOUNS or w.ent_type_ in ("PERSON", "NORP")
                      or _is_civilian_token(doc, w))]
    # several fall in a fight; one member of a force shot alone is more often a targeted
    # killing ("a police chief was shot as he left home"), which the attack rules read
    several = any(w.tag_ in ("NNS", "NNPS") for w in fighters)
    return several and not civilians


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


MILITARY_QUALIFIERS = {"military", "army", "militant", "jihadist", "rebel", "insurgent",
                       "militia", "terrorist", "guerrilla", "commander", "extremist",
                       "islamist", "jihadi", "separatist"}
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
    return False


# Whom news tells taken as hostages rather than arrested: people at work or abroad who are
# no side and no suspect ("two aid workers", "a contractor", "23 South Korean aid
# workers", "four Britons").
CAPTIVE_CIVILIANS = {"worker", "contractor", "journalist", "reporter", "photographer",
                     "cameraman", "driver", "engineer", "tourist", "foreigner", "hostage",
                     "passenger", "missionary", "priest", "nun", "pastor", "volunteer",
                     "humanitarian", "employee", "teacher", "doctor", "nurse", "villager",
                     "farmer", "child", "schoolgirl", "schoolboy", "student", "family",
                     "colleague", "translator", "interpreter", "businessman", "national",
                     "civilian", "resident", "crew", "staff", "expatriate", "trader"}
SUSPECT_WORDS = {"suspect", "suspected", "wanted", "fugitive", "accused", "alleged",
                 "mastermind", "plotter", "ringleader", "bomber"}


def _taken(facts: ClauseFacts) -> list[Token]:
    """Who was taken: the object or passive subject of a verb of taking in the clause, with
    whom it is co-ordinated or placed in apposition, and whom it was taken with ("was
    captured along with two colleagues", "with a driver")."""
    found = [t for t in facts.clause.tokens if t.dep_ in ("dobj", "nsubjpass")
             and t.head.lemma_.lower() in PERSON_TAKING_VERBS | {"abduct", "kidnap"}]
    verbs = {t.head.i for t in found}
    found += [g for v in verbs for c in facts.doc[v].children
              if c.dep_ == "prep" and c.lower_ in ("with", "alongside")
              for g in c.children if g.dep_ == "pobj"]
    found += [g for v in verbs for c in facts.doc[v].children
              if c.dep_ in ("advmod", "prt", "prep") and c.lower_ == "along"
              for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    stack, seen = list(found), set()
    while stack:
        tok = stack.pop()
        if tok.i not in seen:
            seen.add(tok.i)
            stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    return [facts.doc[i] for i in sorted(seen)]


@predicate.add
def civilians_taken(facts: ClauseFacts) -> bool:
    """Among those taken are people at work or abroad who are no side and no suspect —
    aid workers, contractors, journalists, a driver, "four Britons" — and none is a
    fighter or a suspect: news tells so the taking of hostages, an abduction, not an
    arrest (ACLED: arrests are a state's of suspects)."""
    doc = facts.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    taken = _taken(facts)
    if any(_a_combatant(t, armed) or t.lemma_.lower() in SUSPECT_WORDS
           or any(c.lower_ in SUSPECT_WORDS or c.dep_ == "compound" and _a_combatant(c, armed)
                  for c in t.children) for t in taken):
        return False
    return any(t.lemma_.lower() in CAPTIVE_CIVILIANS
               or t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS")   # "four Britons"
               for t in taken)


@predicate.add
def fighting_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence tells a fight beside the taking: a fight word ("captured after a
    shootout", "during fierce fighting"), an ambush, an attack told as a deed ("when
    gunmen attacked an army base") or casualties ("27 militants were captured and three
    soldiers suffered wounds") — not a raid, which is how arrests are made, nor "the
    attacks" a suspect planned."""
    doc, sent = facts.doc, facts.clause.sent
    for m in doc._.triggers or []:
        if not sent.start <= m.start < sent.end:
            continue
        if m.category == "kill":
            return True
        if m.category not in ("clash", "attack"):
            continue
        word = doc[m.start:m.end].root
        if _fight_denied(word) or word.lemma_.lower() == "raid":
            continue
        if m.category == "clash" or word.lemma_.lower() == "ambush" or word.pos_ == "VERB":
            return True
    return False


@predicate.add
def stone_throwers_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence has a crowd throwing stones, rocks or petrol bombs, or rioters ("fired
    on a group of youths throwing stones", "shot a Palestinian who was among stone-throwing
    rioters"): the crowd's violence makes the event a violent demonstration, the force's
    response included (ACLED: a riot; excessive force is against peaceful protesters)."""
    return _cue("stone_throwers", list(facts.clause.sent))


# Arrest words of the intervention cue, and what they may be told about without a force
# stopping the protest ("demonstrated for the release of the detained policemen").
DETENTION_WORDS = {"arrested", "detained"}
DEMANDED_WORDS = {"release", "free", "freedom", "rumour", "rumor", "report", "arrest"}


@predicate.add
def intervention_on_protest(facts: ClauseFacts) -> bool:
    """Tear gas, dispersal or arrests the clause tells as done to the protest — not people
    "arrested" or "detained" whom the protesters march for ("demonstrated for the release
    of the detained policemen", "demanding the release of activists arrested earlier"):
    those arrests are the protest's reason, and the protest itself was peaceful."""
    tokens = [t for t in facts.clause.tokens if not _demanded_detention(t)]
    return _cue("intervention", tokens)


def _demanded_detention(word: Token) -> bool:
    """"arrested"/"detained" naming whom a protest demands back: a modifier of a noun
    ("the detained policemen", "activists arrested in Beijing") or under a "release"."""
    if word.lower_ not in DETENTION_WORDS:
        return False
    if word.dep_ in ("amod", "acl", "relcl"):
        return True
    return any(a.lemma_.lower() in DEMANDED_WORDS for a in word.ancestors)
