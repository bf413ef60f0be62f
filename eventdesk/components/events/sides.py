"""Sides: who acted (agent → actor1) and who was acted upon (patient → actor2).

The parse gives the roles (`Sides.roles`); data/rules/default_actors.toml fills the sides
a report leaves unnamed and fixes those of protests and riots, through the named
conditions and sources registered here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventdesk.coding import typology
from eventdesk.components.events.common import ARMED_ROLES
from eventdesk.components.events.happened import modality
from eventdesk.components.events.rules import Registry, check_keys, load_table, table_path
from eventdesk.components.triggers import Clause
from eventdesk.errors import RuleDataError
from eventdesk.records import Actor

TABLE = "default_actors"
RULE_KEYS = {"name", "about", "side", "types", "sub_types", "if", "unless", "take", "dated",
             "examples"}
REVERSING_VERBS = ("repel", "repulse", "thwart", "foil")
PATIENT_PREPS = ("on", "at", "against", "with", "into", "upon", "among", "targeting")

condition = Registry("condition")
source = Registry("source")


@dataclass(slots=True)
class SideFacts:
    """An event's sides while the default-actor rules run over it."""

    sides: Sides
    doc: Doc
    clause: Clause
    event_type: str
    sub_type: str
    agent: object | None
    patient: object | None
    country: str | None
    year: int | None
    actor1: Actor | None
    actor2: Actor | None
    setting: str = "actor1"   # the side the current rule sets

    @property
    def other(self) -> Actor | None:
        """The side the current rule does not set: never chosen as its own opponent."""
        return self.actor2 if self.setting == "actor1" else self.actor1


@dataclass(frozen=True, slots=True)
class SideRule:
    name: str
    side: str
    types: frozenset[str]
    sub_types: frozenset[str]
    when: tuple
    unless: tuple
    take: tuple
    dated: bool

    def applies(self, facts: SideFacts) -> bool:
        if (self.types or self.sub_types) and facts.event_type not in self.types \
                and facts.sub_type not in self.sub_types:
            return False
        return all(c(facts) for c in self.when) and not any(c(facts) for c in self.unless)


@functools.lru_cache(maxsize=1)
def side_rules() -> list[SideRule]:
    return compile_rules(load_table(TABLE))


def compile_rules(data: dict) -> list[SideRule]:
    """Check a parsed default-actors table against the typology and the registries."""
    rules = []
    for n, entry in enumerate(data.get("rule", [])):
        name = entry.get("name", f"#{n + 1}")
        check_keys(entry, RULE_KEYS, table=TABLE, rule=name)
        unknown = (set(entry.get("types", ())) - set(typology.EVENT_TYPES)) | (
            set(entry.get("sub_types", ())) - set(typology.TYPE_OF))
        if unknown or entry.get("side") not in ("actor1", "actor2"):
            raise RuleDataError(f"rule {name!r}: side must be actor1 or actor2; unknown "
                                f"types {sorted(unknown)}", path=str(table_path(TABLE)))
        rules.append(SideRule(
            name, entry["side"], frozenset(entry.get("types", ())),
            frozenset(entry.get("sub_types", ())),
            tuple(condition.get(c, table=TABLE, rule=name) for c in entry.get("if", ())),
            tuple(condition.get(c, table=TABLE, rule=name) for c in entry.get("unless", ())),
            tuple(source.get(s, table=TABLE, rule=name) for s in entry.get("take", ())),
            bool(entry.get("dated", False))))
    return rules


