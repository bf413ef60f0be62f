"""eventdesk reaches into no library's private attributes: spaCy's `nlp._components` and
httpx's `Response._content` changed between releases before and would break an upgrade
silently (the spaced NER wrapper and `watch`'s bounded read used them)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "eventdesk"
PRIVATE = {"_components", "_content", "_pipe_meta", "_disabled", "_request"}


def test_no_module_touches_a_private_attribute_of_spacy_or_httpx():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in PRIVATE:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} .{node.attr}")
    assert found == []
