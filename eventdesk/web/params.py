"""The API's query and path parameters: how each is read and checked (dates by the store's
one date parser, interaction codes, ISO instants, page bounds), so that every route taking
the same filters validates them alike and the routes hold only what they answer.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from pydantic import AfterValidator, BeforeValidator

from eventdesk.coding.typology import EVENT_TYPES, INTERACTIONS, SUB_TYPES
from eventdesk.errors import UsageError

MAX_PAGE_SIZE = 1000
MAX_TEXT_PARAM = 200
# A cluster as the API numbers it (17) or as the exports name it (event_id_cnty "SOM17").
CLUSTER_REF = r"^([A-Za-z]{3})?[0-9]{1,18}$"


def cluster_ref(ref: str) -> tuple[str | None, int]:
    """("SOM", 17) for "SOM17", (None, 17) for "17": an analyst pastes the id from a CSV."""
    prefix = ref[:3] if ref[:1].isalpha() else None
    return prefix, int(ref[3:] if prefix else ref)


def _iso_date_only(value):
    """Dates in the query string are YYYY-MM-DD, nothing else (not "0", not a timestamp):
    read by the store's one date parser, so the API and `events --since` agree."""
    from eventdesk.store.store import iso_date

    if not isinstance(value, str):
        return value
    try:
        return iso_date(value, "date")
    except UsageError:
        raise ValueError("must be a date as YYYY-MM-DD") from None


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]


def _interaction_code(value: int) -> int:
    """An ACLED interaction code: one actor type alone (10 … 80) or two, lower first."""
    if value not in INTERACTIONS:
        raise ValueError("must be an ACLED interaction code: 10, 20 … 80 for one actor type"
                         " alone, or two inter codes 1-8, lower first (12, 17, 88)")
    return value


_ISO_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?")


def _utc_instant(value):
    """ISO 8601 date and time, as `latest_ingested_at` gives it; no offset means UTC."""
    if isinstance(value, str) and not _ISO_INSTANT.fullmatch(value):
        raise ValueError("must be a date and time in ISO 8601, e.g. 2024-03-01T12:00:00Z")
    return value


def _typology(names: tuple[str, ...], what: str):
    """A validator giving ACLED's spelling of an event type or sub-type in any case; one
    ACLED lacks is a 422 naming the near ones (the store's one reading, `acled_name`)."""
    from eventdesk.store.filters import acled_name

    def check(value: str | None) -> str | None:
        try:
            return acled_name(value, names, what)
        except UsageError as exc:
            raise ValueError(str(exc)) from None
    return check


Text = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT_PARAM)]
EventType = Annotated[Text, AfterValidator(_typology(tuple(EVENT_TYPES), "event type"))]
SubEventType = Annotated[str | None, Query(
    min_length=1, max_length=MAX_TEXT_PARAM, description="ACLED sub-event type, e.g. Armed clash"),
    AfterValidator(_typology(SUB_TYPES, "sub-event type"))]
Interaction = Annotated[int, AfterValidator(_interaction_code)]
Instant = Annotated[dt.datetime, BeforeValidator(_utc_instant)]


def _filter_params(
    country: Text = None,
    admin1: Text = None,
    event_type: EventType = None,
    since: Annotated[IsoDate | None, Query(description="first event date, YYYY-MM-DD")] = None,
    until: Annotated[IsoDate | None, Query(description="last event date, YYYY-MM-DD")] = None,
    actor: Text = None,
    min_sources: Annotated[int, Query(ge=1, le=1000, description="independent outlets")] = 1,
    sub_event_type: SubEventType = None,
    interaction: Annotated[Interaction | None, Query(
        description="ACLED interaction code of any report of the event: 10 … 80 for one "
                    "actor type alone, two inter codes lower first otherwise (17: state "
                    "forces–civilians); `/api/facets` lists them")] = None,
    fatal: Annotated[bool, Query(
        description="only events with fatalities > 0 (by the highest count reported)")] = False,
    outlet: Annotated[str | None, Query(
        min_length=1, max_length=MAX_TEXT_PARAM,
        description="only events reported by this outlet (exact name, see `/api/facets`)",
    )] = None,
    include_undated: Annotated[bool | None, Query(
        description="events without a date: true keeps them (with a date range too), false "
                    "leaves them out; unset keeps them only when no date range is given"),
    ] = None,
    ingested_since: Annotated[Instant | None, Query(
        description="only events with a report stored at or after this time (ISO 8601; "
                    "without an offset, UTC): pass the `latest_ingested_at` of an earlier "
                    "answer to get what arrived since")] = None,
    include_superseded: Annotated[bool, Query(
        description="`/api/events` only: also the events of older versions of edited "
                    "reports (`superseded_by` names the live version's doc_id; no "
                    "cluster)")] = False,
) -> dict[str, Any]:
    if since and until and since > until:
        raise HTTPException(
            status_code=422,
            detail=[{"loc": ["query", "until"], "msg": "until is before since",
                     "type": "value_error"}],
        )
    return {"country": country, "admin1": admin1, "event_type": event_type, "since": since,
            "until": until, "actor": actor, "min_sources": min_sources,
            "sub_event_type": sub_event_type, "interaction": interaction, "fatal": fatal,
            "outlet": outlet, "include_undated": include_undated,
            "ingested_since": ingested_since, "include_superseded": include_superseded}


def _page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="page size")] = 500,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, int]:
    return {"limit": limit, "offset": offset}


def known_query_params(request: Request) -> None:
    """A query parameter the API route does not read is refused (422), not ignored:
    `?type=Battles` (the CLI's --type) or `?start_date=` answered every event as though
    the filter had been applied."""
    route = request.scope.get("route")
    if route is None or not request.url.path.startswith("/api/"):
        return
    known = sorted(_query_names(route.dependant))
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        raise HTTPException(status_code=422, detail=[
            {"loc": ["query", name], "type": "value_error",
             "msg": f"unknown parameter; {route.path} takes {', '.join(known) or 'none'}"}
            for name in unknown])


def _query_names(dependant) -> set[str]:
    """The query parameters a route reads, its dependencies' (the filters, the page) too."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


Filter = Annotated[dict[str, Any], Depends(_filter_params)]
Page = Annotated[dict[str, int], Depends(_page_params)]

