"""Corroboration: the rules one by one, and purity on the hand-made corpus."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from store_helpers import load_corpus, purity

from eventdesk.coding.typology import SUB_TYPES
from eventdesk.distance import haversine_km
from eventdesk.store import ClusterFilter, Store
from eventdesk.store import cluster_summary as cs
from eventdesk.store import corroborate as co
from eventdesk.store.corroborate import Member


def member(**fields) -> Member:
    base = dict(id=1, document_id=1, event_type="Battles", sub_event_type="Armed clash",
                event_date=dt.date(2014, 5, 9), time_precision=1, country="Syria",
                admin1="Aleppo", location="Aleppo", latitude=36.2, longitude=37.16,
                actor1="Military Forces of Syria", actor2="Syrian rebels")
    base.update(fields)
    return Member(**base)


def test_purity_helper_counts_mixed_and_split_clusters():
    assert purity([["a", "a"], ["b"]]) == (1.0, 1.0)
    assert purity([["a", "b"]]) == (0.5, 1.0)
    assert purity([["a"], ["a"]]) == (1.0, 0.5)


@pytest.mark.parametrize(("days", "p1", "p2", "ok"), [
    (1, 1, 1, True), (2, 1, 1, False), (4, 2, 1, True), (5, 1, 2, False), (4, 2, 2, True),
    (20, 3, 1, True),  # 9 May and 29 May: same month
])
def test_dates_compatible_by_coarser_precision(days, p1, p2, ok):
    a = member(time_precision=p1)
    b = member(document_id=2, event_date=dt.date(2014, 5, 9) + dt.timedelta(days=days),
               time_precision=p2)
    assert co.dates_compatible(a, b) is ok


def test_month_precision_needs_the_same_month():
    a = member(event_date=dt.date(2014, 5, 31), time_precision=3)
    b = member(event_date=dt.date(2014, 6, 1), time_precision=1)
    assert not co.dates_compatible(a, b)


def test_an_undated_report_never_merges_but_may_match():
    dated, undated = member(), member(id=2, document_id=2, event_date=None, time_precision=None)
    assert not co.dates_compatible(dated, undated)
    assert not co.compatible(dated, undated)
    assert co.possible_match(dated, undated) and co.possible_match(undated, dated)
    assert co.possible_match(undated, member(id=3, document_id=3, event_date=None))
    assert not co.possible_match(dated, member(id=3, document_id=3))  # both dated: merge rules
    assert not co.possible_match(undated, member(id=3, document_id=3, location="Azaz",
                                                 latitude=None, longitude=None))


def test_confusable_sub_types_merge_and_others_stay_apart():
    strike = member(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    shelling = member(id=2, document_id=2, event_type="Explosions/Remote violence",
                      sub_event_type="Shelling/artillery/missile attack")
    ied = member(id=3, document_id=3, event_type="Explosions/Remote violence",
                 sub_event_type="Remote explosive/landmine/IED")
    assert co.compatible(strike, shelling)
    assert not co.compatible(strike, ied) and not co.compatible(shelling, ied)
    assert co.compatible(member(), member(id=2, document_id=2,
                                          sub_event_type="Government regains territory"))
    assert all(family <= set(SUB_TYPES) for family in co.CONFUSABLE_SUB_TYPES)


def test_places_within_25_km_or_same_names():
    a = member()
    assert co.places_compatible(a, member(latitude=36.35))  # ~17 km north
    assert not co.places_compatible(a, member(latitude=36.45))  # ~28 km north
    unplaced = member(latitude=None, longitude=None, location="ALEPPO ")
    assert co.places_compatible(a, unplaced)
    assert not co.places_compatible(a, member(latitude=None, longitude=None, location="Azaz"))
    country_only = member(latitude=None, longitude=None, admin1=None, location=None)
    assert not co.places_compatible(country_only, country_only)


def test_actors_overlap_or_unknown():
    a = member()
    assert co.actors_compatible(a, member(actor1="Syrian Rebels", actor2=None))
    assert not co.actors_compatible(a, member(actor1="Islamic State", actor2="Al Nusra Front"))
    assert co.actors_compatible(a, member(actor1=None, actor2=None))
    assert co.actors_compatible(
        member(actor1="Unidentified Armed Group (Syria)", actor2="Civilians (Syria)"),
        member(actor1="Islamic State", actor2=None))


def test_same_document_never_compatible():
    assert co.compatible(member(), member(id=2, document_id=2))
    assert not co.compatible(member(), member(id=2))


def test_window_and_box_cover_every_compatible_value():
    assert co.date_ranges(dt.date(2014, 5, 30), 1) == [
        ("2014-05-26", "2014-06-03", False), ("2014-05-01", "2014-05-31", True)]
    assert co.date_ranges(dt.date(2014, 2, 3), 3) == [("2014-02-01", "2014-02-28", False)]
    assert co.date_ranges(None, None) is None
    for lat in (0.0, 36.0, 60.0, -70.0):
        lat_lo, lat_hi, lon_lo, lon_hi = co.bounding_box(lat, 10.0)
        assert haversine_km(lat, 10.0, lat_hi, 10.0) >= 25.0
        assert haversine_km(lat, 10.0, lat_lo, 10.0) >= 25.0
        assert haversine_km(lat, 10.0, lat, lon_hi) >= 25.0
        assert haversine_km(lat, 10.0, lat, lon_lo) >= 25.0
        # the corner of the circle nearest the pole, 25 km north-east
        assert haversine_km(lat, 10.0, lat + 0.15 * (1 if lat >= 0 else -1), lon_hi) >= 25.0


@pytest.mark.parametrize("a, b", [
    ((-17.0, 179.95), (-17.0, -179.95)),  # Fiji, 11 km apart across the antimeridian
    ((89.999, 10.0), (89.999, -150.0)),   # by the pole, 1 km apart on other meridians
])
def test_reports_across_the_antimeridian_or_by_a_pole_merge_in_any_order(a, b):
    """The candidate box did not wrap at ±180° nor span every longitude by a pole: two
    reports 11 km apart merged when `recluster` grouped them, never when ingested, so the
    clusters hung on how the store was filled (bench/fuzz_surfaces.py corroborate)."""
    from store_helpers import make_document, make_event

    for first, second in ((a, b), (b, a)):
        with Store.open(":memory:") as store:
            for n, (lat, lon) in enumerate((first, second)):
                store.add(make_document(f"d{n}", text=f"Clashes broke out, report {n}.",
                                        outlet=f"Outlet {n}"),
                          [make_event(f"d{n}", latitude=lat, longitude=lon)],
                          extractor_version="v1")
            assert store.counts()["clusters"] == 1
            store.recluster()
            assert store.counts()["clusters"] == 1


def test_outlet_key_merges_spellings_and_falls_back_to_host_else_unknown():
    assert cs.outlet_key("The Reuters ", None) == cs.outlet_key("reuters", None)
    assert cs.outlet_key(None, "https://www.sana.sy/a") == cs.outlet_key(None, "http://sana.sy/b")
    assert cs.outlet_key(None, None) is None
    # one reading of a URL's host with io.url_host (the record's `source`): no scheme, no "www."
    assert cs.outlet_key(None, "sana.sy/b") == cs.outlet_key(None, "https://www.sana.sy/a")
    assert cs.outlet_key(None, "http://[abc") is None   # a URL urlsplit cannot read


def test_reports_of_unknown_outlet_are_not_independent_outlets():
    known = member(outlet="SOHR", doc_id="a")
    anonymous = [member(id=i, document_id=i, doc_id=f"n{i}") for i in (2, 3)]
    summary = cs.summarise([known, *anonymous])
    assert (summary["n_reports"], summary["n_sources"], summary["n_reports_unknown_outlet"]) == (
        3, 1, 2)
    alone = cs.summarise(anonymous[:1])
    assert (alone["n_sources"], alone["n_reports_unknown_outlet"]) == (0, 1)


def test_find_denial_looks_at_the_evidence_and_the_next_sentence():
    text = ("Rebels said they took the village on Friday. The army denied the report. "
            "Later, aid arrived. Officials denied nothing else.")
    assert cs.find_denial(text, 0, 20) == "The army denied the report."
    start = text.index("Later")
    assert cs.find_denial(text, start, start + 5) == "Officials denied nothing else."
    assert cs.find_denial("Rebels took the village. Aid arrived.", 0, 10) is None


def test_contradictions_name_the_disagreeing_sources():
    a = member(sub_event_type="Non-state actor overtakes territory", fatalities=12,
               outlet="SOHR", claimed_by="activists", doc_id="r1")
    b = member(id=2, document_id=2, fatalities=15, outlet="SANA", doc_id="r2")
    found = cs.contradictions([a, b])
    assert found[0] == ("outcome disputed: taken by non-state actor (SOHR [r1], per activists)"
                        " vs no change of control (SANA [r2])")
    assert found[1] == "fatalities differ: 12 (SOHR [r1], per activists) vs 15 (SANA [r2])"
    anonymous = member(id=4, document_id=4, fatalities=3, doc_id="r4", denial="Denied.")
    assert cs.contradictions([a, anonymous])[1:] == [
        "fatalities differ: 3 (unknown outlet [r4]) vs 12 (SOHR [r1], per activists)",
        "denial reported by unknown outlet [r4]: Denied."]
    c = member(id=3, document_id=3, event_type="Battles", fatalities=None, outlet="AFP")
    assert cs.contradictions([b, c]) == []
    strike = member(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    shelling = member(id=2, document_id=2, event_type="Explosions/Remote violence",
                      sub_event_type="Shelling/artillery/missile attack")
    assert cs.contradictions([strike, shelling])[0].startswith("sub-event type differs: ")


def _clusters_of(store: Store, corpus) -> list[list[str]]:
    labels = {(d.doc_id, e.evidence): label
              for d, events, ls in corpus for e, label in zip(events, ls, strict=True)}
    clusters: dict[int, list[str]] = {}
    for row in store._query(
        "SELECT e.cluster_id, d.doc_id, e.evidence FROM events e"
        " JOIN documents d ON d.id = e.document_id"
    ):
        clusters.setdefault(row["cluster_id"], []).append(labels[(row["doc_id"], row["evidence"])])
    return list(clusters.values())


@pytest.mark.parametrize("seed", [None, 1, 2, 3, 4, 5, 6, 7])
def test_corpus_purity_and_inverse_purity_in_any_order(seed):
    corpus = load_corpus()
    items = list(corpus)
    if seed is not None:
        random.Random(seed).shuffle(items)
    with Store.open(":memory:") as store:
        for document, events, _ in items:
            store.add(document, events, extractor_version="v1")
        pure, inverse = purity(_clusters_of(store, corpus))
        assert pure >= 0.9 and inverse >= 0.9, (pure, inverse)
        store.recluster()
        assert min(purity(_clusters_of(store, corpus))) >= 0.9


def _cluster_at(path, location: str, date: str) -> list[dict]:
    with Store.open(path, readonly=True) as store:
        return [c for c in store.query_clusters(ClusterFilter())
                if c["location"] == location and c["event_date"] == date]


def test_disputed_battle_keeps_all_sources_and_flags_contradictions(corpus_db):
    [cluster] = _cluster_at(corpus_db, "al-Rashedin", "2014-05-09")
    assert (cluster["n_reports"], cluster["n_sources"]) == (4, 3)  # SOHR twice counts once
    assert (cluster["fatalities"], cluster["fatalities_max"]) == (12, 15)
    kinds = [c.split(":")[0] for c in cluster["contradictions"]]
    assert kinds == ["outcome disputed", "fatalities differ", "denial reported by SANA [d02]"]
    with Store.open(corpus_db, readonly=True) as store:
        full = store.cluster(cluster["cluster_id"])
    assert sorted(s["doc_id"] for s in full["sources"]) == ["d01", "d02", "d03", "d04"]


def test_same_place_on_other_days_stays_apart(corpus_db):
    [later] = _cluster_at(corpus_db, "al-Rashedin", "2014-05-13")
    assert later["n_reports"] == 2 and later["contradictions"] == []
    assert len(_cluster_at(corpus_db, "Douma", "2014-05-16")) == 1


def test_different_events_in_one_city_on_one_day_stay_apart(corpus_db):
    douma = _cluster_at(corpus_db, "Douma", "2014-05-09")
    assert sorted(c["event_type"] for c in douma) == ["Explosions/Remote violence", "Protests"]
    strike = next(c for c in douma if c["event_type"] != "Protests")
    assert strike["contradictions"] == ["fatalities differ: 9 (SOHR [d07]) vs 11 (Al Jazeera"
                                        " [d08], per activists)"]
    with Store.open(corpus_db, readonly=True) as store:
        dez = store.query_clusters(ClusterFilter(admin1="Deir ez-Zor"))
    assert len(dez) == 2 and all(c["n_reports"] == 2 for c in dez)


def test_same_outlet_twice_counts_once(corpus_db):
    [maarat] = _cluster_at(corpus_db, "Maarat al-Numan", "2014-06-10")
    assert (maarat["n_reports"], maarat["n_sources"]) == (3, 2)
    [arrests] = _cluster_at(corpus_db, "Damascus", "2014-05-20")
    assert (arrests["n_reports"], arrests["n_sources"]) == (3, 2)  # "Reuters" and "reuters "


def test_country_only_events_never_merge(corpus_db):
    with Store.open(corpus_db, readonly=True) as store:
        nigeria = store.query_clusters(ClusterFilter(country="Nigeria"))
    unplaced = [c for c in nigeria if c["admin1"] is None]
    assert len(unplaced) == 2 and all(c["n_reports"] == 1 for c in unplaced)
    [gwoza] = [c for c in nigeria if c["location"] == "Gwoza"]
    assert gwoza["n_reports"] == 2
