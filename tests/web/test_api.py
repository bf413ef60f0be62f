"""The JSON/GeoJSON API, in process, over the hand-built sample store."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from eventdesk.errors import StoreError, UsageError
from eventdesk.web import create_app
from eventdesk.web.guards import MAX_BODY_BYTES
from eventdesk.web.pages import page_csp
from eventdesk.web.params import MAX_PAGE_SIZE

from . import sample


def _items(response):
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_clusters_lists_every_real_world_event(client):
    items = _items(client.get("/api/clusters"))
    assert len(items) == sample.N_CLUSTERS
    by_country = {}
    for item in items:
        by_country[item["country"]] = by_country.get(item["country"], 0) + 1
    assert by_country == sample.COUNTRIES
    # Newest first.
    dates = [i["event_date"] for i in items]
    assert dates == sorted(dates, reverse=True)


def test_two_outlets_make_one_cluster_with_a_contradiction(client):
    items = _items(client.get("/api/clusters", params={"min_sources": 2}))
    assert len(items) == 1
    bakhmut = items[0]
    assert bakhmut["location"] == "Bakhmut"
    assert bakhmut["n_sources"] == 2
    assert (bakhmut["fatalities"], bakhmut["fatalities_max"]) == (12, 15)
    assert any("fatalities" in c for c in bakhmut["contradictions"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "Nigeria"}, {"Maiduguri", "Lagos"}),
        ({"country": "Nigeria", "admin1": "Borno"}, {"Maiduguri"}),
        ({"country": "Nigeria", "admin1": "Bornu State"}, {"Maiduguri"}),  # another spelling
        ({"country": "Nigeria", "admin1": "Borno, State of"}, {"Maiduguri"}),  # inverted
        ({"event_type": "Battles"}, {"Bakhmut", "Khartoum"}),
        ({"event_type": "battles"}, {"Bakhmut", "Khartoum"}),  # any case, as sub_event_type
        ({"since": "2024-03-03", "until": "2024-03-04"}, {"Kharkiv", "Khartoum"}),
        ({"actor": "rapid support"}, {"Khartoum"}),
        ({"country": "Atlantis"}, set()),
        ({"country": "NG"}, {"Maiduguri", "Lagos"}),  # ISO codes, as ACLED users write them
        ({"country": "nga", "admin1": "Borno"}, {"Maiduguri"}),
        ({"country": "Federal Republic of Nigeria"}, {"Maiduguri", "Lagos"}),
    ],
)
def test_cluster_filters(client, params, expected):
    assert {i["location"] for i in _items(client.get("/api/clusters", params=params))} == expected


def test_paging_with_limit_and_offset(client):
    first = _items(client.get("/api/clusters", params={"limit": 2}))
    second = _items(client.get("/api/clusters", params={"limit": 2, "offset": 2}))
    assert len(first) == len(second) == 2
    assert not {i["cluster_id"] for i in first} & {i["cluster_id"] for i in second}
    body = client.get("/api/clusters", params={"limit": MAX_PAGE_SIZE}).json()
    assert body["limit"] == MAX_PAGE_SIZE and body["count"] == sample.N_CLUSTERS


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/clusters", {"limit": MAX_PAGE_SIZE + 1}),
        ("/api/clusters", {"limit": 0}),
        ("/api/clusters", {"offset": -1}),
        ("/api/clusters", {"min_sources": 0}),
        ("/api/clusters", {"min_sources": "many"}),
        ("/api/clusters", {"since": "yesterday"}),
        ("/api/clusters", {"since": "2024-03-05", "until": "2024-03-01"}),
        ("/api/clusters", {"country": "x" * 201}),
        ("/api/clusters", {"country": ""}),
        ("/api/events", {"limit": 5000}),
        ("/api/clusters.geojson", {"limit": MAX_PAGE_SIZE + 1}),
        ("/api/timeline", {"until": "2024-13-01"}),
        ("/api/search", {}),
        ("/api/search", {"q": "Bakhmut", "limit": 0}),
        ("/api/cluster/abc", {}),
        ("/api/cluster/-1", {}),
        ("/api/cluster/SO17", {}),
        ("/api/cluster/1" + "0" * 18, {}),
    ],
)
def test_bad_parameters_are_rejected_with_422(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


def test_geojson_is_a_feature_collection_of_placed_clusters(client):
    response = client.get("/api/clusters.geojson")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    assert len(body["features"]) == sample.N_PLACED
    assert body["unplaced"] == sample.N_CLUSTERS - sample.N_PLACED
    for feature in body["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert "latitude" not in feature["properties"]
        assert feature["id"] == feature["properties"]["cluster_id"]
    khartoum = next(f for f in body["features"] if f["properties"]["location"] == "Khartoum")
    assert khartoum["geometry"]["coordinates"] == [32.5599, 15.5007]  # lon, lat order


def test_geojson_follows_the_filters(client):
    body = client.get("/api/clusters.geojson", params={"country": "Ukraine"}).json()
    assert {f["properties"]["location"] for f in body["features"]} == {"Bakhmut", "Kharkiv"}


def test_cluster_detail_has_every_source_with_evidence_offsets(client):
    bakhmut = _items(client.get("/api/clusters", params={"min_sources": 2}))[0]
    detail = client.get(f"/api/cluster/{bakhmut['cluster_id']}").json()
    assert {s["doc_id"] for s in detail["sources"]} == set(sample.CONTRADICTED_EVIDENCE)
    for source in detail["sources"]:
        span = source["text"][source["evidence_start"]:source["evidence_end"]]
        assert span == sample.CONTRADICTED_EVIDENCE[source["doc_id"]]
        assert source["outlet"] and source["published"] == "2024-03-02"
    assert detail["contradictions"] == bakhmut["contradictions"]


def test_unknown_cluster_is_404(client):
    assert client.get("/api/cluster/999999").status_code == 404


def test_cluster_is_found_by_the_event_id_cnty_of_the_exports(client):
    khartoum = next(c for c in _items(client.get("/api/clusters", params={"country": "Sudan"}))
                    if c["location"] == "Khartoum")
    number = khartoum["cluster_id"]
    detail = client.get(f"/api/cluster/SDN{number}")
    assert detail.status_code == 200 and detail.json()["cluster_id"] == number
    assert client.get(f"/api/cluster/sdn{number}").json()["cluster_id"] == number
    assert client.get(f"/api/cluster/UKR{number}").status_code == 404  # another country's id


def test_events_are_raw_reports(client):
    items = _items(client.get("/api/events", params={"country": "Ukraine"}))
    assert sorted(i["doc_id"] for i in items) == sorted(
        ["wire-bakhmut", "activist-bakhmut", "wire-kharkiv"])


def test_timeline_counts_clusters_per_day_and_type(client):
    items = _items(client.get("/api/timeline"))
    assert sum(i["count"] for i in items) == sample.N_CLUSTERS
    assert {"date": "2024-03-01", "event_type": "Battles", "count": 1, "fatalities": 12} in items
    only_nigeria = _items(client.get("/api/timeline", params={"country": "Nigeria"}))
    assert {i["date"] for i in only_nigeria} == {"2024-03-02", "2024-03-05"}


def test_facets_and_search(client):
    facets = client.get("/api/facets").json()
    assert facets["countries"] == ["Nigeria", "Sudan", "Ukraine"]
    assert facets["admin1"]["Nigeria"] == ["Borno", "Lagos"]
    assert (facets["date_min"], facets["date_max"]) == ("2024-03-01", "2024-03-06")
    hits = _items(client.get("/api/search", params={"q": "Maiduguri"}))
    assert [h["doc_id"] for h in hits] == ["daily-maiduguri"]
    # FTS syntax the index rejects is searched as plain words, not a 500.
    assert client.get("/api/search", params={"q": 'AND "('}).status_code == 200


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_only_get_is_allowed(client, method):
    for path in ("/api/clusters", "/api/cluster/1", "/", "/static/app.js", "/nowhere"):
        response = client.request(method, path)
        assert response.status_code == 405, (method, path)
        assert "GET" in response.headers["allow"]


def test_request_bodies_over_one_megabyte_are_rejected(client):
    big = b"x" * (MAX_BODY_BYTES + 1)
    assert client.request("GET", "/api/clusters", content=big).status_code == 413
    assert client.post("/api/clusters", content=big).status_code == 413

    def chunks():
        for _ in range(3):
            yield b"y" * (MAX_BODY_BYTES // 2)

    # Streamed (chunked) bodies are counted too.
    assert client.request("GET", "/api/clusters", content=chunks()).status_code == 413
    small = client.request("GET", "/api/clusters", content=iter([b"tiny"]))
    assert small.status_code == 200


def test_the_store_is_opened_read_only(sample_db, monkeypatch):
    from eventdesk.store import Store

    opened = []
    real_open = Store.open

    def spy(path, *, readonly=False):
        opened.append(readonly)
        return real_open(path, readonly=readonly)

    monkeypatch.setattr(Store, "open", spy)
    with TestClient(create_app(sample_db)) as client:
        assert client.get("/api/facets").status_code == 200
    with TestClient(create_app(sample_db, readonly=False)) as client:
        assert client.get("/api/facets").status_code == 200
    assert opened == [True, True, False, False]  # at start, then for the request


def test_read_only_connection_cannot_write(sample_db):
    from eventdesk.store import Store

    store = Store.open(sample_db, readonly=True)
    try:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store._conn.execute("DELETE FROM clusters")
    finally:
        store.close()


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no event store"):
        create_app(tmp_path / "absent.sqlite")


def test_foreign_host_headers_are_refused_when_hosts_are_limited(sample_db):
    app = create_app(sample_db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/facets").status_code == 200
        assert client.get("/api/facets", headers={"host": "localhost:8000"}).status_code == 200
        refused = client.get("/api/facets", headers={"host": "evil.example"})
        assert refused.status_code == 400
        assert refused.json() == {"detail": "invalid Host header"}
        assert client.get("/", headers={"host": "127.0.0.1.evil.example"}).status_code == 400


def test_config_reports_the_tile_url(sample_db, assets_present):
    url = "http://tiles.local:8080/{z}/{x}/{y}.png"
    with TestClient(create_app(sample_db, tile_url=url)) as client:
        assert client.get("/api/config").json()["tile_url"] == url
        assert "http://tiles.local:8080" in client.get("/").headers["content-security-policy"]


@pytest.mark.parametrize("url", ["ftp://x/{z}/{x}/{y}", "http://tiles.local/tile.png", "tiles"])
def test_bad_tile_urls_are_usage_errors(sample_db, url):
    with pytest.raises(UsageError):
        create_app(sample_db, tile_url=url)


def test_page_csp_allows_only_this_origin():
    csp = page_csp(None)
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "http" not in csp
    assert "https://*.tile.example" in page_csp("https://{s}.tile.example/{z}/{x}/{y}.png")


def test_openapi_lists_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/clusters", "/api/clusters.geojson", "/api/events",
                 "/api/cluster/{cluster_id}", "/api/timeline", "/api/facets", "/api/search"):
        assert path in spec["paths"], path
    limit = next(p for p in spec["paths"]["/api/clusters"]["get"]["parameters"]
                 if p["name"] == "limit")
    assert limit["schema"]["maximum"] == MAX_PAGE_SIZE


@pytest.mark.parametrize(
    "params",
    [{"country": "x' OR 1=1 --"}, {"actor": "%"}, {"outlet": "Battles' --"},
     {"admin1": "\"; DROP TABLE clusters; --"}],
)
def test_parameters_are_values_not_sql(client, params):
    assert _items(client.get("/api/clusters", params=params)) == []
    assert len(_items(client.get("/api/clusters"))) == sample.N_CLUSTERS


def test_responses_carry_every_field_the_store_returns(client, sample_db):
    from eventdesk.store import ClusterFilter, Store

    with Store.open(sample_db, readonly=True) as store:
        clusters = store.query_clusters(ClusterFilter(limit=100))
        detail = store.cluster(clusters[-1]["cluster_id"])
        facets = store.facets()
    assert _items(client.get("/api/clusters", params={"limit": 100})) == clusters
    assert client.get(f"/api/cluster/{detail['cluster_id']}").json() == detail
    served = client.get("/api/facets").json()
    assert {k: v for k, v in served.items() if k in facets} == facets
    assert served["interactions"]["17"] == "State forces–Civilians"
    assert "Armed clash" in served["sub_event_types"]["Battles"]
