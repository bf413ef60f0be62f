"""Reading: filters, one cluster with its sources, timeline, facets and full-text search."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.errors import UsageError
from eventdesk.store import ClusterFilter, Store


@pytest.fixture
def corpus_store(corpus_db):
    with Store.open(corpus_db, readonly=True) as store:
        yield store


def test_all_clusters_newest_first(corpus_store):
    clusters = corpus_store.query_clusters(ClusterFilter())
    assert len(clusters) == 21
    dates = [c["event_date"] for c in clusters]
    assert dates == sorted(dates, reverse=True)
    assert set(clusters[0]) == {
        "cluster_id", "event_type", "sub_event_type", "event_date", "time_precision",
        "country", "admin1", "location", "latitude", "longitude", "geo_precision", "actor1",
        "actor2", "fatalities", "fatalities_max", "n_sources", "n_reports", "contradictions",
        "n_reports_unknown_outlet", "merge_basis", "possible_matches", "n_possible_matches"}


def test_country_admin1_and_type_filters_ignore_case(corpus_store):
    iraq = corpus_store.query_clusters(ClusterFilter(country="iraq"))
    assert len(iraq) == 5 and {c["country"] for c in iraq} == {"Iraq"}
    anbar = corpus_store.query_clusters(ClusterFilter(country="Iraq", admin1="ANBAR"))
    assert sorted(c["location"] for c in anbar) == ["Fallujah", "Ramadi"]
    strikes = corpus_store.query_clusters(ClusterFilter(event_type="explosions/remote violence",
                                                        country="Iraq"))
    assert [c["location"] for c in strikes] == ["Mosul"]


def test_date_range_is_inclusive(corpus_store):
    f = ClusterFilter(since=dt.date(2014, 5, 9), until="2014-05-13")
    dates = {c["event_date"] for c in corpus_store.query_clusters(f)}
    assert dates == {"2014-05-09", "2014-05-13"}


def test_actor_filter_is_a_case_insensitive_substring(corpus_store):
    found = corpus_store.query_clusters(ClusterFilter(actor="nusra"))
    assert [c["location"] for c in found] == ["al-Hamidiya"]
    raw = corpus_store.query_events(ClusterFilter(actor="NUSRA FRONT"))
    assert sorted(e["doc_id"] for e in raw) == ["d14", "d15"]
    # a cluster matches when any source names the actor, not only its representative
    daraa = corpus_store.query_clusters(ClusterFilter(actor="unidentified"))
    assert [c["location"] for c in daraa] == ["Daraa"]


def test_min_sources_on_clusters_and_raw_events(corpus_store):
    multi = corpus_store.query_clusters(ClusterFilter(min_sources=3))
    assert [c["location"] for c in multi] == ["al-Rashedin"]
    raw = corpus_store.query_events(ClusterFilter(min_sources=3))
    assert sorted(e["doc_id"] for e in raw) == ["d01", "d02", "d03", "d04"]
    assert {e["cluster_id"] for e in raw} == {multi[0]["cluster_id"]}


def test_limit_and_offset_page_through(corpus_store):
    everything = corpus_store.query_clusters(ClusterFilter())
    pages = [corpus_store.query_clusters(ClusterFilter(limit=5, offset=o))
             for o in range(0, 25, 5)]
    assert [c for page in pages for c in page] == everything
    assert len(corpus_store.query_events(ClusterFilter(limit=3))) == 3


def test_bad_filter_values_are_usage_errors():
    with pytest.raises(UsageError, match="since"):
        ClusterFilter(since="last tuesday")
    for loose in ("0", "20240301", "2024-03-01T00:00", "2024-3-1", "2024-02-30"):
        with pytest.raises(UsageError, match="until must be a date as YYYY-MM-DD"):
            ClusterFilter(until=loose)
    assert ClusterFilter(since=dt.datetime(2024, 3, 1, 12)).since == dt.date(2024, 3, 1)
    with pytest.raises(UsageError):
        ClusterFilter(min_sources=0)
    with pytest.raises(UsageError):
        ClusterFilter(limit=-1)


def test_cluster_lists_sources_with_text_and_evidence_offsets(corpus_store):
    [rashedin] = corpus_store.query_clusters(ClusterFilter(min_sources=3))
    full = corpus_store.cluster(rashedin["cluster_id"])
    assert {k: full[k] for k in rashedin} == rashedin
    assert len(full["sources"]) == 4
    for source in full["sources"]:
        assert source["text"][source["evidence_start"]:source["evidence_end"]] == (
            source["evidence"])
        assert source["title"] == f"Report {source['doc_id']}"
        assert {"outlet", "url", "published"} <= set(source)
    assert corpus_store.cluster(10**9) is None


def test_timeline_counts_clusters_per_day_and_type(corpus_store):
    day = ClusterFilter(country="Syria", since="2014-05-09", until="2014-05-09")
    timeline = corpus_store.timeline(day)
    assert [{k: t[k] for k in ("date", "event_type", "count")} for t in timeline] == [
        {"date": "2014-05-09", "event_type": "Battles", "count": 1},
        {"date": "2014-05-09", "event_type": "Explosions/Remote violence", "count": 1},
        {"date": "2014-05-09", "event_type": "Protests", "count": 1},
    ]
    # Fatalities: the sum of each cluster's lowest reported count.
    lowest = {}
    for c in corpus_store.query_clusters(day):
        lowest[c["event_type"]] = lowest.get(c["event_type"], 0) + (c["fatalities"] or 0)
    assert {t["event_type"]: t["fatalities"] for t in timeline} == lowest
    assert any(lowest.values())
    assert sum(t["count"] for t in corpus_store.timeline(ClusterFilter(limit=1))) == 21


def test_facets_list_what_is_stored(corpus_store):
    facets = corpus_store.facets()
    assert facets["countries"] == ["Iraq", "Nigeria", "Syria"]
    assert facets["admin1"]["Iraq"] == ["Anbar", "Nineveh"]
    assert "Borno" in facets["admin1"]["Nigeria"]
    assert len(facets["event_types"]) == 5
    assert (facets["date_min"], facets["date_max"]) == ("2014-05-09", "2014-08-08")


def test_search_finds_documents_with_a_marked_snippet(corpus_store):
    hits = corpus_store.search("warplanes")
    assert [h["doc_id"] for h in hits] == ["d07"]
    assert "[warplanes]" in hits[0]["snippet"]
    assert set(hits[0]) == {"doc_id", "title", "outlet", "published", "snippet"}
    assert {h["doc_id"] for h in corpus_store.search("Mosul")} == {
        "d21", "d22", "d23", "d24", "d40", "d41"}
    assert len(corpus_store.search("Mosul", limit=2)) == 2


def test_search_accepts_any_user_text(corpus_store):
    assert corpus_store.search("") == []
    assert [h["doc_id"] for h in corpus_store.search('"warplanes')] == ["d07"]
    near = corpus_store.search("NEAR(")  # invalid FTS5 syntax: searched as the word "near"
    assert near and all("[near]" in h["snippet"].lower() for h in near)
    assert corpus_store.search("zzzunknownword") == []


def test_search_sees_documents_and_forgets_none_after_recoding(tmp_path):
    from store_helpers import make_document, make_event

    with Store.open(tmp_path / "s.sqlite") as store:
        doc = make_document(text="Fighting reported in Aleppo's Salaheddine quarter.")
        store.add(doc, [make_event()], extractor_version="v1")
        store.add(doc, [], extractor_version="v2")
        assert [h["doc_id"] for h in store.search("salaheddine")] == ["d"]


def test_admin1_filter_accepts_any_spelling_of_the_region(tmp_path):
    from store_helpers import make_document, make_event

    path = tmp_path / "spellings.sqlite"
    with Store.open(path) as store:
        store.add(make_document("a"), [make_event(
            "a", admin1="Hamah", location="Hamah", latitude=35.13, longitude=36.76)],
            extractor_version="v1")
        store.add(make_document("b", text="Heavy clashes were reported in Homs."), [make_event(
            "b", admin1="Homs", location="Homs", latitude=34.73, longitude=36.72)],
            extractor_version="v1")
    with Store.open(path, readonly=True) as store:
        for spelling in ("Hama", "Hamah", "Ḩamāh", "HAMA", "Hama Governorate"):
            found = store.query_clusters(ClusterFilter(admin1=spelling))
            assert [c["location"] for c in found] == ["Hamah"], spelling
            raw = store.query_events(ClusterFilter(admin1=spelling))
            assert [e["doc_id"] for e in raw] == ["a"], spelling
        assert store.query_clusters(ClusterFilter(admin1="Halab")) == []


def test_admin1_filter_accepts_geonames_inverted_official_spelling(tmp_path):
    """The region is stored as ACLED writes it ('Murcia'); GeoNames' official style
    ('Murcia, Región de') still selects it, with or without a gazetteer."""
    from store_helpers import make_document, make_event

    path = tmp_path / "official.sqlite"
    with Store.open(path) as store:
        store.add(make_document("m", text="Clashes broke out in Cartagena on Friday."), [make_event(
            "m", country="Spain", admin1="Murcia", location="Cartagena", latitude=37.6,
            longitude=-0.98)], extractor_version="v1")
    with Store.open(path, readonly=True) as store:
        for spelling in ("Murcia", "Murcia, Región de", "MURCIA, REGION DE"):
            assert [e["doc_id"] for e in store.query_events(ClusterFilter(admin1=spelling))
                    ] == ["m"], spelling
            assert len(store.query_clusters(ClusterFilter(admin1=spelling))) == 1, spelling
        assert store.query_events(ClusterFilter(admin1="Murcia, Providencia")) == []


def test_the_geonames_id_is_stored_and_read_back(tmp_path):
    from store_helpers import make_document, make_event

    path = tmp_path / "ids.sqlite"
    with Store.open(path) as store:
        store.add(make_document(), [make_event(geonameid=170063)], extractor_version="v1")
        store.add(make_document("u", text="Clashes somewhere."),
                  [make_event("u", admin1=None, location=None, latitude=None, longitude=None)],
                  extractor_version="v1")
    with Store.open(path, readonly=True) as store:
        by_doc = {e["doc_id"]: e for e in store.query_events(ClusterFilter())}
    assert by_doc["d"]["geonameid"] == 170063 and by_doc["u"]["geonameid"] is None


def test_country_filter_accepts_codes_and_other_names_of_the_country(tmp_path):
    """ACLED users filter by ISO codes and by the names reports use ('DR Congo'); the store
    holds ACLED's name, so every spelling of one country finds the same events."""
    from store_helpers import make_document, make_event

    path = tmp_path / "countries.sqlite"
    with Store.open(path) as store:
        store.add(make_document("s"), [make_event("s")], extractor_version="v1")
        store.add(make_document("c", text="Clashes broke out in Goma."), [make_event(
            "c", country="Democratic Republic of Congo", admin1="North Kivu", location="Goma",
            latitude=-1.68, longitude=29.22)], extractor_version="v1")
    with Store.open(path, readonly=True) as store:
        for spelling in ("Syria", "syria", "SY", "sy", "SYR", "Syrian Arab Republic", " Syria "):
            found = store.query_clusters(ClusterFilter(country=spelling))
            assert [c["location"] for c in found] == ["Aleppo"], spelling
            raw = store.query_events(ClusterFilter(country=spelling))
            assert [e["doc_id"] for e in raw] == ["s"], spelling
        for spelling in ("CD", "COD", "DR Congo", "Congo-Kinshasa"):
            found = store.query_clusters(ClusterFilter(country=spelling))
            assert [c["location"] for c in found] == ["Goma"], spelling
        assert store.query_clusters(ClusterFilter(country="Narnia")) == []
        assert store.query_clusters(ClusterFilter(country="IQ")) == []


