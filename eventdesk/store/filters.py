"""What a user selects from the store (`ClusterFilter`), checked when it is built so a
bad date, code or text is a usage error before any SQL runs; and the spellings a country
or region is matched in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventdesk.coding.typology import EVENT_TYPES, INTERACTIONS, SUB_TYPES, near_names
from eventdesk.errors import UsageError
from eventdesk.geo.countries import country_name, country_of
from eventdesk.geo.normalize import name_key
from eventdesk.geo.region_names import strip_region_word
from eventdesk.io import unicode_problem
from eventdesk.store.corroborate import folded_text


def region_key(name: str) -> str:
    """A region name as the gazetteer matches it: region word, case, accents and
    transliteration variants folded ('Ḩamāh Governorate' -> 'hama')."""
    return name_key(strip_region_word(name)) or name.casefold()


def gazetteer_region_names(value: str) -> list[str]:
    """The names of the first-level regions the gazetteer knows by `value`, however news
    spells them ('Salahuddin' -> 'Salah ad Din'); none when no index is built yet, since a
    query never builds one."""
    from eventdesk import settings
    from eventdesk.errors import EventdeskError
    from eventdesk.geo.gazetteer import open_gazetteer

    path = settings.gazetteer_path()
    if not path.is_file():
        return []
    try:
        candidates = open_gazetteer(path).candidates(strip_region_word(value))
    except EventdeskError:
        return []
    return [c.display_name or c.admin1 or c.name for c in candidates if c.is_region]


def stored_country(value: str | None) -> str | None:
    """The country as the store holds it (ACLED's name) for any way a user writes it:
    'SY', 'SYR', 'syria', 'Syrian Arab Republic' -> 'Syria'; else `value` unchanged."""
    return country_name(country_of(value)) or value


def actor_needle(actor: str | None) -> str:
    """What an actor filter looks for in the folded actor names, hyphens read as spaces
    there too: news and ACLED hyphenate names differently ('al-Shabaab' finds ACLED's
    'Al Shabaab', 'Jabhat al Nusra' finds 'Jabhat al-Nusra')."""
    return folded_text((actor or "").replace("-", " "))


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(value: str, name: str) -> dt.date:
    """A YYYY-MM-DD date, nothing looser ("0", "20240301" and timestamps are refused): the
    one reader of a date filter (the CLI's --since/--until, the API's since/until)."""
    try:
        if _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError(f"{name} must be a date as YYYY-MM-DD, not {value!r}")


def acled_name(value: str | None, names, what: str) -> str | None:
    """ACLED's spelling of an event type or sub-type written in any case; a value that is
    none of them is a usage error naming the ones it may mean (an empty list for 'Battle'
    or 'IED' would read as "no such events")."""
    if not value:
        return None
    near = near_names(value, names)
    if len(near) == 1 and near[0].casefold() == " ".join(value.split()).casefold():
        return near[0]
    raise UsageError(f"{what} must be one of ACLED's {what}s"
                     + (f" (did you mean {' or '.join(map(repr, near))}?)" if near else
                        f": {', '.join(names)}") + f"; not {value!r:.60}")


SQLITE_MAX_INT = 2**63 - 1


# ClusterFilter's text criteria, bound as SQL parameters (which must be valid UTF-8)
_FILTER_TEXTS = ("country", "admin1", "event_type", "sub_event_type", "actor", "outlet")


def _utc(value: dt.datetime) -> dt.datetime:
    """An instant in UTC, as `ingested_at` is stored; a naive time is taken as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:  # 9999-12-31T23:59-01:00 is in year 10000 in UTC: the edge of time
        edge = dt.datetime.max if value.year > 1 else dt.datetime.min
        return edge.replace(tzinfo=dt.UTC)


def _as_date(value, name: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    return iso_date(str(value), name)


@dataclass(slots=True, kw_only=True)
class ClusterFilter:
    """What to select from the store; every criterion is optional."""

    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None  # case-insensitive substring of actor1 or actor2
    min_sources: int = 1
    interaction: int | None = None  # ACLED interaction code of any report of the event
    fatal: bool = False  # only events with at least one reported death
    outlet: str | None = None  # reported by this outlet (exact name)
    # Events without a date: None keeps them only when no date range is given (a range
    # cannot place them); True keeps them alongside a range; False leaves them out.
    include_undated: bool | None = None
    # Only events with a report ingested at or after this instant (live updates).
    ingested_since: dt.datetime | None = None
    # Raw events of older versions of a story too (`versions`); clusters never hold them.
    include_superseded: bool = False
    limit: int = 500
    offset: int = 0

    def __post_init__(self):
        self.since = _as_date(self.since, "since")
        self.until = _as_date(self.until, "until")
        if self.interaction is not None and self.interaction not in INTERACTIONS:
            raise UsageError(f"interaction must be an ACLED interaction code (10, 12, … 88),"
                             f" not {self.interaction}")
        if self.ingested_since is not None:
            self.ingested_since = _utc(self.ingested_since)
        if self.min_sources < 1:
            raise UsageError(f"min_sources must be at least 1, not {self.min_sources}")
        if self.limit < 0 or self.offset < 0:
            raise UsageError("limit and offset cannot be negative")
        for name in ("limit", "offset", "min_sources"):
            if getattr(self, name) > SQLITE_MAX_INT:  # SQLite integers are 64-bit
                raise UsageError(f"{name} must be at most {SQLITE_MAX_INT:,}, not "
                                 f"{getattr(self, name)!r:.40}")
        for name in _FILTER_TEXTS:
            value = getattr(self, name)
            if isinstance(value, str) and unicode_problem(value):
                raise UsageError(f"{name} is not valid Unicode (a lone surrogate, as "
                                 f"undecodable bytes on a command line give): {value!r:.60}")
        self.event_type = acled_name(self.event_type, tuple(EVENT_TYPES), "event type")
        self.sub_event_type = acled_name(self.sub_event_type, SUB_TYPES, "sub-event type")
