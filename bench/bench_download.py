"""`gazetteer download` benchmark: one mid-size country served from a local GeoNames stand-in.

Generates a realistic per-country dump (default 50,000 rows: about half populated places and
administrative areas, the rest other feature classes that the import skips; names with
diacritics and alternate names as GeoNames has them) and its alternate-names file, zips
them, serves them from http.server on 127.0.0.1 and times `download_and_import` into a copy
of the default index. Also prints the import rate, for the README's cost of --conflict/--all.

    PYTHONPATH=$PWD .venv/bin/python bench/bench_download.py [--rows 50000] [--index PATH]

Prints figures; it asserts nothing. Target (issue 9): import of one mid-size country <= 30 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from eventdesk.geo.download import download_and_import
from eventdesk.settings import gazetteer_path
from tests.geo.geonames_server import GeoNamesServer, admin_files, zipped

SYLLABLES = ["al", "ba", "dar", "kha", "lid", "ma", "nur", "ras", "sha", "tal", "zor", "qar",
             "yah", "mun", "deir", "hin", "bu", "ka", "ri", "sa", "ḩa", "ţu", "ā", "ī"]
OTHER_CLASSES = [("H", "WAD"), ("T", "HLL"), ("S", "FRM"), ("L", "AREA"), ("V", "GRVO"),
                 ("S", "SCH"), ("T", "MT"), ("H", "WLL")]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()


def country_dump(rows: int, code: str = "QQ") -> tuple[str, str]:
    """(CC.txt, alternatenames CC.txt) text of a synthetic country."""
    rng = random.Random(9)
    places, alternates = [], []
    alternate_id = 1
    for i in range(rows):
        gid = 20_000_000 + i
        name = _name(rng)
        ascii_name = name.encode("ascii", "ignore").decode() or "X"
        kind = rng.random()
        if kind < 0.45:
            fclass, fcode = "P", rng.choice(["PPL", "PPL", "PPL", "PPLX", "PPLA2"])
        elif kind < 0.5:
            fclass, fcode = "A", rng.choice(["ADM2", "ADM3"])
        else:
            fclass, fcode = rng.choice(OTHER_CLASSES)
        names = [_name(rng) for _ in range(rng.randint(0, 6))]
        lat, lon = 32 + rng.random() * 5, 35 + rng.random() * 7
        places.append("\t".join([
            str(gid), name, ascii_name, ",".join(names), f"{lat:.5f}", f"{lon:.5f}", fclass,
            fcode, code, "", f"{rng.randint(1, 14):02d}", "", "", "",
            str(int(rng.paretovariate(1.2) * 100) if fclass == "P" else 0), "", "300",
            "Asia/Damascus", "2024-01-01"]) + "\n")
        for _ in range(rng.randint(0, 4)):
            lang = rng.choice(["en", "ar", "fr", "", "link", "de"])
            alt = (f"https://en.wikipedia.org/wiki/{ascii_name}" if lang == "link"
                   else _name(rng))
            alternates.append(f"{alternate_id}\t{gid}\t{lang}\t{alt}\t\t\t\t\t\t\n")
            alternate_id += 1
    return "".join(places), "".join(alternates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--index", type=Path, default=None,
                        help="index to import into, copied first (default: the default index)")
    args = parser.parse_args()
    source = args.index or gazetteer_path()
    if not source.exists():
        from eventdesk.geo.build import build_default

        build_default(source)
    places, alternates = country_dump(args.rows)
    files = {**admin_files(), "QQ.zip": zipped("QQ.txt", places),
             "alternatenames/QQ.zip": zipped("QQ.txt", alternates)}
    size = sum(len(v) for v in files.values())
    print(f"synthetic country: {args.rows:,} rows, {len(alternates.splitlines()):,} alternate "
          f"names, {size / 1e6:.1f} MB zipped ({len(places) / 1e6:.1f} MB unzipped)")
    with tempfile.TemporaryDirectory() as tmp, GeoNamesServer(files) as server:
        index = Path(tmp) / "index.sqlite"
        shutil.copy(source, index)
        started, cpu_started = time.perf_counter(), time.process_time()
        stats = download_and_import(["QQ"], index_path=index, url=server.url,
                                    cache=Path(tmp) / "cache", progress=False)
        total = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        imported = stats.imported
        print(f"download + verify + import: {total:.1f} s wall, {cpu:.1f} s CPU (import "
              f"{imported.seconds:.1f} s wall, copying the {source.stat().st_size / 1e6:.0f} "
              f"MB index included); {imported.places:,} places, "
              f"{imported.alternate_names:,} alternate names kept, "
              f"{imported.skipped_rows:,} rows of other classes skipped")
        grown = index.stat().st_size - source.stat().st_size
        print(f"index grew by {grown / 1e6:.1f} MB ({grown / max(imported.places, 1):,.0f} "
              "bytes per place kept)")
        print(f"import rate: {args.rows / imported.seconds:,.0f} dump rows/s, "
              f"{len(places) / 1e6 / imported.seconds:.2f} MB of dump text/s")
        print(f"target <= 30 s: {'met' if imported.seconds <= 30 else 'NOT met'}")


if __name__ == "__main__":
    main()
