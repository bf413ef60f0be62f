"""`eventdesk extract` end to end over a batch of hostile records (issue 7): every bad record
is named with its file and line and the problem, the good ones are all written, in every
output format, and no traceback is printed."""

from __future__ import annotations

import csv
import json

import pytest

from eventdesk.cli import main

REPORT = "Gunmen killed two civilians in Aleppo on Friday, residents said."
GOOD = [
    {"text": REPORT + " \u202eقتل مسلحون\u202c \x07\x1b", "doc_id": "rtl",
     "published": "2014-05-10"},
    {"text": REPORT, "doc_id": "x" * 5000, "published": "2014-05-10"},
    {"text": REPORT, "doc_id": "a,b\n\"c\"\r\n", "outlet": "\t", "title": "\n\n",
     "published": "Sat, 10 May 2014 10:00:00 +1400"},
    {"text": REPORT.replace("two", "9223372036854775808"), "doc_id": "toll",
     "published": "2014-05-10"},
    {"text": REPORT, "doc_id": 12345678901234567890123, "published": None},
]
BAD = [  # (JSON line, what the message says)
    ('{"text": "%s", "n": %s}' % (REPORT, "1" * 5000), "over 4,300 digits"),  # noqa: UP031
    ('{"text": "x", "doc_id": "\\ud800"}', "not valid Unicode"),
    ('{"text": "%s", "published": "2014-02-30"}' % REPORT, "does not exist"),  # noqa: UP031
    ('{"text": "%s", "published": [1]}' % REPORT, "cannot read the publication date"),  # noqa: UP031
    ('{"text": null}', "no 'text' field"),
    ('[' * 5000 + ']' * 5000, "nested too deep"),
]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "table"])
def test_a_hostile_batch_names_each_bad_record_and_writes_the_rest(tmp_path, capsys, fmt):
    lines = [json.dumps(record) for record in GOOD]
    for line, _ in BAD:
        lines.insert(2, line)
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    code = main(["extract", str(batch), "--format", fmt, "-o", str(out), "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err  # skipped records are reported, not failed
    for n, (_, words) in enumerate(reversed(BAD), start=3):
        assert f"{batch}:{n}: " in err and words in err
    written = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        ids = {json.loads(line)["doc_id"] for line in written.splitlines()}
        assert ids == {str(record["doc_id"]) for record in GOOD}
    elif fmt == "csv":
        with out.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert {row["doc_id"] for row in rows} == {str(record["doc_id"]) for record in GOOD}
    elif fmt == "geojson":
        assert len(json.loads(written)["features"]) == len(GOOD)
