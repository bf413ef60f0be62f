"""How a distributed run cuts its inputs into partitions, and what a partition's name
depends on (a re-run keeps exactly the partitions whose inputs did not change)."""

from __future__ import annotations

import os

import pytest
from corpus import build

from eventdesk import scale
from eventdesk.errors import ClusterError, UsageError


def test_json_lines_are_sliced_warc_whole_other_files_grouped(tmp_path):
    texts, jsonl, packed, warc = build(tmp_path)
    partitions, problems = scale.plan([texts, jsonl, packed, warc, str(tmp_path / "nope")],
                                      partition_size=2, version="v1")
    assert [(p.files, p.start, p.stop) for p in partitions] == [
        ((f"{texts}/homs.txt", f"{texts}/page.html"), 0, None),
        ((jsonl,), 0, 2), ((jsonl,), 2, 4),
        ((packed,), 0, 2),
        ((warc,), 0, None)]
    assert [p.message for p in problems] == ["no such file or folder"]
    assert len({p.name for p in partitions}) == 5


def test_a_partition_name_changes_with_its_inputs_version_and_options(tmp_path):
    texts, jsonl, packed, warc = build(tmp_path)
    inputs = [texts, jsonl, packed, warc]
    names = [p.name for p in scale.plan(inputs, partition_size=2, version="v1")[0]]
    assert names == [p.name for p in scale.plan(inputs, partition_size=2, version="v1")[0]]
    stat = os.stat(packed)
    os.utime(packed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    touched = [p.name for p in scale.plan(inputs, partition_size=2, version="v1")[0]]
    assert [a == b for a, b in zip(names, touched, strict=True)] == [True, True, True, False,
                                                                     True]
    for options in ({"version": "v2"}, {"version": "v1", "placed_only": True}):
        other = [p.name for p in scale.plan(inputs, partition_size=2, **options)[0]]
        assert not set(other) & set(names)


def test_stdin_and_a_zero_partition_size_are_usage_errors():
    with pytest.raises(UsageError, match="standard input"):
        scale.plan(["-"])
    with pytest.raises(UsageError, match="at least 1"):
        scale.plan(["samples"], partition_size=0)


@pytest.mark.slow
def test_a_worker_with_another_eventdesk_refuses_the_partition(tmp_path):
    texts, *_ = build(tmp_path)
    [partition], _ = scale.plan([texts], version="0.0.0+other")
    with pytest.raises(ClusterError, match="install the same eventdesk on every worker"):
        scale.code_partition(partition, out_dir=str(tmp_path), version="0.0.0+other")
    assert not list(tmp_path.glob("part-*"))


def test_files_whose_names_are_not_utf8_are_planned_and_read(tmp_path):
    """A Latin-1 file name (lone surrogates in Python) raised UnicodeEncodeError out of the
    partition key: the whole distributed run stopped with a traceback."""
    from eventdesk.records import Document

    report = '{"text": "Troops shelled Homs on Friday, killing five people."}\n'
    for name in (b"caf\xe9.jsonl", b"caf\xe9.txt"):
        (tmp_path / os.fsdecode(name)).write_text(report, encoding="utf-8")
    partitions, problems = scale.plan([str(tmp_path)], partition_size=2, version="v1")
    assert problems == [] and len({p.name for p in partitions}) == 2
    documents = [d for p in partitions for d in scale._documents(p, None)]
    assert all(isinstance(d, Document) for d in documents)
    assert sorted(d.doc_id for d in documents) == ["caf\\xe9.jsonl:1", "caf\\xe9.txt"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_named_as_json_lines_is_a_problem_not_counted_forever(tmp_path):
    """/dev/zero named x.jsonl: counting its lines to split it never ended; now it is an
    input problem naming it, and the run plans the other files."""
    link = tmp_path / "zero.jsonl"
    link.symlink_to("/dev/zero")
    good = tmp_path / "a.txt"
    good.write_text("Troops shelled Homs on Saturday.", encoding="utf-8")
    partitions, problems = scale.plan([str(link), str(good)])
    assert [p.path for p in problems] == [str(link)]
    assert "pipe or device" in problems[0].message
    assert [p.files for p in partitions] == [(str(good),)]


class _Coder:
    """Stands in for the pipeline on a worker: one event a report."""

    version = "v1"

    def pipe(self, documents):
        from eventdesk.records import DocumentResult, Event

        for d in documents:
            yield DocumentResult(d, [Event(
                event_type="Battles", sub_event_type="Armed clash", doc_id=d.doc_id,
                evidence=d.text[:5], evidence_start=0, evidence_end=5, country="Syria")])


@pytest.mark.parametrize("damage", ["cut", "gone", "junk", "count"])
def test_a_damaged_partition_is_named_not_loaded_and_coded_again(tmp_path, monkeypatch,
                                                                 damage):
    """Found while writing bench/fuzz_edges.py scale: a finished partition whose events
    file was cut short, deleted or garbled (a half-copied shared folder, a full disk) ended
    the load in a traceback (StopIteration, FileNotFoundError, JSONDecodeError) after the
    partitions before it were stored, and every re-run reused it as finished. Now it is a
    problem naming its file, none of it loaded, and the next run codes it again."""
    import json

    from eventdesk.io import InputProblem
    from eventdesk.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls: _Coder()))
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"text": f"Clashes in Homs, day {i}.", "id": f"r{i}"})
                              + "\n" for i in range(4)), encoding="utf-8")
    partitions, _ = scale.plan([str(source)], partition_size=2, version="v1")
    out = tmp_path / "parts"
    out.mkdir()
    for partition in partitions:
        scale.code_partition(partition, out_dir=str(out), version="v1")
    events = out / f"{partitions[0].name}.events.jsonl"
    lines = events.read_text(encoding="utf-8").splitlines(keepends=True)
    if damage == "gone":
        events.unlink()
    else:
        events.write_text({"cut": lines[0], "junk": "{cut sh", "count": "".join(lines * 2)}[
            damage], encoding="utf-8")
    items = list(scale.results(out, partitions))
    problem = items[0]
    assert isinstance(problem, InputProblem) and problem.unread
    assert problem.path == str(out / f"{partitions[0].name}.documents.jsonl")
    assert problem.message.startswith("damaged partition results (")
    assert problem.message.endswith("not loaded, and removed so that the next run codes the "
                                    "partition again") and "\n" not in problem.message
    assert [doc.doc_id for doc, _ in items[1:]] == ["r2", "r3"]
    again = scale.code_partition(partitions[0], out_dir=str(out), version="v1")
    assert not again.reused and again.events == 2
    assert [doc.doc_id for doc, _ in scale.results(out, partitions)] == ["r0", "r1", "r2", "r3"]


