"""Gazetteer benchmark: gold places, country context, place detection, speed, build, import.

Gold-place resolution; country context and place detection on the gold reports (with the real
model); lookup latency; default build; GeoNames import; find_mentions speed.

    .venv/bin/python bench/bench_gazetteer.py [--gold PATH] [--index PATH] [--rebuild]

Prints figures; it asserts nothing. Targets (issue 3): >= 95% of gold places within 25 km,
lookup median <= 1 ms and p99 <= 10 ms, default build <= 60 s and <= 200 MB, import of a
50,000-row per-country file <= 30 s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from eventdesk.distance import haversine_km
from eventdesk.geo import open_gazetteer
from eventdesk.geo.build import build_default
from eventdesk.geo.countries import all_countries
from eventdesk.geo.importer import import_geonames

DEFAULT_GOLD = Path("/work/shared/gold/dev.jsonl")


def gold_places(gold: Path) -> list[dict]:
    """Every gold event's place: location, country, coordinates."""
    places = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        report = json.loads(line)
        for event in report.get("events", []):
            if event.get("latitude") is None or not event.get("location"):
                continue
            places.append({"doc_id": report.get("doc_id"), "location": event["location"],
                           "country": event.get("country"), "admin1": event.get("admin1"),
                           "latitude": event["latitude"], "longitude": event["longitude"],
                           "geo_precision": event.get("geo_precision")})
    return places


def resolve_gold(gaz, places: list[dict], *, with_admin1: bool = False
                 ) -> tuple[int, list[str]]:
    """How many gold places resolve within 25 km from their name and country.

    With `with_admin1`, the gold admin1 is given as the container of a plain place name,
    as the pipeline does when the report names the region ("X in Y province").
    """
    name_to_code = {info.name: code for code, info in all_countries().items()}
    hits, misses = 0, []
    for place in places:
        code = name_to_code.get(place["country"]) or gaz.country_code_of(place["country"] or "")
        countries = [code] if code else []
        city, _, district = place["location"].partition(" - ")
        if district:
            resolved = gaz.resolve_name(district, countries=countries, container_name=city)
        else:
            container = f"{place['admin1']} province" if with_admin1 else None
            resolved = gaz.resolve_name(city, countries=countries, container_name=container)
            if resolved is not None and resolved.latitude is None and place["admin1"]:
                resolved = gaz.resolve_name(place["admin1"], countries=countries)
        if resolved is not None and resolved.latitude is not None:
            km = haversine_km(resolved.latitude, resolved.longitude, place["latitude"],
                              place["longitude"])
        else:
            km = float("inf")
        if km <= 25:
            hits += 1
        else:
            got = (f"{resolved.location} ({resolved.latitude}, {resolved.longitude})"
                   if resolved else "nothing")
            misses.append(f"{place['doc_id']} {place['location']!r}: got {got}, {km:.0f} km")
    return hits, misses


def lookup_latency(gaz, names: list[str]) -> dict[str, tuple[float, float]]:
    """Median and p99 of gaz.lookup in ms: a cold pass (caches emptied), then a warm one."""
    from eventdesk.geo import normalize

    out = {}
    for label in ("cold", "warm"):
        if label == "cold":
            gaz._row_cache.clear()
            for cached in (normalize.fold, normalize.name_key, normalize.skeleton):
                cached.cache_clear()
        timings = []
        for name in names:
            started = time.perf_counter()
            gaz.lookup(name)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        out[label] = (statistics.median(timings), timings[max(0, int(len(timings) * 0.99) - 1)])
    return out


def sample_names(gaz, count: int) -> list[str]:
    """A reproducible sample of place names from the index, common and rare alike."""
    rows = gaz._con.execute("SELECT name FROM places WHERE geonameid % 97 = 5 LIMIT ?",
                            (count,)).fetchall()
    return [row[0] for row in rows]


def synthetic_country_file(path: Path, rows: int) -> None:
    """A per-country GeoNames file (19 columns) of `rows` populated places."""
    rng = random.Random(7)
    syllables = ["al", "ba", "dar", "kha", "lid", "ma", "nur", "ras", "sha", "tal", "zor",
                 "qar", "yah", "mun", "deir", "hin", "bu", "ka", "ri", "sa"]
    with path.open("w", encoding="utf-8") as out:
        for i in range(rows):
            name = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).title()
            alternates = ",".join(
                "".join(rng.choice(syllables) for _ in range(3)).title() for _ in range(3))
            lat, lon = 32 + rng.random() * 5, 35 + rng.random() * 7
            fields = [str(9_000_000 + i), name, name, alternates, f"{lat:.5f}", f"{lon:.5f}",
                      "P", "PPL", "SY", "", f"{rng.randint(1, 14):02d}", "", "", "",
                      str(rng.randint(0, 50_000)), "", "300", "Asia/Damascus", "2024-01-01"]
            out.write("\t".join(fields) + "\n")


def mention_speed(gaz, gold: Path) -> float | None:
    """Milliseconds per report for find_mentions on the gold texts (model-tokenised)."""
    try:
        from eventdesk.nlp import load_spacy

        nlp = load_spacy()
    except Exception as exc:  # the model may be absent on a bare machine
        print(f"find_mentions speed: skipped ({exc})")
        return None
    texts = [json.loads(line)["text"] for line in gold.read_text().splitlines() if line.strip()]
    docs = list(nlp.pipe(texts))
    words = sum(len(d) for d in docs)
    gaz.find_mentions(docs[0])
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(5):
        for doc in docs:
            gaz.find_mentions(doc)
    elapsed = (time.perf_counter() - started) / 5
    cpu = (time.process_time() - cpu_started) / 5
    per_400 = elapsed / words * 400 * 1000
    print(f"find_mentions: {elapsed / len(docs) * 1000:.2f} ms per report wall "
          f"({cpu / len(docs) * 1000:.2f} ms CPU; {words / len(docs):.0f} tokens avg), "
          f"{per_400:.2f} ms wall per 400 tokens")
    return per_400


