"""Fetch the official GeoNames dumps and import them: `eventdesk gazetteer download`.

Files come from GeoNames' public export server (setting `geonames_url`): per country
`CC.zip` and `alternatenames/CC.zip`, or `allCountries.zip` and `alternateNamesV2.zip` for
every country, plus `admin1CodesASCII.txt` and `admin2Codes.txt`. They are kept in a download
cache under the data folder, laid out as on the server, so that an interrupted download
resumes with an HTTP Range request and a complete file is not fetched again. Each file is
verified (zip integrity, the expected member, not empty) before the atomic import; a failure
names the file and the problem and leaves the previous index as it was.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventdesk import settings
from eventdesk.errors import DownloadError, GazetteerError, UsageError
from eventdesk.geo.dump_reading import ZIP_ERRORS
from eventdesk.geo.importer import ImportStats, import_geonames

ADMIN_FILES = ("admin1CodesASCII.txt", "admin2Codes.txt")
ALL_FILES = ("allCountries.zip", "alternateNamesV2.zip")
# Seconds: to connect, and between two reads of a response.
CONNECT_TIMEOUT = 15.0
READ_TIMEOUT = 60.0
_CODE_RE = re.compile(r"^[A-Z]{2}$")


@dataclass(slots=True)
class DownloadStats:
    """What a download did, for the CLI to print."""

    fetched: list[str]
    cached: list[str]
    bytes_fetched: int
    imported: ImportStats


def conflict_countries() -> list[str]:
    """The documented list behind `--conflict` (eventdesk/data/geonames/)."""
    text = (resources.files("eventdesk") / "data" / "geonames" / "conflict_countries.txt"
            ).read_text(encoding="utf-8")
    codes = [line.split()[0] for line in text.splitlines()
             if line.strip() and not line.startswith("#")]
    return list(dict.fromkeys(codes))


def country_codes(codes: list[str]) -> list[str]:
    """Upper-cased, checked ISO2 codes, in order, without repeats."""
    out = []
    for code in codes:
        upper = code.strip().upper()
        if not _CODE_RE.match(upper):
            raise UsageError(f"{code!r} is not a two-letter country code (e.g. SY, IQ)")
        out.append(upper)
    return list(dict.fromkeys(out))


def wanted_files(countries: list[str] | None) -> list[str]:
    """Paths relative to the server's base URL; None means every country."""
    if countries is None:
        return [*ADMIN_FILES, *ALL_FILES]
    files = list(ADMIN_FILES)
    for code in countries:
        files += [f"{code}.zip", f"alternatenames/{code}.zip"]
    return files


def base_url(override: str | None = None) -> str:
    """The export server (`--url`, else the geonames_url setting), checked as an http(s)
    URL with a host: 'http://[::1' was a traceback (httpx.InvalidURL), and ftp:// or a
    folder failed as a download "interrupted after 0 bytes" to be run again."""
    import httpx

    url = settings.get("geonames_url") if override is None else override
    try:
        parsed = httpx.URL(url.strip())
        usable = parsed.scheme in ("http", "https") and bool(parsed.host)
    except httpx.InvalidURL:
        usable = False
    if not usable:
        where = "--url" if override is not None else \
            "the geonames_url setting (env EVENTDESK_GEONAMES_URL)"
        raise UsageError(f"{where} must be an http:// or https:// URL naming a server, not "
                         f"{url!r} (to import files on this machine, use --from DIR)")
    return url if url.endswith("/") else url + "/"


def cache_dir() -> Path:
    return settings.home() / "downloads" / "geonames"


def download_and_import(countries: list[str] | None, *, index_path: Path | None = None,
                        url: str | None = None, cache: Path | None = None,
                        refresh: bool = False, progress: bool = True) -> DownloadStats:
    """Fetch (or reuse from the cache) the files of `countries`, verify and import them."""
    import httpx

    base = base_url(url)
    folder = Path(cache) if cache is not None else cache_dir()
    fetched, cached, total = [], [], 0
    paths = []
    timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
    with httpx.Client(timeout=timeout, follow_redirects=True,
                      headers={"User-Agent": "eventdesk gazetteer download",
                               "Accept-Encoding": "identity"}) as client:
        for name in wanted_files(countries):
            target = folder / name
            if not refresh and target.exists() and _is_complete(target, name):
                cached.append(name)
            else:
                if refresh:
                    target.with_name(target.name + ".part").unlink(missing_ok=True)
                total += _fetch(client, base + name, target, name, progress)
                fetched.append(name)
                try:
                    verify(target, name)
                except DownloadError:
                    target.unlink(missing_ok=True)  # fetched afresh next time
                    raise
            paths.append(target)
    imported = import_geonames(paths, index_path=index_path, progress=progress)
    return DownloadStats(fetched=fetched, cached=cached, bytes_fetched=total,
                         imported=imported)