def test_a_type_or_sub_type_acled_lacks_is_a_usage_error_naming_what_it_may_mean():
    """`--type Battle` and `--sub-type IED` matched nothing and said nothing: read as "no
    such events". ACLED's names in any case are taken, and a near miss is named."""
    assert ClusterFilter(event_type="battles").event_type == "Battles"
    assert ClusterFilter(sub_event_type="air/DRONE  strike").sub_event_type == "Air/drone strike"
    for field, value, meant in (("event_type", "Battle", "'Battles'"),
                                ("event_type", "remote violence", "'Explosions/Remote violence'"),
                                ("sub_event_type", "IED", "'Remote explosive/landmine/IED'"),
                                ("sub_event_type", "air strike", "'Air/drone strike'")):
        with pytest.raises(UsageError, match=f"did you mean {meant}"):
            ClusterFilter(**{field: value})
    with pytest.raises(UsageError, match="Battles, Protests, Riots"):
        ClusterFilter(event_type="Massacre")


def test_actor_filter_finds_a_name_hyphenated_otherwise(tmp_path):
    """News writes 'al-Shabaab', ACLED 'Al Shabaab' (and 'Jabhat al-Nusra'): the filter
    swapped neither, so the analyst's spelling found nothing."""
    from store_helpers import make_document, make_event

    path = tmp_path / "actors.sqlite"
    with Store.open(path) as store:
        store.add(make_document("s", text="Al Shabaab fighters attacked a base."),
                  [make_event("s", actor1="Al Shabaab")], extractor_version="v1")
        store.add(make_document("n", text="Nusra fighters attacked a base."),
                  [make_event("n", actor1="Jabhat al-Nusra")], extractor_version="v1")
    with Store.open(path, readonly=True) as store:
        for typed, doc in (("al-Shabaab", "s"), ("AL SHABAAB", "s"), ("jabhat al nusra", "n"),
                           ("al-Nusra", "n")):
            assert [e["doc_id"] for e in store.query_events(ClusterFilter(actor=typed))] == [doc]
            [cluster] = store.query_clusters(ClusterFilter(actor=typed))
            assert store.count(ClusterFilter(actor=typed), raw=False) == 1, typed


