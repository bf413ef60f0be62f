"""Generated input on the surfaces bench/fuzz_surfaces.py and bench/fuzz_inputs.py leave out:
`eventdesk watch`'s rounds over feeds that are malformed, huge, mis-encoded, full of
duplicate links or gone, and article pages of every kind (`feeds`); events with odd text in
every field written in each export format and read back (`export`); WARC records of every
type, status and payload (`warc`); the Dask path's partitions, a report failing, a worker
lost, result files damaged, an input removed (`scale`); the CLI's commands with generated
inputs and options (`args`); and `ingest` writing while the web API reads (`ingest_serve`).
Each case must give exit status 0, 1 or 2 and one-line messages naming the input, no
traceback, and nothing stored lost. It runs in an empty temporary folder with its own
default store (EVENTDESK_DB). The targets live by surface in bench/fuzz_feeds.py,
fuzz_formats.py (export, warc), fuzz_scale.py and fuzz_commands.py (args, ingest_serve),
and share bench/fuzz_inputs.py's runner. Not part of CI: run it by hand.

    .venv/bin/python bench/fuzz_edges.py --n 200            # every target
    .venv/bin/python bench/fuzz_edges.py --n 50 feeds warc  # some
"""

from __future__ import annotations

import contextlib
import logging
import sys

import fuzz_inputs
from fuzz_commands import args, ingest_serve
from fuzz_feeds import feeds
from fuzz_formats import export, warc
from fuzz_scale import scale

import eventdesk

TARGETS = {f.__name__: f for f in (feeds, export, warc, scale, args, ingest_serve)}


@contextlib.contextmanager
def _surfaces():
    """The surfaces are fuzzed here, not the coding: a stand-in coder, quiet logs, an empty
    scratch folder."""
    eventdesk.load = fuzz_inputs.Coder
    logging.getLogger("eventdesk").setLevel(logging.CRITICAL)
    with fuzz_inputs.scratch_folder():
        yield


def main(argv: list[str] | None = None) -> int:
    return fuzz_inputs.fuzz_main(__doc__, TARGETS, 100, argv, _surfaces)


if __name__ == "__main__":
    sys.exit(main())
