"""The README's command table names every option each command takes: an option present
but undocumented (`ingest --published`, `serve --writable`) is one a user never finds."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from eventdesk.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = "eventdesk"):
    """(command words, its parser) for every command and sub-command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield f"{prefix} {name}", sub
                yield from _commands(sub, f"{prefix} {name}")


def _table_rows(command: str) -> str:
    """The README table rows whose first cell names `command`."""
    rows = [line for line in README.read_text(encoding="utf-8").splitlines()
            if line.startswith("| `") and line.split("|")[1].strip(" `").startswith(command)]
    return "\n".join(rows)


def test_every_option_of_every_command_is_in_the_readme_table():
    missing = []
    for command, parser in _commands(build_parser()):
        top = " ".join(command.split()[:2])  # `gazetteer lookup` is in gazetteer's row
        rows = _table_rows(top)
        for action in parser._actions:
            names = action.option_strings
            if not names or "--help" in names:
                continue
            if not any(re.search(rf"(?<![\w-]){re.escape(o)}\b", rows) for o in names):
                missing.append(f"{command} {names[-1]}")
    assert missing == []