def import_folder(folder: Path, countries: list[str] | None, *, index_path: Path | None = None,
                  progress: bool = True) -> DownloadStats:
    """`--from DIR`: import already downloaded files, laid out as on the server.

    With no countries, every GeoNames file in the folder is imported; files missing for a
    named country are an error naming them.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise GazetteerError("not a folder of GeoNames files", path=str(folder))
    if countries:
        names = wanted_files(countries)
        missing = [n for n in names if not (folder / n).is_file()]
        # The admin code files are shared: use them when present, as the server has them.
        missing = [n for n in missing if n not in ADMIN_FILES]
        if missing:
            raise GazetteerError("missing " + ", ".join(missing) + " (download them from "
                                 f"{base_url()})", path=str(folder))
        names = [n for n in names if (folder / n).is_file()]
    else:
        names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                       if p.is_file() and _looks_like_geonames(p.relative_to(folder)))
        if not names:
            raise GazetteerError("no GeoNames files (CC.zip, admin1CodesASCII.txt, "
                                 "alternatenames/CC.zip, …) in this folder", path=str(folder))
    for name in names:
        verify(folder / name, name)
    imported = import_geonames([folder / n for n in names], index_path=index_path,
                               progress=progress)
    return DownloadStats(fetched=[], cached=names, bytes_fetched=0, imported=imported)


def _looks_like_geonames(relative: Path) -> bool:
    name = relative.name
    if relative.parent.name.lower() == "alternatenames":
        return bool(re.fullmatch(r"[A-Z]{2}\.(zip|txt)", name))
    return (bool(re.fullmatch(r"[A-Z]{2}\.(zip|txt)", name)) or name in ADMIN_FILES
            or name in ALL_FILES or name in ("allCountries.txt", "alternateNamesV2.txt"))


def expected_member(name: str) -> str:
    """The data file a downloaded zip must hold: 'alternatenames/SY.zip' -> 'SY.txt'."""
    return Path(name).with_suffix(".txt").name


def verify(path: Path, name: str) -> None:
    """A zip must be intact and hold its data file, not empty; a text file not be empty.

    The line format is checked by the importer, line by line.
    """
    if not path.is_file() or path.stat().st_size == 0:
        raise DownloadError("the file is empty", path=str(path))
    if path.suffix.lower() != ".zip":
        return
    member = expected_member(name)
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad is not None:
                raise DownloadError(f"corrupt zip archive (bad data in {bad})",
                                    path=str(path))
            try:
                info = archive.getinfo(member)
            except KeyError:
                held = ", ".join(archive.namelist()[:5]) or "nothing"
                raise DownloadError(f"the zip holds {held}, not {member}",
                                    path=str(path)) from None
            if info.file_size == 0:
                raise DownloadError(f"{member} in the zip is empty", path=str(path))
    except (*ZIP_ERRORS, OSError) as exc:
        raise DownloadError(f"not a readable zip archive ({exc})",
                            path=str(path)) from exc


def _is_complete(path: Path, name: str) -> bool:
    try:
        verify(path, name)
    except DownloadError:
        return False
    return True


def _fetch(client, url: str, target: Path, name: str, progress: bool) -> int:
    """Download `url` to `target`, resuming `target`.part; return the bytes received."""
    import httpx

    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    offset = part.stat().st_size if part.exists() else 0
    headers = {"Range": f"bytes={offset}-"} if offset else {}
    received = 0
    try:
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code == 416 and offset:
                # Nothing past what we hold: the partial file is the whole file.
                part.replace(target)
                return 0
            if response.status_code == 404:
                raise DownloadError("not found on the server (HTTP 404)", path=url)
            if response.status_code not in (200, 206):
                raise DownloadError(f"the server answered HTTP {response.status_code} "
                                    f"{response.reason_phrase}", path=url)
            if response.status_code == 200:
                offset = 0  # the server ignores Range: start again
            expected = _expected_size(response, offset)
            mode = "ab" if offset else "wb"
            with part.open(mode) as out, _bar(name, expected, offset, progress) as advance:
                # Raw bytes as they arrive: what a later Range request counts from.
                for chunk in response.iter_raw():
                    out.write(chunk)
                    received += len(chunk)
                    advance(len(chunk))
    except httpx.ConnectError as exc:
        raise DownloadError(f"cannot connect to the GeoNames server ({exc}); check "
                            "the network or --url, or use --from DIR with files downloaded "
                            "elsewhere", path=url) from exc
    except httpx.TimeoutException as exc:
        raise DownloadError("the server stopped answering after "
                            f"{offset + received:,} bytes ({type(exc).__name__}); run the "
                            "command again to resume", path=url) from exc
    except httpx.HTTPError as exc:
        raise DownloadError(f"download interrupted after {offset + received:,} bytes "
                            f"({exc}); run the command again to resume", path=url) from exc
    size = part.stat().st_size
    if expected is not None and size < expected:
        raise DownloadError(f"download truncated at {size:,} of {expected:,} bytes; "
                            "run the command again to resume", path=url)
    part.replace(target)
    return received


def _expected_size(response, offset: int) -> int | None:
    """The whole file's size, from Content-Range (a resumed download) or Content-Length."""
    content_range = response.headers.get("content-range", "")
    match = re.search(r"/(\d+)\s*$", content_range)
    if match:
        return int(match.group(1))
    length = response.headers.get("content-length")
    return offset + int(length) if length and length.isdecimal() else None


class _bar:
    """A tqdm byte counter for one file, started at the bytes already held."""

    def __init__(self, name: str, total: int | None, initial: int, enabled: bool):
        from tqdm import tqdm

        self._bar = tqdm(total=total, initial=initial, unit="B", unit_scale=True,
                         desc=f"download {name}", disable=None if enabled else True,
                         leave=False)

    def __enter__(self) -> Callable[[int], object]:
        return self._bar.update

    def __exit__(self, *exc) -> None:
        self._bar.close()
