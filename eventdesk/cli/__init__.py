"""Command-line interface: thin commands over the library.

Each command lives in its own module with a `register(subparsers)` function. Library code
raises `EventdeskError`; only here is it turned into a message and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from eventdesk.errors import EventdeskError, UsageError

COMMAND_MODULES = (
    "eventdesk.cli.extract",
    "eventdesk.cli.evaluate",
    "eventdesk.cli.gazetteer",
    "eventdesk.cli.store",
    "eventdesk.cli.serve",
    "eventdesk.cli.train",
    "eventdesk.cli.watch",
)


def build_parser() -> argparse.ArgumentParser:
    from eventdesk import __version__

    parser = argparse.ArgumentParser(
        prog="eventdesk",
        description="Turn conflict news reports into ACLED-compatible event records.",
    )
    parser.add_argument("--version", action="version", version=f"eventdesk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def print_failures(failures) -> None:
    """One line per document that failed to be coded: doc_id, error code, cause."""
    for failure in failures:
        print(f"eventdesk: failed [{failure.code}]: {failure.doc_id}: {failure.message}",
              file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from eventdesk import settings

    if settings.get("debug"):
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except EventdeskError as exc:
        print(f"eventdesk: error [{exc.code}]: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, UsageError) else 1
    except KeyboardInterrupt:
        print("eventdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
