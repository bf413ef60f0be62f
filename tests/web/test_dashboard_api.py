"""The dashboard's API: the new filters (sub-type, interaction, fatalities > 0, outlet,
undated events, ingestion time), the CSV export and the timeline's undated and per-type
counts, over the sample store plus one undated report stored later."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from fastapi.testclient import TestClient

from eventdesk.web import create_app

from . import sample

EARLIER = "2024-01-01T00:00:00+00:00"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """The sample store, its reports marked as stored on 1 January 2024, then the undated
    Goma report stored now."""
    path = sample.build(tmp_path_factory.mktemp("dash") / "events.sqlite")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE documents SET ingested_at = ?", (EARLIER,))
    sample.add(path, [sample.UNDATED_LATE_REPORT])
    return path


@pytest.fixture(scope="module")
def api(store_path):
    with TestClient(create_app(store_path)) as test_client:
        yield test_client


def _places(response) -> set:
    assert response.status_code == 200, response.text
    return {item["location"] for item in response.json()["items"]}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sub_event_type": "Armed clash"}, {"Bakhmut", "Khartoum", "Goma"}),
        ({"sub_event_type": "Peaceful protest"}, {"Lagos"}),
        ({"interaction": 12}, {"Khartoum", "Goma"}),
        ({"interaction": 18}, {"Bakhmut"}),
        ({"interaction": 80}, {"Kharkiv"}),
        ({"interaction": 88}, set()),
        ({"fatal": "true"}, {"Bakhmut", "Maiduguri", "Goma"}),
        ({"fatal": "false"}, {"Bakhmut", "Kharkiv", "Maiduguri", "Lagos", "Khartoum", None,
                              "Goma"}),
        ({"outlet": "Lagos Daily"}, {"Maiduguri", "Lagos"}),
        ({"outlet": "Activist Monitor"}, {"Bakhmut"}),  # one of the cluster's two outlets
        ({"outlet": "Nobody"}, set()),
        # Undated events: kept without a date range, left out by a range unless asked for.
        ({}, {"Bakhmut", "Kharkiv", "Maiduguri", "Lagos", "Khartoum", None, "Goma"}),
        ({"include_undated": "false"}, {"Bakhmut", "Kharkiv", "Maiduguri", "Lagos",
                                        "Khartoum", None}),
        ({"since": "2024-03-04"}, {"Khartoum", "Lagos", None}),
        ({"since": "2024-03-04", "include_undated": "true"}, {"Khartoum", "Lagos", None, "Goma"}),
        ({"since": "2024-03-04", "include_undated": "false"}, {"Khartoum", "Lagos", None}),
        ({"ingested_since": "2025-01-01T00:00:00Z"}, {"Goma"}),
        ({"ingested_since": "2023-12-31T23:00:00"}, {"Bakhmut", "Kharkiv", "Maiduguri", "Lagos",
                                                     "Khartoum", None, "Goma"}),
        ({"ingested_since": "2024-01-01T02:00:00+03:00"}, {"Bakhmut", "Kharkiv", "Maiduguri",
                                                           "Lagos", "Khartoum", None, "Goma"}),
        ({"ingested_since": "2999-01-01T00:00:00Z"}, set()),
        ({"fatal": "true", "interaction": 12, "include_undated": "false"}, set()),
    ],
)
def test_filters_select_clusters_and_events_alike(api, params, expected):
    assert _places(api.get("/api/clusters", params=params)) == expected
    assert _places(api.get("/api/events", params=params)) == expected


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("interaction", "99"), ("interaction", "21"), ("interaction", "9"), ("interaction", "0"),
        ("interaction", "-12"), ("interaction", "twelve"), ("interaction", "12.5"),
        ("fatal", "maybe"), ("fatal", ""), ("include_undated", "sometimes"),
        ("sub_event_type", ""), ("sub_event_type", "x" * 201),
        ("outlet", ""), ("outlet", "x" * 201),
        ("ingested_since", "yesterday"), ("ingested_since", "2024-03-01"),
        ("ingested_since", "1709251200"), ("ingested_since", "2024-13-01T00:00:00Z"),
        ("ingested_since", "2024-03-01T25:00:00Z"),
    ],
)
@pytest.mark.parametrize("path", ["/api/clusters", "/api/events", "/api/events.csv",
                                  "/api/timeline"])
def test_bad_filter_values_are_422_naming_the_parameter(api, path, name, value):
    response = api.get(path, params={name: value})
    assert response.status_code == 422, (name, value, response.text)
    assert response.json()["detail"][0]["loc"] == ["query", name]


def test_clusters_say_when_the_newest_report_was_stored(api):
    body = api.get("/api/clusters").json()
    latest = body["latest_ingested_at"]
    assert latest > EARLIER
    # Passed back, it selects what was stored at that instant or later: the Goma report.
    assert _places(api.get("/api/clusters", params={"ingested_since": latest})) == {"Goma"}


def _csv_rows(response) -> list[dict]:
    assert response.status_code == 200, response.text
    return list(csv.DictReader(io.StringIO(response.text)))


def test_csv_export_has_the_events_of_the_filters(api):
    response = api.get("/api/events.csv", params={"country": "Nigeria"})
    assert response.headers["content-type"].startswith("text/csv")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and ".csv" in disposition
    rows = _csv_rows(response)
    assert {r["location"] for r in rows} == {"Maiduguri", "Lagos"}
    assert {r["doc_id"] for r in rows} == {"daily-maiduguri", "daily-lagos"}
    # The same events, in the same order, as /api/events gives for the same filters.
    listed = api.get("/api/events", params={"country": "Nigeria"}).json()["items"]
    assert [r["doc_id"] for r in rows] == [e["doc_id"] for e in listed]


@pytest.mark.parametrize(
    "params",
    [{}, {"fatal": "true"}, {"outlet": "Wire Agency"}, {"interaction": 18},
     {"sub_event_type": "Attack"}, {"include_undated": "false"}, {"min_sources": 2},
     {"since": "2024-03-02", "until": "2024-03-04", "include_undated": "true"}],
)
def test_csv_export_and_the_events_api_agree_on_every_filter(api, params):
    rows = _csv_rows(api.get("/api/events.csv", params=params))
    listed = api.get("/api/events", params=params).json()["items"]
    assert rows and [r["doc_id"] for r in rows] == [e["doc_id"] for e in listed]
    assert {"doc_id", "event_date", "event_type", "fatalities"} <= set(rows[0])


def test_csv_export_in_files_says_where_the_next_one_starts(api):
    first = api.get("/api/events.csv", params={"limit": 5})
    assert len(_csv_rows(first)) == 5 and first.headers["x-next-offset"] == "5"
    rest = api.get("/api/events.csv", params={"limit": 5, "offset": 5})
    assert len(_csv_rows(rest)) == sample.N_CLUSTERS + 2 - 5  # 8 reports in all
    assert "x-next-offset" not in rest.headers
    everything = _csv_rows(api.get("/api/events.csv"))
    assert [r["doc_id"] for r in everything] == [
        r["doc_id"] for r in _csv_rows(first) + _csv_rows(rest)]


def test_csv_export_of_nothing_is_a_header(api):
    response = api.get("/api/events.csv", params={"country": "Atlantis"})
    assert _csv_rows(response) == []
    assert response.text.splitlines()[0].startswith("event_id")


def test_timeline_counts_undated_events_and_types(api):
    body = api.get("/api/timeline").json()
    assert body["undated"] == 1
    assert all(item["date"] for item in body["items"])
    battles = next(t for t in body["by_type"] if t["event_type"] == "Battles")
    # Bakhmut (12, the lowest count of its two reports), Khartoum (none), Goma (3).
    assert battles == {"event_type": "Battles", "count": 3, "fatalities": 15, "undated": 1}
    assert sum(t["count"] for t in body["by_type"]) == sample.N_CLUSTERS + 1
    assert api.get("/api/timeline", params={"include_undated": "false"}).json()["undated"] == 0
    ranged = api.get("/api/timeline", params={"since": "2024-03-01"}).json()
    assert ranged["undated"] == 0
    kept = api.get("/api/timeline", params={"since": "2024-03-01",
                                            "include_undated": "true"}).json()
    assert kept["undated"] == 1


def test_facets_offer_outlets_sub_types_and_interactions(api):
    facets = api.get("/api/facets").json()
    assert facets["outlets"] == ["Activist Monitor", "Kivu Wire", "Lagos Daily", "Sudan Radio",
                                 "Wire Agency"]
    assert facets["interactions"]["12"] == "State forces–Rebel groups"
    assert facets["interactions"]["80"] == "External/other forces only"
    assert "21" not in facets["interactions"] and len(facets["interactions"]) == 44
    assert facets["sub_event_types"]["Protests"][-1] == "Peaceful protest"


def test_new_filters_are_documented_in_openapi(api):
    paths = api.get("/openapi.json").json()["paths"]
    for path in ("/api/clusters", "/api/events", "/api/events.csv", "/api/timeline",
                 "/api/clusters.geojson"):
        params = {p["name"]: p for p in paths[path]["get"]["parameters"]}
        for name in ("sub_event_type", "interaction", "fatal", "outlet", "include_undated",
                     "ingested_since"):
            assert name in params, (path, name)
        assert params["interaction"]["description"]
        assert params["ingested_since"]["description"]


def test_the_polling_interval_is_served_and_checked(store_path):
    with TestClient(create_app(store_path, poll_seconds=2.5)) as client:
        assert client.get("/api/config").json()["poll_seconds"] == 2.5
    from eventdesk.errors import UsageError

    with pytest.raises(UsageError, match="polling interval"):
        create_app(store_path, poll_seconds=0)
    with pytest.raises(UsageError, match="polling interval"):
        create_app(store_path, poll_seconds=float("inf"))


def test_csv_export_cells_a_spreadsheet_would_run_are_quoted(tmp_path):
    """OWASP CSV injection: evidence, an actor or a doc_id starting = + - @ from a fetched page
    is written after a single quote; a negative longitude stays a number."""
    text = "=cmd|' /C calc'!A0 gunmen attacked Rio Branco on Friday, police said."
    report = ("=formula", "@Wire", "https://x.example/a", "+Breaking", sample.REPORTS[0][4],
              text, text[:40],
              dict(event_type="Battles", sub_event_type="Armed clash",
                   actor1="-Unidentified Armed Group (Brazil)", inter1=3, country="Brazil",
                   location="Rio Branco", latitude=-9.97499, longitude=-67.8243,
                   geo_precision=1))
    path = tmp_path / "events.sqlite"
    sample.add(path, [report])
    with TestClient(create_app(path)) as client:
        (row,) = _csv_rows(client.get("/api/events.csv"))
    assert row["evidence"] == "'" + text[:40]
    assert row["actor1"] == "'-Unidentified Armed Group (Brazil)"
    assert row["doc_id"] == "'=formula"
    assert row["latitude"] == "-9.97499" and row["longitude"] == "-67.8243"


@pytest.mark.parametrize(("path", "name"), [
    ("/api/clusters", "type"), ("/api/events", "start_date"), ("/api/events.csv", "sub_type"),
    ("/api/timeline", "country_code"), ("/api/facets", "country"), ("/api/cluster/1", "full"),
    ("/api/clusters.geojson", "bbox"),
])
def test_a_query_parameter_the_route_does_not_read_is_422_naming_what_it_takes(api, path,
                                                                              name):
    """`?type=Battles` (the CLI's --type) answered every event as if it had been applied."""
    response = api.get(path, params={name: "Battles"})
    assert response.status_code == 422, (path, response.text)
    [detail] = response.json()["detail"]
    assert detail["loc"] == ["query", name] and "unknown parameter" in detail["msg"]
    if path == "/api/clusters":
        assert "event_type" in detail["msg"] and "limit" in detail["msg"]


def test_typology_values_are_read_in_any_case_and_a_near_miss_is_named(api):
    assert api.get("/api/clusters", params={"event_type": "battles"}).status_code == 200
    response = api.get("/api/clusters", params={"event_type": "Battle"})
    assert response.status_code == 422, response.text
    [detail] = response.json()["detail"]
    assert detail["loc"] == ["query", "event_type"] and "did you mean 'Battles'" in detail["msg"]