def test_an_input_gone_since_planning_fails_its_partition_to_be_coded_later(tmp_path,
                                                                           monkeypatch):
    """Found by generation (bench/fuzz_edges.py scale): a file gone between planning and
    coding (a shared folder unmounted for a moment, a file being replaced) was coded as
    "no such file" into a finished, empty partition, which every later run kept under the
    same name: its reports were never coded. Now the partition fails (a re-run retries
    it), and once the file is back it is coded."""
    monkeypatch.setattr("eventdesk.pipeline.Pipeline.load", classmethod(lambda cls: _Coder()))
    source = tmp_path / "a.txt"
    source.write_text("Clashes in Homs on Friday.", encoding="utf-8")
    [partition], _ = scale.plan([str(source)], version="v1")
    source.rename(tmp_path / "away")
    with pytest.raises(ClusterError, match=r"a\.txt: gone since the run was planned"):
        scale.code_partition(partition, out_dir=str(tmp_path), version="v1")
    assert not list(tmp_path.glob("part-*"))
    (tmp_path / "away").rename(source)
    assert scale.code_partition(partition, out_dir=str(tmp_path), version="v1").events == 1


def test_a_results_file_left_half_written_by_a_killed_worker_is_removed(tmp_path):
    """A worker killed while writing a partition's results left '.part-….tmp' in the results
    folder for ever; the next write of that file removes the copies of processes gone on
    this machine, and keeps those of running ones and of other machines."""
    import subprocess
    import sys

    from eventdesk import orphans

    target = tmp_path / "part-00000-abc.events.jsonl"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    gone = tmp_path / f".{target.name}.{dead}-{orphans.HOST}.tmp"
    running = tmp_path / f".{target.name}.{os.getppid()}-{orphans.HOST}.tmp"
    elsewhere = tmp_path / f".{target.name}.{dead}-0000ffff.tmp"
    for path in (gone, running, elsewhere):
        path.write_text("half", encoding="utf-8")
    with scale._atomic(target) as out:
        out.write("whole\n")
    assert target.read_text(encoding="utf-8") == "whole\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, running.name, elsewhere.name])
