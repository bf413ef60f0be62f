"""The typing rule table: which ACLED sub-type a clause that happened is coded as.

The decision list lives in data/rules/typing.toml (first matching rule wins, in ACLED's
priority order); this module compiles it, checks it against the typology and the
predicates, and applies it. The predicates it names are the `@predicate` functions of the
family modules beside this one, each a reading of the parse that a word list cannot
express. `combine` is the one place where a learned classifier's per-clause proposal
meets the rules.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventdesk.coding import typology
from eventdesk.components.events.rules import Registry, check_keys, load_table, table_path
from eventdesk.components.events.subtype.cue_lists import CueList, included, token_forms
from eventdesk.components.triggers import Clause
from eventdesk.errors import RuleDataError

TABLE = "typing"
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
    forms: tuple | None = None   # the clause's token_forms, read once for all cue lists
    gazetteer: object | None = None   # the place index, for a name read as no place

    def check(self, fn) -> bool:
        """A predicate's answer for this clause, computed once however many rules ask."""
        memo = self.memo
        if fn in memo:
            return memo[fn]
        found = memo[fn] = fn(self)
        return found

    def has_cue(self, cue: CueList) -> bool:
        memo = self.memo
        if cue in memo:
            return memo[cue]
        if self.forms is None:
            self.forms = token_forms(self.clause.tokens)
        found = memo[cue] = cue.found_in_forms(*self.forms)
        return found

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
class Rule:
    name: str
    gives: str | None
    conditions: dict
    final: bool = False
    firm: bool = False
    sense_known: bool = False

    def holds(self, facts: ClauseFacts, cues: dict[str, CueList]) -> bool:
        return self.meets(facts.family, facts.categories, facts.agent_role,
                          facts.patient_role) and self.reads(facts, cues)

    def meets(self, family: str, categories: set[str] | frozenset[str], agent_role: str,
              patient_role: str) -> bool:
        """The conditions on the clause's family, categories and sides' roles: a few
        values that recur from clause to clause, so the table answers them once per
        combination (`TypingTable.rules_meeting`)."""
        c = self.conditions
        if "family" in c and family not in c["family"]:
            return False
        if "categories_any" in c and not categories & c["categories_any"]:
            return False
        if "categories_none" in c and categories & c["categories_none"]:
            return False
        if "agent_role" in c and agent_role not in c["agent_role"]:
            return False
        if "agent_role_not" in c and agent_role in c["agent_role_not"]:
            return False
        if "patient_role" in c and patient_role not in c["patient_role"]:
            return False
        return not ("patient_role_not" in c and patient_role in c["patient_role_not"])

    def reads(self, facts: ClauseFacts, cues: dict[str, CueList]) -> bool:
        """The cue lists and predicates, which read the clause itself (each answered once
        per clause, in the facts' memo)."""
        c = self.conditions
        # plain loops, not all()/any() over generators: a clause is put to some twenty
        # rules, and a generator's set-up cost more than the memo lookups it wraps
        names, wanted, barred = c.get("cues"), c.get("if"), c.get("unless")
        if names:
            for name in names:
                if not facts.has_cue(cues[name]):
                    return False
        if wanted:
            for p in wanted:
                if not facts.check(p):
                    return False
        if barred:
            for p in barred:
                if facts.check(p):
                    return False
        return True


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
    # family -> the rules a clause of it can meet, filled as families come (a fixed few)
    by_family: dict = field(default_factory=dict, compare=False)
    # (family, categories, agent role, patient role) -> the rules meeting them
    by_facts: dict = field(default_factory=dict, compare=False)

    def rules_for(self, family: str) -> tuple[Rule, ...]:
        """The rules, in order, less those naming other trigger families: nearly every
        rule names its families, and each clause was put to all of them."""
        found = self.by_family.get(family)
        if found is None:
            found = self.by_family[family] = tuple(
                r for r in self.rules
                if "family" not in r.conditions or family in r.conditions["family"])
        return found

    def rules_meeting(self, facts: ClauseFacts) -> tuple[Rule, ...]:
        """The rules, in order, whose family, category and role conditions the clause
        meets: each clause was put to some forty rules, most of which fail on these alone,
        and clauses share a few combinations of them, so each is read once."""
        key = (facts.family, frozenset(facts.categories), facts.agent_role,
               facts.patient_role)
        found = self.by_facts.get(key)
        if found is None:
            found = self.by_facts[key] = tuple(
                r for r in self.rules_for(facts.family) if r.meets(*key))
        return found


@functools.lru_cache(maxsize=1)
def rule_table() -> TypingTable:
    return compile_table(load_table(TABLE))


def compile_table(data: dict) -> TypingTable:
    """Check a parsed typing table against the typology and the predicates, and compile it."""
    lists = data.get("cue", {})
    cues = {name: CueList.of(included(lists, name, TABLE)) for name in lists}
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
                     for r in table.rules_meeting(facts)
                     if r.reads(facts, table.cues)), Decision(None, "no-rule"))
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


def tells_crowd_violence(tokens: list[Token]) -> bool:
    """The words tell a crowd's violence or damage (cues `violent_protest`, `protest_damage`)."""
    return _cue("violent_protest", tokens) or _cue("protest_damage", tokens)
