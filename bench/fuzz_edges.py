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

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

import fuzz_inputs
from fuzz_commands import args, ingest_serve
from fuzz_feeds import feeds
from fuzz_formats import export, warc
from fuzz_scale import scale

import eventdesk

TARGETS = {f.__name__: f for f in (feeds, export, warc, scale, args, ingest_serve)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", choices=[[], *TARGETS], default=[],
                        help="which (default: all)")
    parser.add_argument("--n", type=int, default=100, help="cases per target (default 100)")
    options = parser.parse_args(argv)
    eventdesk.load = fuzz_inputs.Coder  # the surfaces are fuzzed here, not the coding
    logging.getLogger("eventdesk").setLevel(logging.CRITICAL)
    home = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        # a command without --db writes the default store: here, not the user's; a path
        # read as the current folder reads this empty one
        os.environ["EVENTDESK_DB"] = str(Path(folder) / "default.sqlite")
        os.chdir(folder)
        try:
            fuzz_inputs.run_targets(TARGETS, options.targets, options.n)
        finally:
            os.chdir(home)
    return fuzz_inputs.report_failures(fuzz_inputs.STATS)


if __name__ == "__main__":
    sys.exit(main())
