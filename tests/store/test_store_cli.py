"""`eventdesk ingest` and `eventdesk events`, run in-process."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import types
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import FakePipeline, load_corpus

import eventdesk
from eventdesk.cli import main
from eventdesk.records import Document


@dataclass
class Problem:
    path: str
    message: str
    unread: bool = False
    note: bool = False


@pytest.fixture
def fake_inputs(monkeypatch):
    """Stand-ins for `eventdesk.io.read_documents` and `eventdesk.load()`: the PATH names a
    corpus doc_id, or `bad:...` for an unreadable input."""
    corpus = load_corpus()
    by_id = {doc.doc_id: doc for doc, _, _ in corpus}
    pipeline = FakePipeline({doc.doc_id: events for doc, events, _ in corpus})
    calls = {}

    def read_documents(paths, *, published=None):
        calls["published"] = published
        for path in paths:
            if path.startswith("bad:"):
                yield Problem(path, "not UTF-8 text")
            elif path.startswith("cut:"):  # a pipe given up after lines of no JSON
                yield Problem(path, "stopped reading here", unread=True)
            else:
                yield by_id[path]

    monkeypatch.setattr("eventdesk.io.read_documents", read_documents)
    monkeypatch.setattr("eventdesk.io.missing_inputs",
                        lambda paths: [p for p in paths if p.startswith("missing:")])
    monkeypatch.setattr("eventdesk.io.count_documents", len)
    monkeypatch.setattr(eventdesk, "load", lambda: pipeline)
    return types.SimpleNamespace(pipeline=pipeline, calls=calls, ids=list(by_id))


def test_ingest_stores_reports_and_lists_bad_inputs(tmp_path, fake_inputs, capsys):
    db = tmp_path / "cli.sqlite"
    code = main(["ingest", *fake_inputs.ids[:4], "bad:one.bin", "--db", str(db), "-q",
                 "--published", "2014-05-10"])
    assert code == 0
    err = capsys.readouterr().err
    assert "4 report(s) added" in err
    assert "holds 4 report(s), 4 event(s) in 1 cluster(s)" in err
    assert "1 input(s) could not be read" in err and "bad:one.bin: not UTF-8 text" in err
    assert str(fake_inputs.calls["published"]) == "2014-05-10"
    # Everything again: nothing stored is lost or extracted twice.
    fake_inputs.pipeline.seen.clear()
    assert main(["ingest", *fake_inputs.ids, "--db", str(db), "-q"]) == 0
    assert "4 already stored" in capsys.readouterr().err
    assert fake_inputs.pipeline.seen == fake_inputs.ids[4:]


def test_ingest_of_a_pipe_given_up_unread_stores_what_came_and_exits_1(
        tmp_path, fake_inputs, capsys):
    """Reports past the lines where a pipe was given up were never read: not exit 0."""
    db = tmp_path / "cli.sqlite"
    assert main(["ingest", *fake_inputs.ids[:2], "cut:-", "--db", str(db), "-q"]) == 1
    err = capsys.readouterr().err
    assert "2 report(s) added" in err and "cut:-: stopped reading here" in err


def test_ingest_lists_failed_reports_stores_the_rest_and_exits_1(
        tmp_path, fake_inputs, capsys):
    db = str(tmp_path / "cli.sqlite")
    events = fake_inputs.pipeline.events
    bad_id = fake_inputs.ids[1]
    saved = events[bad_id]
    events[bad_id] = [dataclasses.replace(saved[0], latitude=400.0)]
    assert main(["ingest", *fake_inputs.ids[:4], "--db", db, "-q"]) == 1
    err = capsys.readouterr().err
    assert "3 report(s) added" in err
    assert "1 report(s) failed (recorded; the next ingest retries them):" in err
    assert f"  {bad_id}: [E009] event 1: latitude must be a number from -90 to 90" in err
    assert "Traceback" not in err
    # Fixed (a new eventdesk, say): the next run retries only the failed report.
    events[bad_id] = saved
    fake_inputs.pipeline.seen.clear()
    assert main(["ingest", *fake_inputs.ids[:4], "--db", db, "-q"]) == 0
    assert fake_inputs.pipeline.seen == [bad_id]
    assert "report(s) failed" not in capsys.readouterr().err


def test_ingest_with_nothing_readable_exits_1(tmp_path, fake_inputs, capsys):
    assert main(["ingest", "bad:a", "--db", str(tmp_path / "x.sqlite"), "-q"]) == 1
    assert "bad:a" in capsys.readouterr().err


def test_events_dates_must_be_iso_dates(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    for value in ("0", "20240301"):
        assert main(["events", "--db", db, "--since", value]) == 2
        assert "--since must be a date as YYYY-MM-DD" in capsys.readouterr().err


def test_ingest_reads_published_as_extract_does(tmp_path, fake_inputs, capsys):
    """One reading of --published for both commands: a written date ingest once refused."""
    assert main(["ingest", *fake_inputs.ids[:1], "--db", str(tmp_path / "x.sqlite"), "-q",
                 "--published", "10 May 2014"]) == 0
    assert str(fake_inputs.calls["published"]) == "2014-05-10"


def test_ingest_rejects_an_impossible_published_date(tmp_path, fake_inputs, capsys):
    assert main(["ingest", "d01", "--db", str(tmp_path / "x.sqlite"),
                 "--published", "2014-13-45"]) == 2
    assert "[E006]" in capsys.readouterr().err


@pytest.fixture
def db(corpus_db):
    return str(corpus_db)


def test_events_table(db, capsys):
    assert main(["events", "--db", db, "--country", "Iraq", "--admin1", "Anbar"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["cluster", "date", "type", "sub-event"]
    assert len(lines) == 3
    assert any("Ramadi, Anbar, Iraq" in line for line in lines)
    # The region in another spelling ("Al Anbar", GeoNames' own) finds the same events.
    assert main(["events", "--db", db, "--country", "Iraq", "--admin1", "Al Anbar"]) == 0
    assert capsys.readouterr().out.splitlines() == lines
    # and so does GeoNames' inverted official style, the kind after a comma
    assert main(["events", "--db", db, "--country", "Iraq",
                 "--admin1", "Anbar, Governorate of"]) == 0
    assert capsys.readouterr().out.splitlines() == lines


def test_events_table_shows_the_fatality_range_and_contradictions(db, capsys):
    assert main(["events", "--db", db, "--min-sources", "3"]) == 0
    out = capsys.readouterr().out
    assert "12–15" in out and "al-Rashedin, Aleppo, Syria" in out


def test_events_json_and_filters(db, capsys):
    assert main(["events", "--db", db, "--format", "json", "--type", "Protests",
                 "--since", "2014-05-01", "--until", "2014-05-31"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["location"], r["event_date"], r["n_sources"]) for r in rows] == [
        ("Douma", "2014-05-16", 1), ("Douma", "2014-05-09", 2)]


def test_events_csv_of_raw_events(db, capsys):
    assert main(["events", "--db", db, "--raw", "--format", "csv", "--actor", "boko"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert sorted(r["doc_id"] for r in rows) == ["d25", "d26", "d27", "d28"]
    assert {"evidence", "evidence_start", "source", "published", "cluster_id"} <= set(rows[0])
    assert all(r["cluster_id"].isdigit() and r["timestamp"].isdigit() for r in rows)


def test_events_geojson_has_points_and_says_what_it_left_out(db, capsys):
    assert main(["events", "--db", db, "--format", "geojson", "--country", "Nigeria"]) == 0
    captured = capsys.readouterr()
    collection = json.loads(captured.out)
    assert collection["type"] == "FeatureCollection"
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])
    # Gwoza by name only, two country-only attacks
    assert "3 cluster(s) without coordinates left out of the GeoJSON" in captured.err
    syria = main(["events", "--db", db, "--format", "geojson", "--admin1", "Idlib"])
    assert syria == 0
    features = json.loads(capsys.readouterr().out)["features"]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [36.67, 35.65]}
    assert features[0]["properties"]["location"] == "Maarat al-Numan"


def test_events_limit(db, capsys):
    assert main(["events", "--db", db, "--format", "json", "--limit", "2"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["events", "--db", db, "--format", "json", "--limit", "0"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 21


@pytest.mark.parametrize("raw", [[], ["--raw"]])
def test_events_limit_0_reads_the_store_a_chunk_at_a_time(db, capsys, monkeypatch, raw):
    """`events --limit 0` over a store of millions held every row (and every cluster's
    members) before writing the first: now one cursor is read a chunk at a time (four
    rows here) and each chunk written as it comes; a table in blocks, as `extract`'s."""
    from eventdesk.store import connection

    monkeypatch.setattr(connection, "_MAX_IN", 4)
    monkeypatch.setattr("eventdesk.io.writers.TABLE_BLOCK", 5)
    largest = []
    query = connection.StoreConnection._query

    def spy(self, sql, params=()):
        rows = query(self, sql, params)
        if sql.startswith(("SELECT c.* FROM clusters", "SELECT e.*, d.outlet AS d_outlet, d.pub")):
            largest.append(len(rows))
        return rows

    monkeypatch.setattr(connection.StoreConnection, "_query", spy)
    assert main(["events", "--db", db, "--format", "jsonl", "--limit", "0", *raw]) == 0
    rows = 42 if raw else 21  # events, clusters
    assert len(capsys.readouterr().out.splitlines()) == rows
    assert max(largest, default=0) <= 4
    assert main(["events", "--db", db, "--limit", "0", *raw]) == 0
    out = capsys.readouterr().out
    header = "doc " if raw else "cluster "
    assert sum(line.startswith(header) for line in out.splitlines()) == -(-rows // 5)


@pytest.mark.parametrize("option", ["--country", "--admin1", "--type", "--sub-type", "--actor"])
@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_filter_value_is_a_usage_error_not_every_event(db, capsys, option, value):
    """`--country "$C"` with C unset matched every event, as if the filter were left out."""
    with pytest.raises(SystemExit) as exit_:
        main(["events", "--db", db, f"{option}={value}"])
    assert exit_.value.code == 2 and capsys.readouterr().out == ""


def test_a_table_block_keeps_the_doc_column_of_the_first(monkeypatch):
    """Each block of a long table is aligned on its own; the doc column was decided per
    block, so a block of one report's events lost it after blocks of many."""
    from store_helpers import make_event

    from eventdesk.io import write_events

    monkeypatch.setattr("eventdesk.io.writers.TABLE_BLOCK", 2)
    for docs, columns in ((["a", "b", "c", "c"], [True, True]),
                          (["a", "a", "a", "a"], [False, False]),
                          (["a", "a", "b", "b"], [False, True])):
        out = io.StringIO()
        write_events([make_event(d) for d in docs], "table", out)
        blocks = out.getvalue().split("\n\n")
        assert [b.startswith("doc ") for b in blocks] == columns, out.getvalue()


def test_events_empty_result_and_errors(db, tmp_path, capsys):
    assert main(["events", "--db", db, "--country", "Atlantis"]) == 0
    assert capsys.readouterr().out == "no events match\n"
    assert main(["events", "--db", str(tmp_path / "none.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "[E005]" in err and "no event store here" in err
    assert main(["events", "--db", db, "--since", "yesterday"]) == 2
    assert "--since must be a date" in capsys.readouterr().err


def test_document_records_are_what_ingest_reads():
    # The fixture's stand-in yields real Documents, as eventdesk.io does.
    doc, _, _ = load_corpus()[0]
    assert isinstance(doc, Document) and doc.content_hash


def test_events_says_when_it_truncates(db, capsys):
    assert main(["events", "--db", db, "--limit", "5"]) == 0
    captured = capsys.readouterr()
    assert "showing 5 of 21 cluster(s)" in captured.err
    assert main(["events", "--db", db, "--limit", "0"]) == 0
    assert "showing" not in capsys.readouterr().err


def test_events_empty_csv_has_a_header_and_unknown_values_are_warned(db, tmp_path, capsys):
    target = tmp_path / "none.csv"
    assert main(["events", "--db", db, "--country", "Narnia", "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "no stored event is in the country 'Narnia'" in err and "Syria" in err
    header = next(csv.reader(target.open(newline="")))
    assert header[:3] == ["event_id_cnty", "event_date", "year"] and "cluster_id" in header
    assert main(["events", "--db", db, "--admin1", "Mordor"]) == 0
    assert "no stored event is in the region 'Mordor'" in capsys.readouterr().err
    assert main(["events", "--db", db, "--admin1", "Al Anbar"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_events_type_in_any_case_finds_its_events_and_a_wrong_one_is_a_usage_error(
        db, capsys):
    """`--type protests` matched nothing while `--sub-type 'peaceful PROTEST'` matched, and
    a type that does not exist (`--type Protest`) printed an empty list without a word."""
    assert main(["events", "--db", db, "--type", "Protests", "--format", "jsonl"]) == 0
    rows = capsys.readouterr().out
    assert rows and main(["events", "--db", db, "--type", " protests", "--format",
                          "jsonl"]) == 0
    assert capsys.readouterr().out == rows
    for option, value in (("--type", "Protest"), ("--sub-type", "Air strike")):
        assert main(["events", "--db", db, option, value]) == 2
        err = capsys.readouterr().err
        assert "must be one of ACLED's" in err and f"not {value!r}" in err
        assert ("'Protests'" if option == "--type" else "'Air/drone strike'") in err


def test_events_since_after_until_is_a_usage_error(db, capsys):
    assert main(["events", "--db", db, "--since", "2014-06-01", "--until", "2014-05-01"]) == 2
    assert "--since 2014-06-01 is after --until 2014-05-01" in capsys.readouterr().err


def test_events_sub_type_jsonl_and_output_extension(db, tmp_path, capsys):
    assert main(["events", "--db", db, "--sub-type", "peaceful PROTEST", "--format",
                 "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and {r["sub_event_type"] for r in rows} == {"Peaceful protest"}
    assert all(r["disorder_type"] == "Demonstrations" and r["source"] for r in rows)
    target = tmp_path / "clusters.jsonl"
    assert main(["events", "--db", db, "--sub-type", "Peaceful protest", "-o",
                 str(target)]) == 0
    assert [json.loads(line) for line in target.read_text().splitlines()] == rows


def test_cluster_csv_is_acled_shaped(db, capsys):
    assert main(["events", "--db", db, "--format", "csv", "--min-sources", "3"]) == 0
    [row] = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row["event_id_cnty"] == f"SYR{row['cluster_id']}"
    assert row["fatalities"] == row["fatalities_reported"] == "12"
    assert row["fatalities_max"] == "15" and row["n_sources"] == "3"
    assert row["source"].count(";") == 2 and row["region"] == "Middle East"
    assert int(row["timestamp"]) > 0 and int(row["year"]) == int(row["event_date"][:4])


def test_ingest_of_a_missing_file_creates_nothing(tmp_path, capsys):
    db = tmp_path / "new.sqlite"
    assert main(["ingest", str(tmp_path / "nope.txt"), "--db", str(db), "-q"]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not db.exists()


def test_events_country_by_iso_code_finds_the_country_without_a_warning(db, capsys):
    assert main(["events", "--db", db, "--country", "Syria", "--format", "json"]) == 0
    by_name = json.loads(capsys.readouterr().out)
    assert by_name
    for code in ("SY", "SYR"):
        assert main(["events", "--db", db, "--country", code, "--format", "json"]) == 0
        captured = capsys.readouterr()
        assert json.loads(captured.out) == by_name, code
        assert "warning" not in captured.err, code


def test_ingest_into_a_log_file_writes_no_progress_bar(tmp_path, fake_inputs, capsys):
    """Run from cron or a script, standard error is no terminal: the progress bar's carriage
    returns would only clutter the log, so only the summary is written."""
    assert main(["ingest", *fake_inputs.ids[:3], "--db", str(tmp_path / "log.sqlite")]) == 0
    err = capsys.readouterr().err
    assert "3 report(s) added" in err
    assert "\r" not in err and "doc/s" not in err


_ODD_VALUES = st.one_of(
    st.sampled_from(["Syria", "SY", "syr", "Iraq", "Narnia", "Ḩamāh", "Al Anbar", "Battles",
                     "Armed clash", "2014-05-09", "2014-02-30", "yesterday", "0", "-1", "3",
                     "99999999999999999999", "%", "_", "'", "\"", "💥", " ", "x" * 300]),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1,
            max_size=12).filter(lambda v: not v.startswith("-")))
_EVENT_OPTIONS = ["--country", "--admin1", "--type", "--sub-type", "--since", "--until",
                  "--actor", "--min-sources", "--limit", "--format"]


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(options=st.lists(st.tuples(st.sampled_from(_EVENT_OPTIONS), _ODD_VALUES), max_size=4),
       raw=st.booleans())
def test_any_combination_of_events_options_answers_or_is_a_usage_error(db, capsys, options,
                                                                        raw):
    """Whatever a user types, `events` answers (0) or names the bad option (2, E006 or
    argparse's message): never a traceback, never another failure."""
    argv = ["events", "--db", db, *(["--raw"] if raw else [])]
    for option, value in options:
        argv += [option, value]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refuses a value its type or choices forbid
        code = exc.code
    err = capsys.readouterr().err
    assert code in (0, 2), (argv, err)
    assert "Traceback" not in err
    if code == 2:
        assert "[E006]" in err or "error: argument" in err, (argv, err)


@pytest.mark.parametrize("command", [["ingest", "d01", "-q"], ["ingest", "d01", "--dask"],
                                     ["recluster"], ["watch", "FEEDS", "--once"]])
def test_a_read_only_store_file_is_refused_by_writing_commands_before_coding(
        read_only_store, fake_inputs, capsys, monkeypatch, tmp_path, command):
    """Before, `ingest` coded every report (on Dask too), then failed at the first write
    with E005 'attempt to write a readonly database'; `recluster` and `watch` likewise. Now
    each stops at start with a message naming the file, nothing coded; `events` still reads
    the store."""
    monkeypatch.setattr(eventdesk, "load", lambda: pytest.fail("coded before refusing"))
    monkeypatch.setattr("eventdesk.dask_run.connect", lambda *a: pytest.fail("cluster started"))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    command = [str(feeds) if part == "FEEDS" else part for part in command]
    assert main([*command, "--db", str(read_only_store)]) == 1
    err = capsys.readouterr().err
    assert f"{read_only_store}: the store file cannot be written" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert main(["events", "--db", str(read_only_store), "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("path", ["", "  "])
def test_an_empty_path_is_a_usage_error_not_the_current_folder(
        tmp_path, capsys, monkeypatch, command, path):
    """Found by generation (bench/fuzz_edges.py args): `eventdesk ingest "$FILE"` with FILE
    unset named the path "", which reads as the current folder: the whole folder it was
    run in (here a source tree, its training corpus and test data) was coded and stored.
    Now an empty PATH is a usage error and nothing is read or created."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("Gunmen killed two people in Aleppo.", encoding="utf-8")
    monkeypatch.setattr(eventdesk, "load", lambda: pytest.fail("coded the current folder"))
    db = tmp_path / "x.sqlite"
    with pytest.raises(SystemExit) as exit_:
        main([command, path, "--db" if command == "ingest" else "--format",
              str(db) if command == "ingest" else "json"])
    assert exit_.value.code == 2
    assert "argument PATH: is empty: give a value" in capsys.readouterr().err
    assert not db.exists()


def test_ingest_published_is_documented_as_the_override_it_is(capsys, tmp_path):
    """ingest --help said "for reports that lack one", yet its date replaces a JSON Lines
    record's own, as extract's does: both say so now."""
    for command in ("extract", "ingest"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "overrides dates in the input" in " ".join(capsys.readouterr().out.split())


def test_a_date_range_says_how_many_undated_events_it_left_out(tmp_path, capsys):
    """`events --since` dropped the events of a report with no publication date without a
    word (the API has include_undated, the CLI had nothing): now it counts them and
    --include-undated lists them."""
    from store_helpers import make_document, make_event

    from eventdesk.store import Store

    path = tmp_path / "undated.sqlite"
    with Store.open(path) as store:
        store.add(make_document("dated"), [make_event("dated")], extractor_version="v1")
        store.add(make_document("undated", text="Clashes broke out in Homs.", published=None),
                  [make_event("undated", event_date=None, time_precision=None, admin1="Homs",
                              location="Homs", latitude=34.73, longitude=36.72)],
                  extractor_version="v1")
    db = str(path)
    for raw in ([], ["--raw"]):
        assert main(["events", "--db", db, "--since", "2014-01-01", *raw]) == 0
        out, err = capsys.readouterr()
        assert "Homs" not in out and "Aleppo" in out
        assert "1 undated" in err and "--include-undated" in err
        assert main(["events", "--db", db, "--since", "2014-01-01", "--include-undated",
                     *raw]) == 0
        out, err = capsys.readouterr()
        assert "Homs" in out and "Aleppo" in out and "undated" not in err
    assert main(["events", "--db", db]) == 0  # no range: everything, nothing to say
    out, err = capsys.readouterr()
    assert "Homs" in out and "undated" not in err


def test_events_takes_the_api_s_interaction_fatal_and_outlet_filters(tmp_path, capsys):
    """The page and the API filter by interaction code, deaths and outlet; the CLI could
    not, so a list of state-forces-against-civilians events needed the web app."""
    from store_helpers import make_document, make_event

    from eventdesk.store import Store

    path = tmp_path / "filters.sqlite"
    with Store.open(path) as store:
        store.add(make_document("clash"), [make_event("clash")],
                  extractor_version="v1")
        store.add(make_document("raid", text="Troops killed two villagers in Homs.",
                                outlet="Homs Wire"),
                  [make_event("raid", sub_event_type="Attack",
                              event_type="Violence against civilians", actor2="Civilians "
                              "(Syria)", inter2=7, fatalities=2, admin1="Homs",
                              location="Homs", latitude=34.73, longitude=36.72)],
                  extractor_version="v1")
    db = str(path)
    for options in (["--interaction", "17"], ["--fatal"], ["--outlet", "Homs Wire"]):
        assert main(["events", "--db", db, "--raw", "--format", "jsonl", *options]) == 0
        rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert [r["doc_id"] for r in rows] == ["raid"], options
    assert main(["events", "--db", db, "--outlet", "homs wire"]) == 0
    assert "did you mean 'Homs Wire'?" in capsys.readouterr().err
    assert main(["events", "--db", db, "--interaction", "99"]) == 2
    assert "ACLED interaction code" in capsys.readouterr().err


def test_ingest_names_the_reports_it_stored_without_a_publication_date(tmp_path, capsys,
                                                                        monkeypatch):
    """`ingest` of .txt files without --published stored undated events (never merged, left
    out of every date range) and said nothing; `extract` said so, and so does it now."""
    report = tmp_path / "homs.txt"
    report.write_text("Clashes broke out in Homs on Friday, activists said.")
    monkeypatch.setattr(eventdesk, "load", lambda: FakePipeline({}))
    assert main(["ingest", str(report), "--db", str(tmp_path / "s.sqlite"), "-q"]) == 0
    assert "1 report(s) had no publication date (homs.txt)" in capsys.readouterr().err
    assert main(["ingest", str(report), "--db", str(tmp_path / "t.sqlite"), "-q",
                 "--published", "2014-05-10"]) == 0
    assert "no publication date" not in capsys.readouterr().err
@pytest.mark.parametrize("argv", [
    ["events", "--db", "{}"], ["recluster", "--db", "{}"], ["ingest", "r.txt", "--db", "{}"],
    ["ingest", "r.txt", "--dask", "--parts", "{}"], ["watch", "{}", "--once"],
    ["watch", "feeds.txt", "--db", "{}", "--once"], ["serve", "--db", "{}"],
    ["eval", "{}"], ["eval", "gold.jsonl", "--pred", "{}"], ["train", "--corpus", "{}"],
    ["train", "-o", "{}"], ["gazetteer", "--index", "{}", "info"],
    ["gazetteer", "import", "{}"], ["gazetteer", "download", "SY", "--from", "{}"]])
@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_file_or_folder_option_is_a_usage_error(tmp_path, capsys, monkeypatch, argv,
                                                          value):
    """`--db "$DB"` with DB unset: `recluster` and `eval --pred` went on with the default
    (the default store regrouped, the pipeline run instead of the predictions read), and
    `train --corpus`, `gazetteer download --from` read the current folder."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(eventdesk, "load", lambda: pytest.fail("coded something"))
    with pytest.raises(SystemExit) as exit_:
        main([value if part == "{}" else part for part in argv])
    assert exit_.value.code == 2
    assert "is empty: give a value" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
