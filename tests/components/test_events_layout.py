"""The event coder's modules import one another in one direction only; so do the modules
of its subpackages happened (modality), subtype (typing), sides, place_mentions,
place_names, placing and merging, and of the components dates and fatalities. A package
split by concern keeps its modules small enough to read at once."""

import ast
from pathlib import Path

import pytest

from eventdesk.components import dates, events, fatalities
from eventdesk.components.events import (
    happened,
    merging,
    place_mentions,
    place_names,
    placing,
    sides,
    subtype,
)

PACKAGES = {events.__name__: events, happened.__name__: happened, subtype.__name__: subtype,
            merging.__name__: merging, place_mentions.__name__: place_mentions,
            place_names.__name__: place_names, placing.__name__: placing, dates.__name__: dates,
            fatalities.__name__: fatalities, sides.__name__: sides}
# The packages split by concern, whose modules are kept small.
SPLIT_PACKAGES = (happened.__name__, merging.__name__, place_mentions.__name__,
                  place_names.__name__, placing.__name__, dates.__name__, fatalities.__name__,
                  sides.__name__)
# The most lines a module of a subpackage split by concern may have.
SUBPACKAGE_MODULE_MAX_LINES = 350


def _modules(package):
    """The package's modules and subpackages, by name."""
    root = Path(package.__file__).parent
    return ({p.stem for p in root.glob("*.py")} - {"__init__"}) \
        | {p.name for p in root.iterdir() if (p / "__init__.py").exists()}


def _imported_siblings(package, name):
    """The modules of `package` that its module (or subpackage) `name` imports."""
    prefix = package.__name__
    path = Path(package.__file__).parent / name
    files = sorted(path.glob("*.py")) if path.is_dir() else [path.with_suffix(".py")]
    found = set()
    for file in files:
        for node in ast.walk(ast.parse(file.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == prefix:
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(prefix + "."):
                found.add(node.module[len(prefix) + 1:].split(".")[0])
    return found - {name}


@pytest.mark.parametrize("package", PACKAGES)
def test_every_module_is_in_the_order(package):
    assert _modules(PACKAGES[package]) == set(PACKAGES[package].ORDER)


@pytest.mark.parametrize(("package", "name"),
                         [(p, n) for p, package in PACKAGES.items() for n in package.ORDER])
def test_a_module_imports_only_those_before_it(package, name):
    order = PACKAGES[package].ORDER
    earlier = set(order[:order.index(name)])
    assert _imported_siblings(PACKAGES[package], name) <= earlier


def test_a_subpackage_counts_the_imports_of_all_its_modules():
    """subtype's modules import the events modules before it (common, rules, happened: an
    attempt whose makers were repelled is typed as the deed done), and nothing later."""
    assert _imported_siblings(events, "subtype") == {"common", "rules", "happened"}


@pytest.mark.parametrize(("package", "name"),
                         [(p, n) for p in SPLIT_PACKAGES for n in PACKAGES[p].ORDER])
def test_a_module_of_a_split_package_is_small(package, name):
    path = Path(PACKAGES[package].__file__).parent / f"{name}.py"
    assert len(path.read_text("utf-8").splitlines()) <= SUBPACKAGE_MODULE_MAX_LINES


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
