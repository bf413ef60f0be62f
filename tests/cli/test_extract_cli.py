"""`eventdesk extract` in-process with a stand-in pipeline, plus end-to-end runs of the real one."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import eventdesk
from eventdesk.cli import main
from eventdesk.io import EVENT_EXPORT_COLUMNS, read_documents
from eventdesk.records import DocumentResult, Event

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "homs-2013-07-06.txt"
REPORT = "Syrian troops shelled the district of al-Khalidiya in Homs on Saturday, activists said."


class FakePipeline:
    """Codes "shelled" as one placed event, "riot" as one country-only event, else nothing."""

    def __init__(self):
        self.seen = []
        self.n_process = None

    def pipe(self, documents, *, n_process=1, batch_size=16):
        self.n_process = n_process
        for document in documents:
            self.seen.append(document)
            events = []
            start = document.text.find("shelled")
            if start != -1:
                events.append(Event(
                    event_type="Explosions/Remote violence",
                    sub_event_type="Shelling/artillery/missile attack", doc_id=document.doc_id,
                    evidence=document.text[start:start + 7], evidence_start=start,
                    evidence_end=start + 7, event_date=document.published, time_precision=1,
                    actor1="Military Forces of Syria", inter1=1, country="Syria",
                    admin1="Homs", location="Homs - al-Khalidiya", latitude=34.74,
                    longitude=36.70, geo_precision=1, framing={"Syrian rebels": ["gangs"]}))
            if "riot" in document.text:
                start = document.text.find("riot")
                events.append(Event(event_type="Riots", sub_event_type="Mob violence",
                                    doc_id=document.doc_id, evidence="riot",
                                    evidence_start=start, evidence_end=start + 4,
                                    country="Syria", inter1=5))
            yield DocumentResult(document, events)


@pytest.fixture
def fake(monkeypatch):
    pipeline = FakePipeline()
    monkeypatch.setattr(eventdesk, "load", lambda: pipeline)
    return pipeline


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text) if isinstance(text, str) else path.write_bytes(text)
    return str(path)


def test_names_from_the_input_are_escaped_in_messages(tmp_path, fake, capsys):
    """A doc_id or file name holding a line break or a terminal escape ("\\x1b[2J" clears
    the screen) was printed as it is: a message split over lines, or the terminal run by
    the input. Every message is one line, its odd characters shown as escapes."""
    records = [{"text": REPORT, "id": "new\nline"}, {"text": REPORT, "id": "clear\x1b[2J"},
               {"text": REPORT, "id": "y" * 5000}, {"text": REPORT, "published": "\x1b[31m"}]
    path = write(tmp_path, "odd\x1b[0m.jsonl", "\n".join(json.dumps(r) for r in records))
    assert main(["extract", path, "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 3 and "\x1b" not in err
    undated, heading, problem = err.splitlines()
    assert "(new\\nline, clear\\x1b[2J, yyy" in undated and len(undated) < 300
    assert problem.startswith(f"  {tmp_path}/odd\\x1b[0m.jsonl:4: field 'published'")


def test_table_by_default(tmp_path, fake, capsys):
    path = write(tmp_path, "homs.txt", REPORT)
    assert main(["extract", path, "--published", "2013-07-06"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("date")
    assert "2013-07-06" in out and "Shelling/artillery/missile attack" in out
    assert fake.seen[0].published == dt.date(2013, 7, 6) and fake.seen[0].doc_id == "homs.txt"
    assert err == ""


def test_machine_formats(tmp_path, fake, capsys):
    path = write(tmp_path, "homs.txt", REPORT + " A riot followed.")
    assert main(["extract", path, "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["event_type"] for r in records] == ["Explosions/Remote violence", "Riots"]
    assert all(r["doc_id"] == "homs.txt" for r in records)
    assert "no publication date" in err
    assert main(["extract", path, "--format", "csv", "--published", "2013-07-06"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == EVENT_EXPORT_COLUMNS and len(rows) == 3
    assert main(["extract", path, "--format", "geojson"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)["features"]) == 1
    assert "1 event(s) without coordinates left out of the GeoJSON" in err


def test_placed_only(tmp_path, fake, capsys):
    path = write(tmp_path, "homs.txt", REPORT + " A riot followed.")
    assert main(["extract", path, "--format", "json", "--placed-only"]) == 0
    out, err = capsys.readouterr()
    assert [r["event_type"] for r in json.loads(out)] == ["Explosions/Remote violence"]
    assert "1 event(s) placed no better than a country left out" in err


def test_output_file_is_written_atomically(tmp_path, fake, capsys):
    path = write(tmp_path, "homs.txt", REPORT)
    target = tmp_path / "out.jsonl"
    target.write_text("old contents\n")
    assert main(["extract", path, "--format", "jsonl", "-o", str(target)]) == 0
    assert json.loads(target.read_text())["doc_id"] == "homs.txt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["homs.txt", "out.jsonl"]
    assert "written to" in capsys.readouterr().err


def test_failed_run_leaves_the_old_output(tmp_path, fake, capsys, monkeypatch):
    path = write(tmp_path, "homs.txt", REPORT)
    target = tmp_path / "out.csv"
    target.write_text("old contents\n")

    def broken(coded, fmt, out):
        out.write("half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("eventdesk.io.write_coded", broken)
    assert main(["extract", path, "--format", "csv", "-o", str(target)]) == 1
    # E014 naming the file, as every other command's output (it was an uncoded line)
    assert capsys.readouterr().err.strip().splitlines()[-1] == (
        f"eventdesk: error [E014]: -o {target}: cannot be written (No space left on device); "
        "the file was left as it was")
    assert target.read_text() == "old contents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["homs.txt", "out.csv"]


def test_bad_inputs_are_listed_and_the_batch_goes_on(tmp_path, fake, capsys):
    good = write(tmp_path, "good.txt", REPORT)
    empty = write(tmp_path, "a.txt", "")
    binary = write(tmp_path, "b.bin", b"Fighting in Homs." + b"\xff\xfe")
    assert main(["extract", empty, good, binary]) == 0
    out, err = capsys.readouterr()
    assert "Shelling" in out
    assert (f"2 document(s) skipped:\n  {empty}: empty file\n  {binary}: not UTF-8 text "
            "(byte 17, line 1, 0xff): save it as UTF-8" in err)
    assert [d.doc_id for d in fake.seen] == ["good.txt"]


def test_a_pipe_given_up_unread_exits_1_with_each_skipped_line_on_its_own(tmp_path, fake,
                                                                          capsys):
    """Reports past 100 lines in a row of no JSON were never read: the run is incomplete, so
    not exit 0; the skipped lines are listed one a line, not joined into one."""
    import threading

    fifo = tmp_path / "reports.jsonl"
    os.mkfifo(fifo)
    lines = [json.dumps({"text": REPORT})] + ["noise"] * 120 + [json.dumps({"text": REPORT})]

    def feed():
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")

    threading.Thread(target=feed, daemon=True).start()
    assert main(["extract", str(fifo), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and len(fake.seen) == 1
    assert f"101 document(s) skipped:\n  {fifo}:2: malformed JSON line" in err
    assert f"\n  {fifo}:102: stopped reading here: lines 2–101" in err


def test_nothing_processed_exits_1(tmp_path, fake, capsys):
    empty = write(tmp_path, "a.txt", "")
    assert main(["extract", empty]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "empty file" in err and "nothing could be processed" in err
    assert "Traceback" not in err


def test_every_record_skipped_is_an_input_error_saying_how_many(tmp_path, fake, capsys):
    bad = write(tmp_path, "bad.jsonl", '{"text": ""}\n{"nothing": 1}\nnot json\n'
                '{"text": "Shelling in Homs.", "published": "2014-05-10T99:00"}\n')
    assert main(["extract", bad]) == 1
    out, err = capsys.readouterr()
    assert out == "" and fake.seen == []
    assert "4 document(s) skipped" in err
    assert "error [E001]: nothing could be processed: 4 input(s) skipped" in err
    # the bad time names its record (file and line)
    assert f"{bad}:4: field 'published': the publication date '2014-05-10T99:00'" in err


def test_one_good_record_among_bad_ones_exits_0(tmp_path, fake, capsys):
    mixed = write(tmp_path, "mixed.jsonl", '{"text": ""}\n{"text": "' + REPORT + '"}\n')
    assert main(["extract", mixed]) == 0
    err = capsys.readouterr().err
    assert "1 document(s) skipped" in err and "nothing could be processed" not in err


def test_an_impossible_published_time_is_a_usage_error(tmp_path, fake, capsys):
    good = write(tmp_path, "good.txt", REPORT)
    assert main(["extract", good, "--published", "2014-05-10T99:00"]) == 2
    err = capsys.readouterr().err
    assert "[E006]" in err and "'2014-05-10T99:00'" in err and "time of day" in err
    assert fake.seen == []


def test_a_missing_path_is_a_usage_error_before_any_coding(tmp_path, fake, capsys):
    good = write(tmp_path, "good.txt", REPORT)
    output = tmp_path / "events.csv"
    missing = str(tmp_path / "missing.txt")
    assert main(["extract", good, missing, "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert f"no such file or folder: {missing}; nothing was coded" in err
    assert fake.seen == [] and not output.exists()


def test_no_events_is_a_note_not_an_error(tmp_path, fake, capsys):
    path = write(tmp_path, "calm.txt", "The weather in Damascus was pleasant on Friday.")
    assert main(["extract", path, "--published", "2013-07-06"]) == 0
    assert "no events found in 1 report(s): calm.txt" in capsys.readouterr().err


def test_impossible_published_is_a_usage_error(tmp_path, fake, capsys):
    path = write(tmp_path, "homs.txt", REPORT)
    assert main(["extract", path, "--published", "2013-02-30"]) == 2
    err = capsys.readouterr().err
    assert "[E006]" in err and "2013-02-30" in err and "Traceback" not in err
    assert fake.seen == []


def test_bad_options(tmp_path, fake, capsys):
    path = write(tmp_path, "homs.txt", REPORT)
    assert main(["extract", path, "--jobs", "-3"]) == 2
    assert main(["extract", path, "-o", str(tmp_path / "nowhere" / "x.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_jobs_and_jsonl_input(tmp_path, fake, capsys, monkeypatch):
    monkeypatch.setattr("eventdesk.cli.cores", lambda: 4)
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"text": REPORT, "id": "r7", "published": "2013-07-06"}) + "\n")
    assert main(["extract", str(batch), "--jobs", "2", "--format", "jsonl"]) == 0
    [record] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert record["doc_id"] == "r7" and record["event_date"] == "2013-07-06"
    assert fake.n_process == 2


@pytest.mark.slow
def test_real_pipeline_on_the_samples(capsys):
    assert main(["extract", str(ROOT / "samples"), "--format", "jsonl"]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    texts = {}
    for doc in read_documents([str(ROOT / "samples")]):
        texts[doc.doc_id] = doc.text
    assert {"homs-2013-07-06.txt", "page.html"} <= {r["doc_id"] for r in records}
    for r in records:
        text = texts[r["doc_id"]]
        assert text[r["evidence_start"]:r["evidence_end"]] == r["evidence"]


@pytest.mark.slow
def test_subprocess_on_the_homs_sample(tmp_path):
    exe = Path(sys.executable).with_name("eventdesk")
    result = subprocess.run(
        [str(exe), "extract", str(SAMPLE), "--published", "2013-07-06", "--format", "csv",
         "-o", str(tmp_path / "homs.csv")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader((tmp_path / "homs.csv").open(newline="")))
    assert rows and all(r["doc_id"] == "homs-2013-07-06.txt" for r in rows)
    assert any(r["event_type"] == "Battles" and r["admin1"] == "Homs" for r in rows)
    table = subprocess.run([str(exe), "extract", str(SAMPLE), "--published", "2013-07-06"],
                           capture_output=True, text=True, timeout=300)
    assert table.returncode == 0 and table.stdout.startswith("date")
    assert "Traceback" not in table.stderr


def test_a_failing_report_is_listed_and_the_others_written(tmp_path, monkeypatch, capsys):
    from eventdesk.records import DocumentFailure

    class Failing(FakePipeline):
        def pipe(self, documents, **kwargs):
            for document, events in super().pipe(documents, **kwargs):
                if "BOOM" in document.text:
                    failure = DocumentFailure(document.doc_id, "E008", "KeyError: 'HK'")
                    yield DocumentResult(document, [], failure)
                else:
                    yield DocumentResult(document, events)

    monkeypatch.setattr(eventdesk, "load", lambda: Failing())
    good = write(tmp_path, "a.txt", REPORT)
    bad = write(tmp_path, "b.txt", "BOOM " + REPORT)
    out = tmp_path / "out.jsonl"
    assert main(["extract", good, bad, "--format", "jsonl", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "failed [E008]: b.txt: KeyError: 'HK'" in err
    assert "1 of 2 report(s) failed" in err and "1 report(s) written" in err
    assert [json.loads(x)["doc_id"] for x in out.read_text().splitlines()] == ["a.txt"]


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31"])
def test_published_out_of_range_is_a_usage_error(tmp_path, fake, capsys, value):
    path = write(tmp_path, "homs.txt", REPORT)
    assert main(["extract", path, "--published", value]) == 2
    err = capsys.readouterr().err
    assert "[E006]" in err and "outside 1900-01-01" in err and "Traceback" not in err
    assert fake.seen == []


@pytest.mark.parametrize("name, first_line_starts", [
    ("events.csv", "event_id_cnty,"), ("events.jsonl", '{"event_id_cnty"'),
    ("events.CSV", "event_id_cnty,"),
    ("events.geojson", '{\n  "type": "FeatureCollection"'), ("events.txt", "date "),
])
def test_the_output_extension_picks_the_format(tmp_path, fake, capsys, name, first_line_starts):
    path = write(tmp_path, "homs.txt", REPORT)
    target = tmp_path / name
    assert main(["extract", path, "-o", str(target)]) == 0
    assert target.read_text().lstrip().startswith(first_line_starts)


def test_an_explicit_format_wins_over_the_extension(tmp_path, fake, capsys):
    path = write(tmp_path, "homs.txt", REPORT)
    target = tmp_path / "events.csv"
    assert main(["extract", path, "--format", "jsonl", "-o", str(target)]) == 0
    assert json.loads(target.read_text().splitlines()[0])["doc_id"] == "homs.txt"


def test_output_file_gets_the_users_umask(tmp_path, fake, capsys):
    import os

    path = write(tmp_path, "homs.txt", REPORT)
    target = tmp_path / "out.csv"
    old = os.umask(0o027)
    try:
        assert main(["extract", path, "-o", str(target)]) == 0
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("output, words", [
    ("missing-folder/events.csv", "does not exist"),
    ("", "give a file name"),
    (".", "is a folder"),
])
def test_a_bad_output_path_is_refused_before_any_report_is_coded(tmp_path, fake, capsys,
                                                                 monkeypatch, output, words):
    """Hours of coding must not end in 'the folder does not exist': -o is checked first."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(REPORT)
    assert main(["extract", "a.txt", "-o", output]) == 2
    err = capsys.readouterr().err
    assert "[E006]" in err and words in err
    assert fake.seen == []


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_more_jobs_than_cores_are_clamped_to_the_cores_with_a_note(tmp_path, fake, capsys,
                                                                   monkeypatch, command):
    """--jobs 10000 forked ten thousand processes, each loading its own pipeline; now the
    cores this process may use are the most, and standard error says so."""
    monkeypatch.setattr("eventdesk.cli.cores", lambda: 3)
    fake.version = "test"  # the store records which pipeline coded a report
    path = write(tmp_path, "homs.txt", REPORT)
    extra = ["--db", str(tmp_path / "x.sqlite")] if command == "ingest" else []
    assert main([command, path, "--jobs", "10000", *extra]) == 0
    assert fake.n_process == 3
    assert "--jobs 10000 is more than the 3 core(s) this process may use; using 3" in \
        capsys.readouterr().err


