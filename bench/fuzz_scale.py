"""bench/fuzz_edges.py's `scale` target: the Dask path's partitions (a report failing, a
worker lost, result files damaged, an input removed), without a cluster."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from fuzz_formats import warc_bytes
from fuzz_inputs import REPORT, STATS, Coder, target
from hypothesis import strategies as st

from eventdesk.records import DocumentResult


class PartitionCoder(Coder):
    """A worker's pipeline: a report saying FAIL is a failure result (as the pipeline
    gives), one saying CRASH ends the partition while `crash` is set (a worker lost)."""

    crash = True

    def pipe(self, documents, *, n_process=1, batch_size=16):
        from eventdesk.records import DocumentFailure

        for d in documents:
            if "CRASH" in d.text and PartitionCoder.crash:
                raise RuntimeError(f"worker lost on {d.doc_id}")
            if "FAIL" in d.text:
                yield DocumentResult(d, [], DocumentFailure(d.doc_id, "E008", "RuntimeError"))
            else:
                yield from super().pipe([d])


SCALE_LINE = st.sampled_from([REPORT, f"FAIL {REPORT}", f"CRASH {REPORT}", "", "{", "[1]",
                              "Clashes in Aleppo.", "x" * 5000])
SCALE_FILE = st.tuples(st.sampled_from(["jsonl", "txt", "html", "warc", "jsonl.gz"]),
                       st.lists(SCALE_LINE, max_size=5))
DAMAGE = st.tuples(st.sampled_from(["none", "none", "cut", "gone", "junk", "double",
                                    "documents-cut", "documents-gone"]), st.integers(0, 400))


def scale_inputs(folder: Path, files) -> list[str]:
    import gzip

    paths = []
    for k, (kind, lines) in enumerate(files):
        path = folder / f"in{k}.{kind}"
        records = [json.dumps({"text": t, "id": f"f{k}-{n}"}) if t not in ("", "{", "[1]")
                   else t for n, t in enumerate(lines)]
        if kind in ("jsonl", "jsonl.gz"):
            data = "\n".join(records).encode()
            path.write_bytes(gzip.compress(data) if kind.endswith("gz") else data)
        elif kind == "warc":
            path.write_bytes(warc_bytes([{
                "type": "response", "status": "200 OK", "content_type": "text/html",
                "payload": f"<html><body><p>{escape(t)}</p></body></html>",
                "encoding": "utf-8", "uri": f"http://x.test/{k}/{n}"}
                for n, t in enumerate(lines)], False))
        else:
            path.write_text(" ".join(lines), encoding="utf-8")
        paths.append(str(path))
    return paths


def _damage_partition(out: Path, name: str, damage: tuple[str, int]) -> None:
    how, at = damage
    events, documents = out / f"{name}.events.jsonl", out / f"{name}.documents.jsonl"
    target = documents if how.startswith("documents") else events
    if how == "none" or not target.exists():
        return
    data = target.read_bytes()
    if how.endswith("gone"):
        target.unlink()
    elif how.endswith("cut"):
        target.write_bytes(data[:at % max(1, len(data))])
    elif how == "junk":
        target.write_bytes(data + b"{not json\n")
    else:
        target.write_bytes(data + data)


def _load(out: Path, partitions, db: str) -> tuple[list, object]:
    """The partitions' results stored as `ingest --dask` stores them; the problems."""
    from eventdesk.io.inputs import InputProblem
    from eventdesk.scale import results
    from eventdesk.store import Store

    problems = []

    def coded():
        for item in results(out, partitions):
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                yield item

    with Store.open(db) as store:
        report = store.store_coded(coded(), extractor_version="fuzz-1", progress=False)
    return problems, report


@target(st.lists(SCALE_FILE, min_size=1, max_size=4), st.integers(1, 3),
        st.lists(DAMAGE, min_size=6, max_size=6), st.booleans())
def scale(files, partition_size, damages, remove_input):
    """The Dask path without a cluster: each partition coded as a worker codes it (a report
    failing, a worker lost on one, empty partitions), result files damaged, an input
    removed after planning; loading never raises, names each damaged partition, and a
    second run (coding what is unfinished, loading all again) stores exactly what one
    clean run stores."""
    from eventdesk import scale as scaling
    from eventdesk.pipeline import Pipeline

    real = Pipeline.load
    Pipeline.load = classmethod(lambda cls: PartitionCoder())
    try:
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            (folder / "src").mkdir()
            paths = scale_inputs(folder / "src", files)
            partitions, _ = scaling.plan(paths, partition_size=partition_size,
                                         version="fuzz-1")
            clean, out = folder / "clean", folder / "parts"
            for where in (clean, out):
                where.mkdir()
            PartitionCoder.crash = False
            for p in partitions:
                scaling.code_partition(p, out_dir=str(clean), version="fuzz-1")
            _, want = _load(clean, partitions, str(folder / "clean.sqlite"))
            PartitionCoder.crash = True
            lost = []
            if remove_input and paths:
                Path(paths[-1]).rename(folder / "away")
            for p, damage in zip(partitions, damages * 10, strict=False):
                try:
                    scaling.code_partition(p, out_dir=str(out), version="fuzz-1")
                except Exception as exc:  # noqa: BLE001 - a partition lost, as on Dask
                    lost.append((p.name, exc))
                    continue
                _damage_partition(out, p.name, damage)
            problems, _ = _load(out, partitions, str(folder / "run.sqlite"))
            for problem in problems:
                assert "\n" not in problem.message and problem.path, problem
            STATS["scale: partitions"] += len(partitions)
            STATS["scale: partitions lost"] += len(lost)
            STATS["scale: damaged partitions named"] += sum(
                "damaged partition" in p.message for p in problems)
            if remove_input:
                (folder / "away").rename(paths[-1])
            PartitionCoder.crash = False
            for p in partitions:
                scaling.code_partition(p, out_dir=str(out), version="fuzz-1")
            _load(out, partitions, str(folder / "run.sqlite"))
            got, expected = _stored(folder / "run.sqlite"), _stored(folder / "clean.sqlite")
            assert got == expected, ([(what, a, b) for what, a, b in zip(
                ("documents", "hashes", "failures", "events"), got, expected, strict=True)
                if a != b], want)
    finally:
        Pipeline.load = real


def _stored(db: Path) -> list:
    from eventdesk.store import Store

    with Store.open(db, readonly=True) as store:
        documents = store._query("SELECT content_hash FROM documents ORDER BY content_hash")
        failures = store._query("SELECT doc_id FROM failures ORDER BY doc_id")
        events = store._query("SELECT evidence FROM events ORDER BY evidence")
    return [len(documents), documents, [f["doc_id"] for f in failures], events]
