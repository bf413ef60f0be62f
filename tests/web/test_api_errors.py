"""Hostile and odd requests: errors never reveal paths or internals, search input is plain
words with bounded cost, HEAD works wherever GET does, dates are ISO dates, and the OpenAPI
schema declares what the API returns."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from eventdesk.errors import QueryTimeoutError, StoreError
from eventdesk.store import Store
from eventdesk.web import create_app
from tests.store.store_helpers import write_v1_store


@pytest.fixture()
def lenient(sample_db):
    """A client that gets the app's 500 responses instead of the exception."""
    with TestClient(create_app(sample_db), raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("q", ["\x00", "a\x00b", "\x01\x02", '"', "NEAR(", "AND", "*", "a*",
                               '" OR "', "(((", "title:x", "-x", "^x", "\u200b", "\U000f0000"])
def test_any_search_text_is_answered_without_an_error(client, sample_db, q):
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200, response.text
    assert str(sample_db) not in response.text


@pytest.mark.parametrize("raw", ["%00", "%ED%A0%80", "%FF%FE", "%C0%80", "x%0Ay"])
def test_raw_bytes_in_the_query_string_are_answered(client, sample_db, raw):
    response = client.get(f"/api/search?q={raw}")
    assert response.status_code == 200, response.text
    assert str(sample_db) not in response.text


def test_search_words_are_plain_text(client):
    hits = client.get("/api/search", params={"q": "Maiduguri"}).json()["items"]
    assert [h["doc_id"] for h in hits] == ["daily-maiduguri"]
    # FTS5 operators are words: "OR" joins nothing, so this is Maiduguri AND "or" AND x.
    assert client.get("/api/search", params={"q": "Maiduguri OR xyzzy"}).json()["items"] == []
    # Control characters separate words instead of breaking the query.
    hits = client.get("/api/search", params={"q": "Maiduguri\x00"}).json()["items"]
    assert [h["doc_id"] for h in hits] == ["daily-maiduguri"]


def test_a_store_error_is_a_generic_500_with_a_log_line(lenient, sample_db, monkeypatch,
                                                         caplog):
    def broken(self, q, **kwargs):
        raise StoreError("query failed: unterminated string", path=self.path)

    monkeypatch.setattr(Store, "search_ranked", broken)
    with caplog.at_level(logging.ERROR, logger="eventdesk.web"):
        response = lenient.get("/api/search", params={"q": "x"})
    assert response.status_code == 500
    assert response.json() == {"detail": "internal server error; the server log has the details",
                               "code": "E005"}
    assert str(sample_db) not in response.text and "unterminated" not in response.text
    assert any(str(sample_db) in r.getMessage() and "E005" in r.getMessage()
               for r in caplog.records)


def test_an_unexpected_exception_is_a_json_500_without_details(lenient, monkeypatch, caplog):
    def crash(self):
        raise ZeroDivisionError("secret internals at /srv/eventdesk")

    monkeypatch.setattr(Store, "facets", crash)
    with caplog.at_level(logging.ERROR, logger="eventdesk.web"):
        response = lenient.get("/api/facets")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"detail": "internal server error; the server log has the details"}
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)
    # The app still serves afterwards.
    monkeypatch.undo()
    assert lenient.get("/api/facets").status_code == 200


def test_a_search_over_its_time_limit_is_a_503(lenient, sample_db, monkeypatch):
    def slow(self, q, **kwargs):
        raise QueryTimeoutError("the search took longer than 1 s and was stopped; use fewer"
                                " or rarer words", path=self.path)

    monkeypatch.setattr(Store, "search_ranked", slow)
    response = lenient.get("/api/search", params={"q": "the"})
    assert response.status_code == 503
    assert response.json()["code"] == "E010"
    assert response.json()["detail"].startswith("the search took longer than 1 s")
    assert str(sample_db) not in response.text


@pytest.mark.parametrize("path", ["/api/clusters", "/api/clusters.geojson", "/api/facets",
                                  "/api/search?q=Maiduguri", "/api/config", "/",
                                  "/static/app.js", "/openapi.json"])
def test_head_is_answered_wherever_get_is(client, assets_present, path):
    got, head = client.get(path), client.head(path)
    assert got.status_code == head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == got.headers["content-length"]


