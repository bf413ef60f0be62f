"""The typology module: the one list of ACLED types, sub-types and priorities."""

import ast
import difflib
from pathlib import Path

import pytest

from eventdesk.coding import typology
from eventdesk.store.cluster_summary import OUTCOMES


def test_twenty_five_sub_types_in_six_types_and_a_none_label():
    assert len(typology.EVENT_TYPES) == 6
    assert len(typology.SUB_TYPES) == len(set(typology.SUB_TYPES)) == 25
    assert typology.LABELS[-1] == typology.NONE and len(typology.LABELS) == 26


@pytest.mark.parametrize(("first", "then"), [
    # GUIDELINES' own examples of the priority order
    ("Government regains territory", "Armed clash"),
    ("Air/drone strike", "Shelling/artillery/missile attack"),
    ("Excessive force against protesters", "Peaceful protest"),
    ("Agreement", "Other"),
])
def test_priority_follows_the_guidelines_order(first, then):
    assert typology.priority(first) < typology.priority(then)
    assert typology.type_of(first) == typology.type_of(then)


def test_unknown_sub_type_is_refused():
    with pytest.raises(KeyError):
        typology.type_of("Skirmish")


def test_corroboration_outcomes_name_battle_sub_types():
    assert {typology.type_of(s) for s in OUTCOMES} == {typology.BATTLES}


def test_only_unnamed_collectives_may_face_themselves():
    from eventdesk.coding.typology import may_face_itself

    assert may_face_itself("Rioters (Kenya)") and may_face_itself("Protesters (India)")
    assert may_face_itself("Unidentified Armed Group (Nigeria)")
    assert not may_face_itself("Military Forces of Syria")
    assert not may_face_itself("Islamic State") and not may_face_itself("Civilians (Iraq)")


def test_the_same_actor_on_both_sides_is_a_record_problem():
    from eventdesk.records import Event, event_problems

    def event(actor1, actor2, assoc=None):
        return Event(event_type="Battles", sub_event_type="Armed clash", doc_id="d",
                     evidence="x", evidence_start=0, evidence_end=1, actor1=actor1,
                     actor2=actor2, assoc_actor_2=assoc)

    assert event_problems(event("Military Forces of Syria", "Military Forces of Syria"),
                          "x") == ["Military Forces of Syria on both sides"]
    assert event_problems(event("Islamic State", "Civilians (Syria)", "Islamic State"), "x")
    assert event_problems(event("Rioters (Kenya)", "Rioters (Kenya)"), "x") == []
    assert event_problems(event("Islamic State", "Military Forces of Syria"), "x") == []


def _string_literals(path: Path):
    """Each string constant of a module but its docstrings, with its line."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings:
            yield node.lineno, node.value


ACLED_NAMES = {*typology.SUB_TYPES, *typology.EVENT_TYPES}
# ACLED's other names, as near to a type's as "Protesters" to "Protests"
_OTHER_NAMES = {*typology.INTER_NAMES.values()}
_FOLDED = [name.casefold() for name in ACLED_NAMES]


def _reads_as_an_acled_name(text: str) -> bool:
    """A capitalised string within a slip of an ACLED type or sub-type name."""
    return text[:1].isupper() and bool(
        difflib.get_close_matches(text.casefold(), _FOLDED, n=1, cutoff=0.85))


@pytest.mark.parametrize("slip", ["Armed Clash", "Air/drone strikes", "Battle",
                                  "Abduction/forced dissapearance", "Looting/property-destruction"])
def test_a_slip_in_a_type_name_reads_as_one(slip):
    assert _reads_as_an_acled_name(slip) and slip not in ACLED_NAMES


def test_every_type_name_written_in_the_package_is_acled_s():
    """The coder names sub-types by typology's constants, where a slip fails at import; a
    literal left in Python (a slip there matches no event, silently) must be exact."""
    package = Path(typology.__file__).resolve().parents[1]
    slips = [f"{path.relative_to(package)}:{line}: {text!r}"
             for path in sorted(package.rglob("*.py"))
             for line, text in _string_literals(path)
             if _reads_as_an_acled_name(text) and text not in ACLED_NAMES | _OTHER_NAMES]
    assert slips == []