def context_and_detection(gaz, gold: Path) -> dict[str, tuple[int, int]] | None:
    """Place detection and country context on the gold reports, with the real model.

    (a) reports whose gold events' (main) country tops document_countries; (b) gold event
    places with a detected mention that resolves within 25 km; (c) resolved mentions in a
    country none of the report's gold events is in (real places abroad, such as a foreign
    dateline, count here too). Mentions are resolved as the pipeline does: with the salient
    countries, no container.
    """
    try:
        from eventdesk.nlp import load_spacy

        nlp = load_spacy()
    except Exception as exc:  # the model may be absent on a bare machine
        print(f"context and detection: skipped ({exc})")
        return None
    name_to_code = {info.name: code for code, info in all_countries().items()}
    reports = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    docs = list(nlp.pipe(r["text"] for r in reports))
    top_ok = top_n = found = places_n = abroad = resolved_n = 0
    for report, doc in zip(reports, docs, strict=True):
        events = report.get("events", [])
        if not events:
            continue
        mentions = gaz.find_mentions(doc)
        ranked = gaz.document_countries(doc, mentions=mentions)
        top = ranked[0][1] if ranked else 0.0
        salient = [code for code, weight in ranked if weight >= max(0.05, 0.2 * top)]
        gold_codes = Counter(name_to_code.get(e.get("country")) for e in events)
        top_n += 1
        if ranked and ranked[0][0] == gold_codes.most_common(1)[0][0]:
            top_ok += 1
        else:
            print(f"  top country: {report['doc_id']} got {ranked[:3]}, gold {dict(gold_codes)}")
        points = []
        for mention in mentions:
            if mention.kind == "country":
                continue
            place = gaz.resolve(mention, countries=salient)
            if place is None or place.country_code is None:
                continue
            resolved_n += 1
            if place.country_code not in gold_codes:
                abroad += 1
                print(f"  abroad: {report['doc_id']} {mention.text!r} -> {place.location} "
                      f"({place.country_code})")
            if place.latitude is not None:
                points.append((place.latitude, place.longitude))
        seen = set()
        for event in events:
            if event.get("latitude") is None:
                continue
            key = (event["location"], event["latitude"], event["longitude"])
            if key in seen:
                continue
            seen.add(key)
            places_n += 1
            if any(haversine_km(lat, lon, event["latitude"], event["longitude"]) <= 25
                   for lat, lon in points):
                found += 1
            else:
                print(f"  not detected: {report['doc_id']} {event['location']!r}")
    print(f"(a) gold country first in document_countries: {top_ok}/{top_n}")
    print(f"(b) gold places with a detected mention resolving within 25 km: {found}/{places_n}")
    print(f"(c) resolved mentions outside the report's gold countries: {abroad}/{resolved_n}")
    return {"top_country": (top_ok, top_n), "places_detected": (found, places_n),
            "abroad": (abroad, resolved_n)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--index", type=Path, default=None,
                        help="use this default index (built if missing) instead of a fresh one")
    parser.add_argument("--import-rows", type=int, default=50_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        index = args.index
        if index is None or not index.exists():
            index = index or tmp_dir / "gazetteer.sqlite"
            cpu_started = time.process_time()
            figures = build_default(index)
            cpu = time.process_time() - cpu_started
            print(f"default build: {figures['seconds']:.1f} s wall, {cpu:.1f} s CPU, "
                  f"{figures['bytes'] / 1e6:.1f} MB on disk")
        else:
            print(f"default index: {index} ({index.stat().st_size / 1e6:.1f} MB, not rebuilt)")
        started = time.perf_counter()
        gaz = open_gazetteer(index)
        print(f"open: {(time.perf_counter() - started) * 1000:.0f} ms")

        places = gold_places(args.gold)
        for with_admin1 in (False, True):
            hits, misses = resolve_gold(gaz, places, with_admin1=with_admin1)
            given = "name + country + gold admin1" if with_admin1 else "name + country"
            print(f"gold places within 25 km, given {given}: {hits}/{len(places)} = "
                  f"{hits / len(places):.1%}")
            for miss in misses:
                print(f"  miss: {miss}")

        names = sorted({p["location"].partition(" - ")[0] for p in places}
                       | {p["location"].partition(" - ")[2] for p in places} - {""})
        names += ["Deir ez-Zour", "Dayr az Zawr", "Khaldiyeh", "Rashidin", "Springfield",
                  "San Jose", "Alexandria", "Santa Cruz", "Saint-Denis", "Nowhere Town"]
        names += sample_names(gaz, 2000)
        for label, (median, p99) in lookup_latency(gaz, names).items():
            print(f"lookup, {label} caches, {len(names)} names: median {median:.3f} ms, "
                  f"p99 {p99:.3f} ms")

        context_and_detection(gaz, args.gold)
        mention_speed(gaz, args.gold)

        country_file = tmp_dir / "SY.txt"
        synthetic_country_file(country_file, args.import_rows)
        import_index = tmp_dir / "import.sqlite"
        cpu_started = time.process_time()
        stats = import_geonames([country_file], index_path=import_index, empty=True,
                                progress=False)
        cpu = time.process_time() - cpu_started
        print(f"import of a {args.import_rows:,}-row per-country file: {stats.seconds:.1f} s "
              f"wall, {cpu:.1f} s CPU ({stats.places:,} places)")


if __name__ == "__main__":
    main()