class Sides:
    """Reads the sides of a clause; holds the actor matcher and the gazetteer it needs."""

    def __init__(self, actor_matcher, gazetteer):
        self.matcher = actor_matcher
        self.gazetteer = gazetteer

    # ---- roles from the parse -----------------------------------------------------------
    def roles(self, doc: Doc, clause: Clause):
        """The acting side and the side acted upon, from the dependency parse."""
        ids = {t.i for t in clause.tokens}
        agents, patients = [], []
        for mention in doc._.actors or []:
            if mention.start not in ids:
                continue
            role = _role_of(doc[mention.start:mention.end].root, clause.root)
            if role == "agent":
                agents.append(mention)
            elif role == "patient":
                patients.append(mention)
        agent = _pick(agents, prefer=ARMED_ROLES | {"protester", "rioter"})
        others = [p for p in patients if agent is None or p.actor.name != agent.actor.name]
        if agent is not None and agent.role_hint in ("state", "international"):
            # soldiers fight militants, not the mission they serve with
            prefer = {"armed", "unidentified"}
        else:
            prefer = {"civilian", "protester"} | ARMED_ROLES
        patient = _pick(others, prefer=prefer)
        if agent is not None and patient is not None and \
                clause.root.lemma_.lower() in REVERSING_VERBS:
            # "troops repelled an attack by X": X started the fighting
            agent, patient = patient, agent
        if agent is None and len(agents) == 0 and len(patients) > 1:
            # "X and Y fought": no clear subject, take the two sides in order.
            agent = patients[0]
        agent = _group_of(doc, agent)
        patient = _group_of(doc, patient)
        if agent is None or _owned_by_pronoun(doc, agent):
            agent = _implicit_agent(doc, clause, possessive=agent is not None) or agent
            agent = _group_of(doc, agent)
        if agent is not None and agent.role_hint == "unidentified":
            agent = named_group_nearby(doc, clause) or agent
        if patient is not None and patient.role_hint == "unidentified":
            patient = named_group_nearby(doc, clause) or patient
        return agent, patient

    # ---- actors, with the defaults of default_actors.toml ------------------------------
    def actors_for(self, doc, clause, event_type, sub_type, agent, patient, country):
        """actor1 and actor2 of an event: the roles found, then every matching rule; and
        the names of the rules that applied."""
        facts = SideFacts(
            self, doc, clause, event_type, sub_type, agent, patient, country,
            doc._.published.year if doc._.published else None,
            agent.actor if agent else None, patient.actor if patient else None)
        applied = []
        for rule in side_rules():
            facts.setting = rule.side
            if not rule.applies(facts):
                continue
            applied.append(rule.name)
            year = facts.year if rule.dated else None
            chosen = next((a for a in (take(facts, year) for take in rule.take)
                           if a is not None), None)
            setattr(facts, rule.side, chosen)
        return facts.actor1, facts.actor2, applied

    def generic(self, kind: str, country: str | None, **kwargs) -> Actor | None:
        """"Civilians (Sudan)" needs a country; with none known the side stays unnamed."""
        return getattr(self.matcher, kind)(country, **kwargs) if country else None

    def demonym_owner(self, doc: Doc, clause: Clause) -> str | None:
        """The country named by an adjective on a trigger ("Russian shelling")."""
        for trig in clause.triggers:
            for tok in doc[trig.start:trig.end]:
                for child in tok.children:
                    if child.dep_ in ("amod", "compound") and child.i < trig.start:
                        code = self.gazetteer.demonym_country(child.text)
                        if code:
                            return code
        return None


# ---- conditions the rules name ------------------------------------------------------

@condition.add
def no_armed_agent(f: SideFacts) -> bool:
    """No acting side, or only civilians or protesters as the subject."""
    return f.actor1 is None or f.agent.role_hint in ("civilian", "protester")


@condition.add
def actor1_is_state(f: SideFacts) -> bool:
    return f.actor1 is not None and f.actor1.inter == typology.STATE_FORCES


@condition.add
def actor1_state_side(f: SideFacts) -> bool:
    """State forces, the country's or foreign ones."""
    return f.actor1 is not None and f.actor1.inter in typology.STATE_SIDE


@condition.add
def actor1_present(f: SideFacts) -> bool:
    return f.actor1 is not None


@condition.add
def actor2_missing(f: SideFacts) -> bool:
    return f.actor2 is None


@condition.add
def victims_unnamed(f: SideFacts) -> bool:
    """No victim named, or one that is neither civilians nor an armed group."""
    return f.actor2 is None or (f.patient is not None
                                and f.patient.role_hint not in ("civilian", "armed"))


# ---- sources the rules name ---------------------------------------------------------

def _generic_source(kind: str):
    """A source giving ACLED's generic actor of the event's country ("Civilians (Iraq)")."""
    def take(f: SideFacts, year) -> Actor | None:
        return f.sides.generic(kind, f.country)
    return take


def _state_source(branch: str):
    """A source giving the country's state forces of one branch; `year` (rules with
    `dated = true`) lets the conflict rules name the period's recognised forces."""
    def take(f: SideFacts, year) -> Actor | None:
        return f.sides.generic("state_forces", f.country, branch=branch, year=year)
    return take


for _kind in ("protesters", "rioters", "civilians", "unidentified"):
    source.add(_generic_source(_kind), name=_kind)
for _branch in ("police", "military", "government"):
    source.add(_state_source(_branch), name=_branch)


@source.add
def air_force_named(f: SideFacts, year) -> Actor | None:
    """"Israeli air strikes": the military of the country the words name, else the
    event's country."""
    owner = f.sides.demonym_owner(f.doc, f.clause) or f.country
    return f.sides.generic("state_forces", owner, branch="military", year=year)


@source.add
def state_agent(f: SideFacts, year) -> Actor | None:
    return f.agent.actor if f.agent is not None and f.agent.role_hint == "state" else None


@source.add
def state_patient(f: SideFacts, year) -> Actor | None:
    return f.patient.actor if f.patient is not None and f.patient.role_hint == "state" \
        else None


@source.add
def actor2_unless_state_or_civilian(f: SideFacts, year) -> Actor | None:
    a = f.actor2
    return a if a is not None and a.inter not in (typology.STATE_FORCES,
                                                  typology.CIVILIANS) else None


@source.add
def actor1_if_non_state(f: SideFacts, year) -> Actor | None:
    a = f.actor1
    return a if a is not None and a.inter in typology.NON_STATE_ARMED else None


@source.add
def armed_named_most(f: SideFacts, year) -> Actor | None:
    """The armed actor (state forces included) the report names most, not the other side."""
    return salient_armed(f.doc, exclude=f.other)


