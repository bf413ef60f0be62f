"""`eventdesk gazetteer build|import|download|lookup|info`: the offline gazetteer."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventdesk import settings
from eventdesk.cli import nonblank, nonblank_path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "gazetteer", help="build, import into, query and describe the offline gazetteer",
        description="The offline GeoNames gazetteer used to place events.")
    parser.add_argument("--index", type=nonblank_path, default=None,
                        help=f"index file (default: {settings.gazetteer_path()}; "
                             "env EVENTDESK_GAZETTEER)")
    actions = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION")

    build = actions.add_parser("build", help="(re)build the default index from packaged data")
    build.set_defaults(func=_build)

    importer = actions.add_parser(
        "import", help="import GeoNames dumps (allCountries.zip, XX.zip/.txt, "
                       "admin1CodesASCII.txt, admin2Codes.txt, alternateNamesV2.zip)")
    importer.add_argument("paths", nargs="+", type=nonblank_path, metavar="PATH")
    importer.add_argument("--empty", action="store_true",
                          help="start from an empty index instead of adding to the current one")
    importer.add_argument("--quiet", action="store_true", help="no progress bar")
    importer.set_defaults(func=_import)

    download = actions.add_parser(
        "download", help="fetch GeoNames dumps of countries from the GeoNames server and import "
                         "them (or import a folder of downloaded ones with --from)",
        description="Fetch the official GeoNames dumps (CC.zip, alternatenames/CC.zip, "
                    "admin1CodesASCII.txt, admin2Codes.txt), verify them and import them into "
                    "the index. Downloads are cached and resumed; a failure leaves the index "
                    "as it was.")
    download.add_argument("countries", nargs="*", metavar="CC",
                          help="ISO2 country codes, e.g. SY IQ YE")
    which = download.add_mutually_exclusive_group()
    which.add_argument("--conflict", action="store_true",
                       help="the ~40 countries with most ACLED events "
                            "(eventdesk/data/geonames/conflict_countries.txt)")
    which.add_argument("--all", action="store_true",
                       help="every country (allCountries.zip and alternateNamesV2.zip, "
                            "about 600 MB to download)")
    download.add_argument("--from", dest="from_dir", type=nonblank_path, metavar="DIR",
                          help="import files already downloaded into DIR (laid out as on the "
                               "server) instead of fetching them")
    download.add_argument("--url", help=f"GeoNames export server (default: "
                                        f"{settings.get('geonames_url')}; env "
                                        "EVENTDESK_GEONAMES_URL)")
    download.add_argument("--refresh", action="store_true",
                          help="fetch again files the download cache already holds")
    download.add_argument("--quiet", action="store_true", help="no progress bars")
    download.set_defaults(func=_download)

    lookup = actions.add_parser(
        "lookup", help="ranked candidates for a place name",
        description="Ranked candidates for a place name. A place within another is understood "
                    "as the pipeline does: 'al-Rashedin, Aleppo', 'Aleppo - al-Rashedin', "
                    "'Khalidiya in Homs' resolve the container, then the place inside it (or "
                    "give the container with geo_precision 2 when the index lacks the place).",
        epilog="Exit status: 0 when a place was found, 1 when none was (with --json too: it "
               "prints an empty list), 2 for a usage error.")
    lookup.add_argument("name", type=nonblank)
    lookup.add_argument("--country", type=nonblank,
                        help="country to restrict to: its ISO2 or ISO3 code or name (e.g. "
                             "SY, SYR, Syria)")
    lookup.add_argument("--limit", type=int, default=10, metavar="N",
                        help="at most N candidates (default 10)")
    lookup.add_argument("--json", action="store_true", help="machine-readable output")
    lookup.set_defaults(func=_lookup)

    info = actions.add_parser("info", help="what the index holds and where it came from")
    info.set_defaults(func=_info)

    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def _index_path(args: argparse.Namespace) -> Path:
    return args.index if args.index is not None else settings.gazetteer_path()


def _build(args: argparse.Namespace) -> int:
    from eventdesk.geo import forget_opened
    from eventdesk.geo.build import build_default

    path = _index_path(args)
    print(f"building the default gazetteer into {path} …")
    figures = build_default(path)
    forget_opened(path)
    print(f"done in {figures['seconds']:.1f} s, {figures['bytes'] / 1e6:.1f} MB")
    return 0


def _import(args: argparse.Namespace) -> int:
    from eventdesk.geo.importer import import_geonames

    path = _index_path(args)
    stats = import_geonames(args.paths, index_path=path, empty=args.empty,
                            progress=not args.quiet)
    print(f"imported {stats.places:,} places, {stats.admin1:,} admin1 and {stats.admin2:,} "
          f"admin2 codes, {stats.alternate_names:,} alternate names from {stats.files} "
          f"file(s) in {stats.seconds:.1f} s ({stats.skipped_rows:,} rows of other feature "
          f"classes skipped) into {path}")
    return 0


def _download(args: argparse.Namespace) -> int:
    from eventdesk.errors import UsageError
    from eventdesk.geo import download

    if args.countries and (args.conflict or args.all):
        raise UsageError("give country codes, --conflict or --all, not several")
    if args.conflict:
        countries = download.conflict_countries()
    elif args.countries:
        countries = download.country_codes(args.countries)
    else:
        countries = None
    if countries is None and not args.all and args.from_dir is None:
        raise UsageError("name the countries to download (e.g. SY IQ), or --conflict, or --all")
    path = _index_path(args)
    if args.from_dir is not None:
        stats = download.import_folder(args.from_dir, countries, index_path=path,
                                       progress=not args.quiet)
    else:
        stats = download.download_and_import(countries, index_path=path, url=args.url,
                                             refresh=args.refresh, progress=not args.quiet)
        print(f"downloaded {len(stats.fetched)} file(s), {stats.bytes_fetched / 1e6:.1f} MB; "
              f"{len(stats.cached)} already in the cache {download.cache_dir()}")
    imported = stats.imported
    print(f"imported {imported.places:,} places, {imported.admin1:,} admin1 and "
          f"{imported.admin2:,} admin2 codes, {imported.alternate_names:,} alternate names "
          f"in {imported.seconds:.1f} s into {path}")
    return 0


_CANDIDATE_FIELDS = ("geonameid", "name", "country_code", "country", "admin1", "admin2",
                     "latitude", "longitude", "feature_class", "feature_code", "population",
                     "is_region", "score", "reasons")


def _candidate_json(cand) -> dict:
    item = {f: getattr(cand, f) for f in _CANDIDATE_FIELDS}
    item["score"] = round(item["score"], 3)
    return item


def _print_candidates(found) -> None:
    for rank, cand in enumerate(found, start=1):
        kind = "region" if cand.is_region else (cand.feature_code or cand.feature_class or "")
        print(f"{rank:>2}. {cand.name} ({cand.admin1 or '-'}, {cand.country or cand.country_code})"
              f" {kind} pop {cand.population:,} at {cand.latitude:.4f}, {cand.longitude:.4f}"
              f"  geonameid {cand.geonameid}  score {cand.score:.2f}")
        print(f"    {'; '.join(cand.reasons)}")


def _lookup(args: argparse.Namespace) -> int:
    from eventdesk.geo import open_gazetteer
    from eventdesk.geo.resolution import split_containment

    gaz = open_gazetteer(_index_path(args))
    parts = split_containment(args.name)
    name, country = args.name, args.country
    if parts is not None and gaz.country_code_of(parts[1]):
        # "Tripoli, Lebanon": a country is a filter, not a container.
        name, country = parts[0], gaz.country_code_of(parts[1])
    elif parts is not None:
        container, found, place = gaz.lookup_within(*parts, country=args.country,
                                                    limit=args.limit)
        if container is not None:
            return _print_within(args, parts, container, found, place)
    found = gaz.lookup(name, country=country, limit=args.limit)
    if args.json:
        print(json.dumps([_candidate_json(c) for c in found], ensure_ascii=False, indent=2))
        return 0 if found else 1
    if not found:
        print(f"no place named {name!r}" + (f" in {country}" if country else ""))
        if gaz.country_code_of(name):
            print(f"{name!r} is a country: the index holds its places, not the country; "
                  f"restrict a lookup to it with --country {gaz.country_code_of(name)}")
        return 1
    _print_candidates(found)
    return 0


def _print_within(args: argparse.Namespace, parts: tuple[str, str], container, found,
                  place) -> int:
    """A containment form ("al-Rashedin, Aleppo"): the container, then the place in it."""
    import dataclasses

    name, within = parts
    if args.json:
        print(json.dumps({"name": name, "within": within,
                          "container": _candidate_json(container),
                          "place": dataclasses.asdict(place) if place else None,
                          "candidates": [_candidate_json(c) for c in found]},
                         ensure_ascii=False, indent=2))
        return 0 if place is not None else 1
    print(f"{within!r} is {container.name} ({container.admin1 or '-'}, "
          f"{container.country or container.country_code}), geonameid {container.geonameid}")
    if place is None:
        print(f"no place named {name!r} in it")
        return 1
    where = f"at {place.latitude:.4f}, {place.longitude:.4f}" if place.latitude is not None \
        else "without coordinates"
    print(f"{name!r} in it: {place.location} ({place.admin1 or '-'}, {place.country}) {where}, "
          f"geo_precision {place.geo_precision}, geonameid {place.geonameid}")
    if not found:
        # "the index lacks it" would be false of 'Aleppo' in 'Homs - Aleppo'
        print(f"    the index has no {name!r} inside {container.name}: placed at "
              f"{container.name}, one step less precise")
        return 0
    _print_candidates(found)
    return 0


def _info(args: argparse.Namespace) -> int:
    from eventdesk.geo import open_gazetteer

    path = _index_path(args)
    if not path.exists():
        print(f"no gazetteer index at {path} yet; it is built on first use or by "
              "`eventdesk gazetteer build`")
        return 1
    meta = open_gazetteer(path).info()
    print(f"index:           {meta['path']} ({int(meta['size_bytes']) / 1e6:.1f} MB)")
    print(f"sources:         {meta.get('sources', '?')}")
    print(f"updated:         {meta.get('updated', '?')}")
    for key in ("places", "regions", "names", "alternate_names", "countries"):
        value = meta.get(f"count_{key}")
        if value is not None:
            print(f"{key.replace('_', ' ') + ':':<16} {int(value):,}")
    return 0
