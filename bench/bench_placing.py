"""Where events are placed, on real sentences whose event place was marked by hand (issue 9).

Over ../shared/corpora/event_location/sentences.jsonl: for each sentence where eventdesk
codes an event whose evidence overlaps the marked verb, is the event placed at the marked
place — by name (the marked name inside `location`), within 25 km of the marked name's best
gazetteer reading in the event's country, or, with no point, in its region (a place the index
lacks, known only to the region the text holds it in: under the marked name, or in the marked
region) — in another country than that reading, or given coordinates when no place is
marked? The marked names are resolved with the same default index, so "within 25 km" is as
good as that index; read the by-name share too.
Coordinates when no place is marked are not all wrong: the marking often lacks a place the
sentence does name as the event's. `data/unmarked_placed_audit.jsonl` holds a seeded sample
of those events classified by hand (a: the sentence names the event's place and the event is
placed there; b: placed at a place that is not the event's; c: other); the bench reports
how the audited events are placed now and, from the audited shares, estimates how many
events with no marked place are given coordinates of a place that is not the event's.
"In another country" is not claimed, but counted apart, when the marked name's only readings
abroad are hamlets, or towns under 100,000 while the sentence itself names the place the
event is coded at (a village the index lacks, with a namesake abroad).

    python bench/bench_placing.py [--n 9102] [--jobs 2] [--corpus FILE] [--dump FILE]

`--dump` writes one JSON line per found event (its outcome, place and sentence), to study
why events miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from eventdesk.geo.countries import CODED_AS

ROOT = Path(__file__).resolve().parent.parent
CORPUS_PATH = Path("shared") / "corpora" / "event_location" / "sentences.jsonl"
AUDIT_PATH = ROOT / "bench" / "data" / "unmarked_placed_audit.jsonl"
# "Kirkuk City", "Kapilvastu district": the name without its kind.
# Readings abroad under this size may be namesakes of a village the index lacks.
NAMESAKE_POPULATION = 100_000
DESIGNATOR = re.compile(r"\s+(city|town|village|district|province|governorate|state|region|"
                        r"municipality|suburb|neighbou?rhood)$", re.IGNORECASE)


def default_corpus() -> Path:
    """The shared corpus beside the checkout (or beside its worktree folder)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / CORPUS_PATH).exists():
            return base / CORPUS_PATH
    return ROOT.parent / CORPUS_PATH


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="first N sentences (default all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--dump", type=Path, default=None,
                        help="write each found event's outcome here (JSON Lines)")
    args = parser.parse_args()

    import eventdesk
    from eventdesk.distance import haversine_km
    from eventdesk.geo import open_gazetteer
    from eventdesk.geo.normalize import name_key
    from eventdesk.records import Document

    corpus = args.corpus or default_corpus()
    rows = [json.loads(line) for line in corpus.open(encoding="utf-8")][:args.n]
    gazetteer = open_gazetteer()
    pipeline = eventdesk.load()
    documents = [Document(text=r["text"], doc_id=r["id"]) for r in rows]
    by_id = {r["id"]: r for r in rows}
    started = time.perf_counter()
    found = at_place = by_name = in_country = abroad = abroad_hamlets = unplaced = 0
    abroad_namesakes = by_spelling = in_region = 0
    unmarked = unmarked_with_coordinates = failed = 0
    audit = {a["id"]: a for a in map(json.loads, AUDIT_PATH.open(encoding="utf-8"))}
    audited: Counter = Counter()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
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
            outcome = "unmarked, placed" if event.latitude is not None else "unmarked"
            if row["id"] in audit:
                audited[_audited(audit[row["id"]], event)] += 1
        else:
            found += 1
            outcome = _outcome(event, marked["text"], row["text"], gazetteer, haversine_km,
                               name_key)
            unplaced += outcome == "unplaced"
            by_name += outcome in ("by name", "by name, in its region")
            in_region += outcome in ("by name, in its region", "in the marked region")
            at_place += outcome in ("by name", "by name, in its region", "within 25 km",
                                    "in the marked region", "in the marked country",
                                    "within 25 km (another spelling)")
            by_spelling += outcome == "within 25 km (another spelling)"
            in_country += outcome == "in the marked country"
            abroad += outcome == "abroad"
            abroad_hamlets += outcome.startswith("abroad (the marked")
            abroad_namesakes += outcome.startswith("abroad (a namesake")
        if dump is not None:
            dump.write(json.dumps({
                "id": row["id"], "outcome": outcome,
                "marked": marked["text"] if marked else None, "verb": verb["text"],
                "location": event.location, "country": event.country,
                "admin1": event.admin1, "geo_precision": event.geo_precision,
                "latitude": event.latitude, "longitude": event.longitude,
                "text": row["text"]}, ensure_ascii=False) + "\n")
    if dump is not None:
        dump.close()
    seconds = time.perf_counter() - started

    def share(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.1%}" if b else "-"

    print(f"{len(rows)} sentences in {seconds:.0f} s ({failed} failed)")
    print(f"marked place, event found:            {found}")
    print(f"  placed at the marked place:         {share(at_place, found)} "
          f"(by name {share(by_name, found)})")
    print(f"    of which a marked country the event is coded in: {share(in_country, found)}")
    print(f"    of which at another spelling of the marked name in the event's country: "
          f"{share(by_spelling, found)}")
    print(f"    of which in its region with no point (by name, or the marked place is the "
          f"region): {share(in_region, found)}")
    print(f"  unplaced:                           {share(unplaced, found)}")
    print(f"  in another country than the reading: {share(abroad, found)} "
          f"(+ {share(abroad_hamlets, found)} where the only readings are hamlets abroad, "
          f"+ {share(abroad_namesakes, found)} where they are towns abroad and the sentence "
          "names the event's place)")
    print(f"no place marked, event found:         {unmarked}")
    print(f"  given coordinates anyway:           {share(unmarked_with_coordinates, unmarked)}")
    _report_audit(audited, len(audit), unmarked_with_coordinates, unmarked, share)
    return 0