def test_admin1_filter_reads_a_region_by_the_names_the_gazetteer_knows_it_by(
        tmp_path, monkeypatch, capsys):
    """'Salahuddin' found nothing stored as 'Salah ad Din': no name key joins the two,
    but the gazetteer knows the region by both (here: Central Darfur as 'Wasat Darfur')."""
    from store_helpers import make_document, make_event

    from eventdesk.cli import main
    from eventdesk.geo import forget_opened
    from eventdesk.geo.importer import import_geonames
    from tests.geo.geonames_files import write_geonames_files

    index = tmp_path / "tiny.sqlite"
    import_geonames(write_geonames_files(tmp_path / "files"), index_path=index, empty=True,
                    progress=False)
    monkeypatch.setenv("EVENTDESK_GAZETTEER", str(index))
    path = tmp_path / "darfur.sqlite"
    with Store.open(path) as store:
        store.add(make_document("z", text="Clashes broke out in Zalingei."), [make_event(
            "z", country="Sudan", admin1="Central Darfur", location="Zalingei",
            latitude=12.9, longitude=23.5)], extractor_version="v1")
    try:
        with Store.open(path, readonly=True) as store:
            found = store.query_clusters(ClusterFilter(admin1="Wasat Darfur"))
            assert [c["location"] for c in found] == ["Zalingei"]
            assert store.query_clusters(ClusterFilter(admin1="Coral Sea")) == []
        assert main(["events", "--db", str(path), "--admin1", "Wasat Darfur"]) == 0
        out, err = capsys.readouterr()
        assert "Zalingei" in out and "warning" not in err
        monkeypatch.setenv("EVENTDESK_GAZETTEER", str(tmp_path / "none.sqlite"))
        with Store.open(path, readonly=True) as store:  # no index: never built for a query
            assert store.query_clusters(ClusterFilter(admin1="Wasat Darfur")) == []
        assert not (tmp_path / "none.sqlite").exists()
    finally:
        forget_opened(index)


def test_a_country_typed_without_its_accents_or_with_a_curly_apostrophe_is_found():
    """"Cote d'Ivoire" (as typed on an English keyboard) and "Côte d’Ivoire" (as pasted
    from a report) were no country: the filter matched nothing stored as Ivory Coast."""
    from eventdesk.store.filters import stored_country

    for typed in ("Cote d'Ivoire", "Côte d’Ivoire", "COTE D'IVOIRE", "Côte d'Ivoire"):
        assert stored_country(typed) == "Ivory Coast", typed
    assert stored_country("Turkiye") == "Turkey" and stored_country("Narnia") == "Narnia"
