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


def test_the_main_trigger_is_weighed_again_when_the_clause_changes(parsed):
    """main_trigger keeps its answer on the clause; a clause whose triggers change (merging
    moves them) must be weighed again, not answered from the kept reading."""
    from eventdesk.components.events.common import main_trigger
    from eventdesk.components.triggers import Clause, TriggerMatch

    doc = parsed(["Rebels", "attacked", "and", "killed", "soldiers"], [1, 1, 1, 1, 3],
                 ["nsubj", "ROOT", "cc", "conj", "dobj"],
                 pos=["NOUN", "VERB", "CCONJ", "VERB", "NOUN"],
                 lemmas=["rebel", "attack", "and", "kill", "soldier"])
    attack = TriggerMatch(1, 2, "attack", "attacked")
    kill = TriggerMatch(3, 4, "kill", "killed")
    clause = Clause(root=doc[1], tokens=list(doc), sent=doc[:], triggers=[attack, kill])
    assert main_trigger(doc, clause) == attack
    assert main_trigger(doc, clause) == attack   # the kept reading
    clause.triggers.remove(attack)
    clause.triggers.append(TriggerMatch(4, 5, "kill", "soldiers"))
    assert main_trigger(doc, clause) in clause.triggers
    assert main_trigger(doc, clause) != attack
