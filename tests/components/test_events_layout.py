"""The event coder's modules import one another in one direction only."""

import ast
from pathlib import Path

import pytest

from eventdesk.components import events

PACKAGE = Path(events.__file__).parent
PREFIX = "eventdesk.components.events"


def _imported_siblings(name):
    tree = ast.parse((PACKAGE / f"{name}.py").read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == PREFIX:
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PREFIX + "."):
            found.add(node.module.rsplit(".", 1)[1])
    return found


def test_every_module_is_in_the_order():
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(events.ORDER)


@pytest.mark.parametrize("name", events.ORDER)
def test_a_module_imports_only_those_before_it(name):
    earlier = set(events.ORDER[:events.ORDER.index(name)])
    assert _imported_siblings(name) <= earlier