def test_workers_are_clamped_to_the_cores_and_zero_is_a_usage_error(tmp_path, capsys,
                                                                      monkeypatch):
    from eventdesk import dask_run
    from eventdesk.errors import ClusterError

    monkeypatch.setattr("eventdesk.cli.cores", lambda: 2)
    asked = []

    def connect(scheduler, workers):
        asked.append(workers)
        raise ClusterError("no cluster in this test")

    monkeypatch.setattr(dask_run, "connect", connect)
    path = write(tmp_path, "homs.txt", REPORT)
    out = str(tmp_path / "out")
    assert main(["extract", path, "--dask", "--workers", "0", "-o", out]) == 2
    assert "--workers must be at least 1, not 0" in capsys.readouterr().err
    assert main(["extract", path, "--dask", "--workers", "500", "-o", out]) == 1
    assert asked == [2]
    assert "--workers 500 is more than the 2 core(s)" in capsys.readouterr().err


class _ReportStream:
    """Standard input of report lines that notes, at each line asked for, how many records
    standard output already holds; it ends after `total` lines."""

    def __init__(self, captured, total):
        self.captured, self.total, self.asked, self.written_when_asked = captured, total, 0, []

    def readline(self, size=-1):
        self.asked += 1
        self.written_when_asked.append(self.captured().count("\n"))
        if self.asked > self.total:
            return b""
        return (json.dumps({"text": REPORT, "id": f"r{self.asked}"}) + "\n").encode()

    def fileno(self):
        raise io.UnsupportedOperation


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "geojson", "table"])
def test_records_are_written_as_reports_are_coded_not_after_the_input_ends(
        fake, capsys, monkeypatch, fmt):
    stream = _ReportStream(lambda: sys.stdout.getvalue(), total=30)
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stream})())
    monkeypatch.setattr("eventdesk.io.writers.TABLE_BLOCK", 5)  # a table comes in blocks
    assert main(["extract", "-", "--format", fmt]) == 0
    # while report 20 was being read, the records of the reports before it were out
    assert stream.written_when_asked[19] >= 10
    out = capsys.readouterr().out
    if fmt == "jsonl":
        assert [json.loads(x)["doc_id"] for x in out.splitlines()] == \
            [f"r{i}" for i in range(1, 31)]
    if fmt in ("json", "geojson"):
        data = json.loads(out)
        assert len(data if fmt == "json" else data["features"]) == 30
    if fmt == "table":  # six blocks of five, each with its header
        assert out.count("\ndoc ") + out.startswith("doc ") == 6


