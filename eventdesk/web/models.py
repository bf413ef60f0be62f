"""Response shapes of the JSON API, so /docs documents every field an analyst gets back.

Models allow extra fields: a column the store adds later still reaches clients unchanged.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Cluster(_Open):
    """One real-world event: the reports of it merged, with agreement and disagreement."""

    cluster_id: int
    event_type: str
    sub_event_type: str | None = None
    event_date: str | None = Field(None, description="ISO date")
    time_precision: int | None = Field(None, description="ACLED: 1 day, 2 week, 3 month")
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = Field(None, description="lowest count any source reported")
    fatalities_max: int | None = Field(None, description="highest count any source reported")
    n_sources: int = Field(description="independent known outlets (one outlet twice counts "
                           "once; a report of unknown outlet counts none)")
    n_reports: int
    n_reports_unknown_outlet: int = Field(0, description="reports with no outlet or URL")
    merge_basis: str = Field("", description="what the merge rests on, or 'single report'")
    contradictions: list[str] = Field(
        default_factory=list, description="each source named as 'outlet [doc_id]'")
    possible_matches: list[int] = Field(
        default_factory=list, description="ids of clusters possibly the same event (an undated "
        "report on one side), never merged; at most 20, dated and newest first")
    n_possible_matches: int = 0


class Source(_Open):
    """One report's coding of the event, with its text and the evidence offsets in it."""

    doc_id: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    text: str | None = None
    evidence: str | None = None
    evidence_start: int | None = Field(None, description="character offset in `text`")
    evidence_end: int | None = Field(None, description="character offset in `text`, exclusive")
    claimed_by: str | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    framing: dict[str, list[str]] = Field(default_factory=dict)


class ClusterDetail(Cluster):
    sources: list[Source]


class ClusterPage(BaseModel):
    items: list[Cluster]
    count: int = Field(description="items on this page")
    limit: int
    offset: int
    latest_ingested_at: str | None = Field(
        None, description="when the newest report in the store was stored (UTC): pass it as "
                          "`ingested_since` to get the events that arrive later")


class EventPage(BaseModel):
    items: list[dict[str, Any]] = Field(description="ACLED columns plus eventdesk's own")
    count: int
    limit: int
    offset: int


class TimelineDay(_Open):
    date: str
    event_type: str
    count: int
    fatalities: int = Field(description="sum of each event's lowest reported count")


class TypeCount(_Open):
    event_type: str
    count: int = Field(description="events of this type, dated or not")
    fatalities: int = Field(description="sum of each event's lowest reported count")
    undated: int = Field(description="of `count`, events without a date")


class Timeline(BaseModel):
    items: list[TimelineDay]
    by_type: list[TypeCount] = Field(description="most frequent type first")
    undated: int = Field(description="events matching the filters that have no date, so no "
                                     "place on the timeline")


class Facets(_Open):
    countries: list[str]
    admin1: dict[str, list[str]] = Field(description="regions per country")
    event_types: list[str]
    date_min: str | None = None
    date_max: str | None = None
    outlets: list[str] = Field(default_factory=list)
    sub_event_types: dict[str, list[str]] = Field(
        default_factory=dict, description="ACLED sub-event types per event type")
    interactions: dict[str, str] = Field(
        default_factory=dict, description="ACLED interaction codes and what they pair")


class SearchHit(_Open):
    doc_id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    snippet: str | None = Field(None, description="matches wrapped in [ and ]")


class SearchResult(BaseModel):
    items: list[SearchHit]
    count: int
    limit: int
    ranked: bool = Field(description="best first; false: newest first (words in most reports)")


class Error(BaseModel):
    """An error: what went wrong, and eventdesk's error code when there is one."""

    detail: str
    code: str | None = Field(None, description="eventdesk error code, e.g. E010")


class Point(BaseModel):
    type: Literal["Point"]
    coordinates: list[float] = Field(description="[longitude, latitude]")


class Feature(BaseModel):
    type: Literal["Feature"]
    id: int | None = None
    geometry: Point
    properties: dict[str, Any] = Field(description="the cluster's fields but coordinates")


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[Feature]
    count: int = Field(description="clusters on this page, placed or not")
    unplaced: int = Field(description="clusters on this page without coordinates")
    limit: int
    offset: int


class Config(BaseModel):
    tile_url: str | None
    readonly: bool
    max_page_size: int
    poll_seconds: float = Field(description="how often the page asks for new events")