def test_head_of_a_missing_cluster_is_404(client):
    response = client.head("/api/cluster/999999")
    assert response.status_code == 404 and response.content == b""


@pytest.mark.parametrize("value", ["0", "1", "20240301", "2024-3-1", "2024-03-01T00:00:00",
                                   "1709251200", "2024-02-30", " 2024-03-01"])
def test_dates_must_be_iso_dates(client, value):
    response = client.get("/api/clusters", params={"since": value})
    assert response.status_code == 422, value
    assert response.json()["detail"][0]["loc"] == ["query", "since"]


@pytest.mark.parametrize("value", ["2024-03-01", "0001-01-01", "2024-02-30", "2024-13-01",
                                   "\u0662\u0660\u0662\u0664-\u0660\u0663-\u0660\u0661",
                                   "2024-03-01\n", "+2024-03-01", "2024-03-01 "])
def test_the_api_and_the_cli_read_dates_with_one_parser(client, value):
    """A date the store's reader (`events --since`) refuses, the API refuses, and back."""
    from eventdesk.errors import UsageError
    from eventdesk.store.store import iso_date

    try:
        iso_date(value, "--since")
        refused = False
    except UsageError:
        refused = True
    response = client.get("/api/clusters", params={"since": value})
    assert (response.status_code == 422) == refused, (value, response.text)


def test_an_iso_date_filters(client):
    items = client.get("/api/clusters", params={"since": "2024-03-05"}).json()["items"]
    assert items and all(i["event_date"] >= "2024-03-05" for i in items)


def test_openapi_declares_statuses_and_media_types(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path, item in paths.items():
        responses = item["get"]["responses"]
        assert {"200", "500"} <= set(responses), path
        for status, response in responses.items():
            if status != "200" or path not in ("/api/clusters.geojson", "/api/events.csv"):
                assert list(response["content"]) == ["application/json"], (path, status)
    assert "404" in paths["/api/cluster/{cluster_id}"]["get"]["responses"]
    assert "503" in paths["/api/search"]["get"]["responses"]
    assert "422" in paths["/api/clusters"]["get"]["responses"]
    geo = paths["/api/clusters.geojson"]["get"]["responses"]["200"]["content"]
    assert list(geo) == ["application/geo+json"]
    csv = paths["/api/events.csv"]["get"]["responses"]["200"]["content"]
    assert list(csv) == ["text/csv"]
    since = next(p for p in paths["/api/clusters"]["get"]["parameters"] if p["name"] == "since")
    assert "date" in str(since["schema"])


@pytest.mark.parametrize("path", ["/api/clusters", "/api/events", "/api/clusters.geojson"])
@pytest.mark.parametrize("instant", ["9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+05:00"])
def test_an_ingestion_instant_past_utcs_range_is_answered(lenient, path, instant):
    # in UTC these are in year 10000 and year 0: no 500 from the conversion
    response = lenient.get(path, params={"ingested_since": instant})
    assert response.status_code == 200, response.text
    assert (response.json()["count"] == 0) is instant.startswith("9999")


@pytest.mark.parametrize("content", ["older", "not a store"])
def test_a_store_the_page_cannot_read_is_refused_at_start_not_each_request(tmp_path, content):
    """`serve` over a store of an older schema (read-only: never migrated) or a file that is
    no store started, then answered every request with error 500: now it does not start,
    and says what is wrong and how to migrate."""
    path = tmp_path / "events.sqlite"
    if content == "older":
        write_v1_store(path)
    else:
        path.write_text("Syrian troops shelled Homs.", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        create_app(path)
    assert str(path) in str(info.value)
    if content == "older":
        assert "schema version 1 is older than" in str(info.value)
        assert f"`eventdesk recluster --db {path}`" in str(info.value)


def test_a_writable_page_migrates_an_older_store_at_start(tmp_path):
    path = tmp_path / "events.sqlite"
    write_v1_store(path)
    with TestClient(create_app(path, readonly=False)) as client:
        assert client.get("/api/facets").json()["admin1"] == {"Syria": ["Homs"]}
    with Store.open(path, readonly=True) as store:  # no longer refused
        assert store.counts()["clusters"] == 1