def test_a_piped_stream_of_reports_is_written_before_it_ends(tmp_path):
    """The real command on a pipe that stays open: records come out as reports go in."""
    import select

    exe = Path(sys.executable).with_name("eventdesk")
    process = subprocess.Popen([str(exe), "extract", "-", "--format", "jsonl"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        for i in range(20):
            process.stdin.write((json.dumps({"text": REPORT, "id": f"r{i}",
                                             "published": "2013-07-06"}) + "\n").encode())
        process.stdin.flush()  # and the input stays open
        ready, _, _ = select.select([process.stdout], [], [], 300)
        assert ready, "no record was written while the input was open"
        first = os.read(process.stdout.fileno(), 1 << 16)
    finally:
        rest, err = process.communicate(timeout=300)  # closes the input
    assert json.loads(first.split(b"\n")[0])["doc_id"] == "r0"
    assert process.returncode == 0 and b"Traceback" not in err
    assert len((first + rest).splitlines()) == 20


def test_an_output_named_for_a_format_eventdesk_does_not_write_is_refused(tmp_path, fake,
                                                                          capsys):
    """`-o events.xlsx` wrote an aligned text table that Excel calls corrupt: now a usage
    error pointing to .csv, before anything is coded or written; --format still names it."""
    path = write(tmp_path, "homs.txt", REPORT)
    for name in ("events.xlsx", "events.TSV"):
        assert main(["extract", path, "-o", str(tmp_path / name)]) == 2
        err = capsys.readouterr().err
        assert "writes no ." in err and "name a .csv" in err
        assert not (tmp_path / name).exists() and fake.seen == []
    assert main(["extract", path, "-o", str(tmp_path / "events.xlsx"), "--format", "csv"]) == 0
    assert (tmp_path / "events.xlsx").read_text().startswith("event_id_cnty,")


def test_reports_without_a_date_are_named_and_the_advice_fits_a_mixed_file(tmp_path, fake,
                                                                            capsys):
    """"(give --published)" was the advice for a JSON Lines file where one record of many
    lacked a date, though --published would replace every record's own date."""
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (
        {"id": "dated", "published": "2013-07-06", "text": REPORT},
        *({"id": f"u{n}", "text": REPORT} for n in range(7)))))
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    err = capsys.readouterr().err
    assert "7 report(s) had no publication date (u0, u1, u2, u3, u4 …)" in err
    assert "give each a 'published' date, or --published DATE for every report" in err


def test_a_folder_s_files_of_other_kinds_are_a_note_not_a_skipped_document(tmp_path, fake,
                                                                          capsys):
    """"1 document(s) skipped: folder: 2 file(s) of other kinds ... passed over" read as a
    failed report though every report was coded."""
    folder = tmp_path / "desk"
    folder.mkdir()
    write(folder, "homs.txt", REPORT)
    write(folder, "scan.pdf", b"%PDF-1.4")
    write(folder, "notes.md", REPORT)
    assert main(["extract", str(folder), "--published", "2013-07-06"]) == 0
    err = capsys.readouterr().err
    assert f"eventdesk: note: {folder}: 2 file(s) of other kinds" in err
    assert "skipped" not in err
