"""One table of settings: name, default, help. Feeds defaults, validation and --help.

Every setting can be overridden by an environment variable EVENTDESK_<NAME>.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path


def _data_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "eventdesk"


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS = {
    s.name: s
    for s in (
        Setting("home", str(_data_home()), "folder for the gazetteer index and the default store"),
        Setting("gazetteer", "", "gazetteer index file (default: <home>/gazetteer.sqlite)"),
        Setting("db", "", "event store file (default: <home>/events.sqlite)"),
        Setting("model", "en_core_web_sm", "spaCy model package to load (version 3.8.x)"),
        Setting("max_bytes", str(10 * 1024 * 1024), "largest input document read, in bytes"),
        Setting("tile_url", "", "optional map tile URL template for the web page"),
        Setting("max_fatalities", "1000000",
                "largest death toll kept as a number; larger ones stay as fatalities_text"),
        Setting("classifier", "",
                "event classifier file (.npz) to use; empty: the one shipped in the package"),
        Setting("report_timeout", "600",
                "most seconds one report may take to code; a slower one fails alone (E015); "
                "0: no limit"),
        Setting("debug", "", "set to 1 to log the traceback of each document that fails"),
        Setting("user_agent", "eventdesk/0.1 (conflict news coder; feed reader)",
                "User-Agent that `eventdesk watch` sends; add a contact address for publishers"),
        Setting("host_delay", "2", "seconds `eventdesk watch` waits between requests to one host"),
        Setting("http_timeout", "20", "seconds `eventdesk watch` waits for a feed or page"),
        Setting("geonames_url", "https://download.geonames.org/export/dump/",
                "GeoNames export server that `gazetteer download` fetches the dumps from"),
    )
}


def get(name: str) -> str:
    """The value of a setting: environment override, else the default."""
    setting = SETTINGS[name]
    return os.environ.get(f"EVENTDESK_{name.upper()}", setting.default)


def home() -> Path:
    return Path(get("home"))


def gazetteer_path() -> Path:
    return Path(get("gazetteer") or home() / "gazetteer.sqlite")


def db_path() -> Path:
    return Path(get("db") or home() / "events.sqlite")


def max_fatalities() -> int:
    """The `max_fatalities` ceiling; UsageError when the override is not a whole number >= 0."""
    from eventdesk.errors import UsageError

    raw = get("max_fatalities").strip()
    if not re.fullmatch(r"[0-9]{1,18}", raw):
        raise UsageError(f"the max_fatalities setting must be a whole number, not {raw!r}")
    return int(raw)


def seconds(name: str) -> float:
    """A setting that is a number of seconds (>= 0); UsageError when it is not."""
    from eventdesk.errors import UsageError

    raw = get(name).strip()
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise UsageError(f"the {name} setting must be a number of seconds, not {raw!r}")
    return value
