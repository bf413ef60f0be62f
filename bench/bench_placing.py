"""Where events are placed, on real sentences whose event place was marked by hand (issue 9).

Over ../shared/corpora/event_location/sentences.jsonl: for each sentence where eventdesk
codes an event whose evidence overlaps the marked verb, is the event placed at the marked
place — by name (the marked name inside `location`) or within 25 km of the marked name's
best gazetteer reading in the event's country — in another country than that reading, or
given coordinates when no place is marked? The marked names are resolved with the same
default index, so "within 25 km" is as good as that index; read the by-name share too.

    python bench/bench_placing.py [--n 9102] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "event_location" / "sentences.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="first N sentences (default all)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()

    import eventdesk
    from eventdesk.distance import haversine_km
    from eventdesk.geo import open_gazetteer
    from eventdesk.geo.normalize import name_key
    from eventdesk.records import Document

    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")][:args.n]
    gazetteer = open_gazetteer()
    pipeline = eventdesk.load()
    documents = [Document(text=r["text"], doc_id=r["id"]) for r in rows]
    by_id = {r["id"]: r for r in rows}
    started = time.perf_counter()
    found = at_place = by_name = abroad = unplaced = 0
    unmarked = unmarked_with_coordinates = failed = 0
    for result in pipeline.pipe(documents, n_process=args.jobs):
        document, events = result
        if getattr(result, "failure", None):
            failed += 1
            continue
        row = by_id[document.doc_id]
        verb = row["verb"]
        hits = [e for e in events if e.evidence_start < verb["end"]
                and verb["start"] < e.evidence_end]
        if not hits:
            continue
        event = hits[0]
        marked = row["location"]
        if marked is None:
            unmarked += 1
            unmarked_with_coordinates += event.latitude is not None
            continue
        found += 1
        if event.latitude is None:
            unplaced += 1
            continue
        if name_key(marked["text"]) and name_key(marked["text"]) in name_key(event.location or ""):
            by_name += 1
            at_place += 1
            continue
        readings = gazetteer.lookup(marked["text"], limit=5)
        same_country = [c for c in readings if c.country_code and event.country
                        and name_key(event.country) == name_key(c.country or "")]
        best = (same_country or readings or [None])[0]
        if best is None:
            continue
        if haversine_km(event.latitude, event.longitude, best.latitude, best.longitude) <= 25:
            at_place += 1
        elif not same_country and readings:
            abroad += 1
    seconds = time.perf_counter() - started

    def share(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.1%}" if b else "-"

    print(f"{len(rows)} sentences in {seconds:.0f} s ({failed} failed)")
    print(f"marked place, event found:            {found}")
    print(f"  placed at the marked place:         {share(at_place, found)} "
          f"(by name {share(by_name, found)})")
    print(f"  unplaced:                           {share(unplaced, found)}")
    print(f"  in another country than the reading: {share(abroad, found)}")
    print(f"no place marked, event found:         {unmarked}")
    print(f"  given coordinates anyway:           {share(unmarked_with_coordinates, unmarked)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
