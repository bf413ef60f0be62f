"""The default-actor table (data/rules/default_actors.toml) compiled against the typology
and the registries of named conditions and sources, and the facts its rules read: kept
apart from the rules' predicates so each family of them is read on its own."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc

from eventdesk.coding import typology
from eventdesk.components.events.rules import Registry, check_keys, load_table, table_path
from eventdesk.components.triggers import Clause
from eventdesk.errors import RuleDataError
from eventdesk.records import Actor

TABLE = "default_actors"
RULE_KEYS = {"name", "about", "side", "types", "sub_types", "if", "unless", "take", "dated",
             "examples"}

condition = Registry("condition")
source = Registry("source")


@dataclass(slots=True)
class SideFacts:
    """An event's sides while the default-actor rules run over it."""

    sides: object   # the Sides (naming.py) whose rules run over the event
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