def _audited(label: dict, event) -> str:
    """How an audited event is placed now: at the place it was audited at (its class
    holds), elsewhere (its class is unknown), or with no coordinates."""
    if event.latitude is None:
        return f"unplaced {label['class']}"
    return label["class"] if event.location == label["location"] else "moved"


def _report_audit(audited: Counter, size: int, placed: int, unmarked: int, share) -> None:
    """The audited sample's classes among events still placed where they were audited, and
    the estimate of events given the coordinates of a place that is not the event's."""
    if not audited:
        return
    known = audited["a"] + audited["b"] + audited["c"]
    print(f"  audited ({size} of the placed at 53d6a38, {AUDIT_PATH.name}), placed as audited:"
          f" {known}: (a) the sentence names the event's place, the marking lacks it "
          f"{audited['a']}, (b) not the event's place {audited['b']}, (c) other "
          f"{audited['c']}; placed elsewhere now {audited['moved']}; no coordinates now: "
          f"(a) {audited['unplaced a']}, (b) {audited['unplaced b']}, "
          f"(c) {audited['unplaced c']}")
    if known:
        wrong = round(placed * audited["b"] / known)
        named = round(placed * audited["a"] / known)
        print(f"  estimated, at a place named in the sentence as the event's: "
              f"{share(named, unmarked)}; at a place not the event's: {share(wrong, unmarked)}")


def _names_the_region(event, marked: str, bare: str, gazetteer, name_key) -> bool:
    """The marked place is the region (or district) that holds the event, placed there with
    no point: "Aleppo Governorate" marked, "Khan Touman" known only to lie in Aleppo."""
    if bare in (name_key(event.admin1 or ""), name_key(event.admin2 or "")):
        return True
    code = gazetteer.country_code_of(event.country or "")
    return any(c.is_region and CODED_AS.get(c.country_code, c.country_code) == code
               and c.admin1 == event.admin1 and c.match != "transliteration"
               for c in gazetteer.lookup(marked, limit=50)
               or gazetteer.lookup(DESIGNATOR.sub("", marked.strip()), limit=50))


