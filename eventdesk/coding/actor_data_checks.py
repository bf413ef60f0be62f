"""Checks of the values in the actor data files (eventdesk/data/actors/*.toml), each
failing with an ActorDataError that names the file and the entry. Kept apart from the
loading (actor_loading.py) so that reading an entry shows what it reads, not how each
value is checked.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from eventdesk.errors import ActorDataError


def data_error(path: Path, message: str) -> ActorDataError:
    return ActorDataError(message, path=str(path))


def str_list(path: Path, where: str, value, *, allow_empty: bool = True) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise data_error(path, f"{where} must be a list of non-empty strings")
    if not value and not allow_empty:
        raise data_error(path, f"{where} must not be empty")
    return [v.strip() for v in value]


def check_keys(path: Path, where: str, table, allowed: Iterable[str], required=()) -> None:
    if not isinstance(table, dict):
        raise data_error(path, f"{where} must be a table")
    unknown = set(table) - set(allowed)
    if unknown:
        raise data_error(path, f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    missing = [k for k in required if k not in table]
    if missing:
        raise data_error(path, f"{where}: missing key(s) {', '.join(missing)}")


def iso2_code(path: Path, where: str, value) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value):
        raise data_error(path, f"{where}: {value!r} is not an upper-case ISO 3166 alpha-2 code")
    return value


def inter_code(path: Path, where: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 8:
        raise data_error(path, f"{where}: inter must be an integer from 1 to 8, not {value!r}")
    return value


def read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise data_error(path, f"not valid TOML: {exc}") from exc
    except OSError as exc:
        raise data_error(path, f"cannot be read: {exc}") from exc
