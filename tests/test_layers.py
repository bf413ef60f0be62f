"""Data flows one way: report -> Doc -> records -> store -> API/page. A module imports only
from layers before its own, so the gazetteer never reads the coder, and nothing that codes a
report reads the store, the web app or the command line."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "eventdesk"

# A layer, and the layers after it that its modules may not import.
FORBIDDEN = {
    "geo": {"components", "store", "web", "cli", "pipeline"},
    "coding": {"components", "store", "web", "cli", "pipeline"},
    "components": {"store", "web", "cli", "pipeline"},
    "records": {"components", "store", "web", "cli", "pipeline"},
    "store": {"web", "cli"},
}


def _imported_layers(path: Path) -> set[str]:
    """The top-level eventdesk modules or packages the file imports, at any depth."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "eventdesk" and len(parts) > 1:
                found.add(parts[1])
    return found


def _files(layer: str) -> list[Path]:
    folder = PACKAGE / layer
    return sorted(folder.rglob("*.py")) if folder.is_dir() else [PACKAGE / f"{layer}.py"]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_after_it(layer):
    wrong = {str(path.relative_to(PACKAGE)): sorted(_imported_layers(path) & FORBIDDEN[layer])
             for path in _files(layer)}
    assert {path: layers for path, layers in wrong.items() if layers} == {}


def test_the_import_reader_sees_a_forbidden_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from eventdesk.components.events.common import DATELINE\n"
                      "import eventdesk.store.store\n")
    assert _imported_layers(sample) == {"components", "store"}