def _outcome(event, marked: str, text: str, gazetteer, haversine_km, name_key) -> str:
    """in the marked country (the marked place is a country, and the event is coded in it:
    a country has no point to be near), unplaced, by name (with no point: in its region),
    within 25 km, abroad (another country than every reading of the marked name) or
    elsewhere."""
    country = gazetteer.country_code_of(re.sub(r"^the\s+", "", marked.strip(), flags=re.I))
    if country is not None:
        if not event.country:
            return "unplaced"
        same = gazetteer.country_code_of(event.country) == CODED_AS.get(country, country)
        return "in the marked country" if same else "abroad"
    bare = name_key(DESIGNATOR.sub("", marked))
    if event.latitude is None:
        # "near Robotyne, in the Zaporizhzhia region", Robotyne unknown to the index: the
        # marked place by name, known only to its region, with no point (no borrowed one)
        if event.admin1 and bare and bare in name_key(event.location or ""):
            return "by name, in its region"
        if event.admin1 and _names_the_region(event, marked, bare, gazetteer, name_key):
            return "in the marked region"
        return "unplaced"
    if bare and bare in name_key(event.location or ""):
        return "by name"
    event_code = gazetteer.country_code_of(event.country or "")
    # "Bharatpur Municipality", "the Deir Ezzor Governorate": the name without its kind, in
    # the event's country only (elsewhere, the bare name is as likely a namesake)
    looked_up = gazetteer.lookup(marked, limit=50) or [
        c for c in gazetteer.lookup(DESIGNATOR.sub("", marked.strip()), limit=50)
        if CODED_AS.get(c.country_code, c.country_code) == event_code]
    # a reading by the transliteration rules alone is a namesake, not the marked place
    readings = [c for c in looked_up
                if c.match != "transliteration" and c.latitude is not None]
    # ... unless it is in the event's country and the event is placed at it ("Deir Ezzor",
    # "Deir ez-Zor"; "Dhangadi", by loose spelling in that country only "Dhangadhi"):
    # another spelling of the marked place, counted apart
    if not readings and event_code and any(
            c.match == "transliteration" and c.latitude is not None
            and CODED_AS.get(c.country_code, c.country_code) == event_code
            and haversine_km(event.latitude, event.longitude, c.latitude, c.longitude) <= 25
            for c in looked_up or gazetteer.lookup(DESIGNATOR.sub("", marked.strip()),
                                                   country=event_code, limit=50)):
        return "within 25 km (another spelling)"
    same_country = [c for c in readings
                    if CODED_AS.get(c.country_code, c.country_code) == event_code]
    best = (same_country or readings or [None])[0]
    if best is None:
        return "elsewhere (marked name not in the index)"
    if haversine_km(event.latitude, event.longitude, best.latitude, best.longitude) <= 25:
        return "within 25 km"
    if same_country:
        return "elsewhere"
    # the index holds every place of 500 people: a hamlet abroad of that name is more
    # likely a namesake of a place the index lacks than the marked place
    sizeable = best.is_region or best.population >= 1000
    if not sizeable:
        return "abroad (the marked name's only readings are hamlets)"
    # "the village of Ma'an in the Hama countryside": the sentence itself names the place
    # the event is coded at, and the marked name's readings are towns of another country
    # (Ma'an in Jordan) -- a namesake of a village the index lacks, not a sign the event
    # is in the wrong country; a city (Tel Aviv) is never taken for such a namesake
    event_names = {name_key(n) for n in ((event.location or "").split(" - ")[0],
                                         event.admin1 or "") if n}
    sentence = f" {name_key(text)} "
    if best.population < NAMESAKE_POPULATION and any(
            f" {n} " in sentence for n in event_names):
        return "abroad (a namesake: the sentence names the event's place)"
    return "abroad"


if __name__ == "__main__":
    sys.exit(main())