@source.add
def non_state_named_most(f: SideFacts, year) -> Actor | None:
    """The non-state armed group the report names most, not the other side."""
    return salient_armed(f.doc, exclude=f.other, non_state=True)


@source.add
def group_named_in_sentence(f: SideFacts, year) -> Actor | None:
    named = named_group_nearby(f.doc, f.clause, same_sentence=True)
    return named.actor if named else None


# ---- reading roles ------------------------------------------------------------------

def salient_armed(doc: Doc, *, exclude: Actor | None, non_state: bool = False):
    """The armed actor the report names most, for sides it leaves implicit."""
    counts: dict[str, tuple[int, Actor]] = {}
    for mention in doc._.actors or []:
        if mention.role_hint not in ("armed", "unidentified") and not (
            not non_state and mention.role_hint in ("state", "international")
        ):
            continue
        actor = mention.actor
        if exclude is not None and actor.name == exclude.name:
            continue
        if non_state and actor.inter in typology.STATE_SIDE:
            continue
        n, _ = counts.get(actor.name, (0, actor))
        counts[actor.name] = (n + 1, actor)
    if not counts:
        return None
    return max(counts.values(), key=lambda pair: pair[0])[1]


def named_group_nearby(doc: Doc, clause: Clause, *, same_sentence: bool = False):
    """"Gunmen stormed the compound" right after "al-Shabaab fighters attacked the
    hotel": the one armed group named in this or the previous sentence."""
    sent = clause.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 and not same_sentence \
        else sent.start
    named = {m.actor.name: m for m in doc._.actors or []
             if start <= m.start < sent.end and m.role_hint == "armed"
             and m.actor.inter in typology.NON_STATE_ARMED}
    return next(iter(named.values())) if len(named) == 1 else None


def _group_of(doc: Doc, mention):
    """"fighters of the Islamic State", "members of Boko Haram": the named group."""
    if mention is None:
        return None
    head = doc[mention.start:mention.end].root
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            for other in doc._.actors or []:
                if other is not mention and other.start <= obj.i < other.end \
                        and other.role_hint == "armed":
                    return other
    return mention


def _owned_by_pronoun(doc: Doc, mention) -> bool:
    """"its aircraft", "their fighters": the owner is named elsewhere."""
    head = doc[mention.start:mention.end].root
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children)


def _implicit_agent(doc: Doc, clause: Clause, *, possessive: bool = False):
    """The subject a clause leaves out or refers to with a pronoun: "ISIL killed 85
    civilians and abducted 400" (shared subject), "the army said it had retaken…",
    "the coalition said its aircraft struck…"."""
    root = clause.root
    own_subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates = []
    if possessive:
        speech = modality().words["speech"]
        if root.dep_ in ("ccomp", "conj") and root.head.lemma_.lower() in speech:
            candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
    elif root.dep_ == "conj" and not own_subjects:
        candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
    elif all(c.pos_ == "PRON" for c in own_subjects) and root.dep_ in ("ccomp", "conj"):
        candidates = [c for c in root.head.children if c.dep_ == "nsubj"]
    for subject in candidates:
        for mention in doc._.actors or []:
            if mention.start <= subject.i < mention.end or (
                    subject.left_edge.i <= mention.start <= subject.right_edge.i):
                if mention.role_hint != "civilian":
                    return mention
    return None


def _pick(mentions, *, prefer):
    preferred = [m for m in mentions if m.role_hint in prefer]
    chosen = preferred or mentions
    return chosen[0] if chosen else None


def _role_of(tok: Token, root: Token) -> str | None:
    """agent for subjects and "by" phrases, patient for objects and passive subjects."""
    t = tok
    for _ in range(15):
        dep = t.dep_
        if dep == "conj" and t.head.dep_ in ("nsubj", "dobj", "nsubjpass", "pobj"):
            t = t.head
            continue
        if dep in ("nsubj", "csubj"):
            return "agent"
        if dep == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent":
            verb = t.head.head
            if verb.i == root.i or verb.dep_ in ("acl", "advcl") and (
                    verb.head.i == root.i or verb.head.pos_ == "NOUN"
                    and verb.head.dep_ in ("nsubj", "nsubjpass", "dobj")
                    and verb.head.head.i == root.i):
                return "agent"
            return None
        if dep in ("nsubjpass", "dobj", "dative", "attr", "oprd"):
            return "patient"
        if dep == "pobj" and t.head.lower_ in PATIENT_PREPS:
            return "patient"
        if dep in ("compound", "amod", "poss", "nmod", "appos") or (
            dep == "pobj" and t.head.lower_ == "of"
        ) or dep == "prep" and t.lower_ == "of":
            t = t.head
            continue
        if t.i == root.i or t.head.i == t.i:
            return None
        if dep in ("advcl", "acl", "xcomp", "relcl", "conj", "ccomp", "prep", "pcomp",
                   "pobj"):
            t = t.head
            continue
        return None
    return None
