"""Rule tables as data: loading eventdesk/data/rules/*.toml and the named Python predicates
their rules call.

A rule table says *what* decides (which trigger family, which cue words, which named
predicate); the predicates say *how* a clause is read. A table that names a predicate,
cue or sub-type that does not exist fails when loaded, with the file and the rule named,
not half-way through a report.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Callable
from pathlib import Path

from eventdesk.components.triggers import DATA_DIR
from eventdesk.errors import RuleDataError

RULES_DIR = DATA_DIR / "rules"


@functools.cache
def load_table(name: str) -> dict:
    """The parsed rule table data/rules/<name>.toml."""
    path = RULES_DIR / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleDataError(f"cannot read the rule table: {exc}", path=str(path)) from exc


def table_path(name: str) -> Path:
    return RULES_DIR / f"{name}.toml"


class Registry:
    """Named functions a rule table may call: `@registry.add` registers one under its
    function name (or `name=`); a rule refers to it by that name ("has_civilian_victims")."""

    def __init__(self, kind: str):
        self.kind = kind
        self.functions: dict[str, Callable] = {}

    def add(self, fn: Callable, *, name: str | None = None) -> Callable:
        self.functions[name or fn.__name__] = fn
        return fn

    def get(self, name: str, *, table: str, rule: str) -> Callable:
        try:
            return self.functions[name]
        except KeyError:
            known = ", ".join(sorted(self.functions))
            raise RuleDataError(f"rule {rule!r} names an unknown {self.kind} {name!r} "
                                f"(known: {known})", path=str(table_path(table))) from None


def check_keys(entry: dict, allowed: set[str], *, table: str, rule: str) -> None:
    """Refuse misspelt keys: a typo would otherwise silently widen a rule."""
    unknown = set(entry) - allowed
    if unknown:
        raise RuleDataError(f"rule {rule!r} has unknown key(s) {sorted(unknown)}; allowed: "
                            f"{sorted(allowed)}", path=str(table_path(table)))
