"""Hostile query criteria for the store (issue 7): any filter values, search words and
cluster ids give rows or a UsageError naming the criterion, never another exception (an
int SQLite cannot bind, or a lone surrogate from undecodable command-line bytes)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventdesk.errors import UsageError
from eventdesk.store import Store
from eventdesk.store.store import ClusterFilter

ODD_TEXT = st.one_of(st.none(), st.text(max_size=30),
                     st.sampled_from(["\udcff", "\ud800x", "%", "_", "\\", "'; --", "\x00",
                                      "\u202eSyria", "Syria", "a" * 5000, '"', "NEAR("]))
HUGE = st.one_of(st.integers(min_value=0, max_value=1000),
                 st.integers(min_value=2**63 - 2, max_value=2**80))
ZONES = st.sampled_from([dt.timezone(dt.timedelta(hours=h, minutes=m))
                         for h, m in ((-23, -59), (-1, 0), (0, 0), (5, 30), (23, 59))])
EDGES = [dt.datetime.max.replace(tzinfo=dt.timezone(dt.timedelta(hours=-1))),
         dt.datetime.min.replace(tzinfo=dt.timezone(dt.timedelta(hours=5)))]
QUERIES = ("query_clusters", "query_events", "count", "timeline", "type_counts")


@pytest.fixture(scope="module")
def corpus_store(corpus_db):
    with Store.open(corpus_db, readonly=True) as opened:
        yield opened


@settings(max_examples=120, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({}, optional={
    "country": ODD_TEXT, "admin1": ODD_TEXT, "event_type": ODD_TEXT,
    "sub_event_type": ODD_TEXT, "actor": ODD_TEXT, "outlet": ODD_TEXT,
    "limit": HUGE, "offset": HUGE, "min_sources": HUGE.map(lambda n: n + 1),
    "since": st.one_of(st.none(), st.dates(), st.sampled_from(["2014-02-30", "0", "x"])),
    "fatal": st.booleans(), "include_undated": st.sampled_from([None, True, False]),
    "ingested_since": st.one_of(st.none(), st.datetimes(), st.datetimes(timezones=ZONES),
                                st.sampled_from(EDGES)),
}), st.sampled_from(QUERIES))
def test_any_filter_gives_rows_or_a_usage_error(corpus_store, fields, query):
    try:
        f = ClusterFilter(**fields)
    except UsageError as exc:
        assert str(exc)
        return
    result = getattr(corpus_store, query)(f)
    assert isinstance(result, list | int)


@pytest.mark.parametrize("fields, words", [
    ({"limit": 2**63}, "limit must be at most"),
    ({"offset": 10**20}, "offset must be at most"),
    ({"min_sources": 2**64}, "min_sources must be at most"),
    ({"country": "\udcff"}, "country is not valid Unicode"),
    ({"actor": "Hez\udcffbollah"}, "actor is not valid Unicode"),
])
def test_criteria_sqlite_cannot_bind_are_usage_errors(fields, words):
    with pytest.raises(UsageError, match=words):
        ClusterFilter(**fields)


@pytest.mark.parametrize("cluster_id", [2**63, -(2**63) - 1, 10**30])
def test_a_cluster_id_beyond_sqlite_integers_is_no_cluster(corpus_store, cluster_id):
    assert corpus_store.cluster(cluster_id) is None
    assert corpus_store.cluster_members([cluster_id, 1]).keys() <= {1}


@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ODD_TEXT.map(lambda t: t or ""))
def test_any_search_words_give_hits_or_none(corpus_store, q):
    assert isinstance(corpus_store.search(q, limit=5), list)


@settings(max_examples=80, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ODD_TEXT.map(lambda t: t or "Homs"), st.one_of(HUGE, st.integers(-(2**70), -1)))
def test_any_search_limit_gives_hits_or_a_usage_error(corpus_store, q, limit):
    """Found by generation: a limit past SQLite's integers raised OverflowError, and a
    negative one (SQLite's "no limit") returned every match."""
    if 0 <= limit < 2**63:
        hits = corpus_store.search(q, limit=limit)
        assert isinstance(hits, list) and len(hits) <= limit
    else:
        with pytest.raises(UsageError, match="limit must be 0 to"):
            corpus_store.search(q, limit=limit)


def test_the_events_command_names_a_bad_criterion_without_a_traceback(corpus_db, capsys,
                                                                        monkeypatch):
    from eventdesk.cli import main

    monkeypatch.setenv("EVENTDESK_DB", str(corpus_db))
    for argv in (["events", "--limit", "99999999999999999999"],
                 ["events", "--min-sources", "99999999999999999999"],
                 ["events", "--country", "\udcff"]):
        assert main(argv) != 0
        err = capsys.readouterr().err
        assert "[E006]" in err and "Traceback" not in err


def test_an_ingestion_instant_beyond_utcs_range_is_the_edge_of_time(corpus_store):
    # 9999-12-31T23:59:59-01:00 is in year 10000 in UTC: no report is that recent
    late, early = EDGES
    assert corpus_store.query_clusters(ClusterFilter(ingested_since=late)) == []
    everything = corpus_store.query_clusters(ClusterFilter())
    assert corpus_store.query_clusters(ClusterFilter(ingested_since=early)) == everything
