"""Generated report files in every encoding and framing a desk receives (`lines`): JSON
Lines, plain text and HTML saved as UTF-8 (with or without a BOM), UTF-16 (either byte
order), Latin-1; line ends LF, CRLF or mixed; lines that are arrays, numbers, strings, null,
objects without text, NUL bytes; gzip'd or not. Every report line must be read with its
text exactly, every other line named with its file and line number, and nothing may
raise. bench/fuzz_inputs.py covers the formats' contents, this file their encodings.
Not part of CI: run it by hand.

    .venv/bin/python bench/fuzz_encodings.py --n 300
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import fuzz_inputs  # noqa: E402
from fuzz_inputs import REPORT, target  # noqa: E402

from eventdesk.io import InputProblem, read_documents  # noqa: E402
from eventdesk.records import Document  # noqa: E402

WORDS = st.sampled_from([REPORT, "Montréal — “quoted” said", "حلب قصف", "日本語 🙂 ok",
                         "tab\there", "Ḩamāh shelled", "a\u2028b"])
LINE = st.one_of(
    st.tuples(st.just("report"), WORDS),
    st.tuples(st.sampled_from(["[1, 2]", "5", '"a string"', "null", "true", "{}",
                               '{"text": 5}', '{"text": ["a"]}', "{", '{"text": ""}']),
              st.just("")).map(lambda t: ("other", t[0])),
    st.just(("blank", "")))
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom",
                            "latin-1"])
NEWLINE = st.sampled_from(["\n", "\r\n", "mixed"])


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding, errors="replace")


def representable(text: str, encoding: str) -> bool:
    return encoding != "latin-1" or text.encode("latin-1", errors="ignore").decode(
        "latin-1") == text


@target(st.lists(LINE, min_size=1, max_size=8), ENCODING, NEWLINE, st.booleans())
def lines(items, encoding, newline, gzipped):
    """A JSON Lines file: each report line read with its text, each other line named."""
    rendered, expected = [], {}
    for number, (kind, value) in enumerate(items, start=1):
        if kind == "report":
            rendered.append(json.dumps({"text": value, "doc_id": f"d{number}"},
                                       ensure_ascii=number % 2 == 0))
            if representable(value, encoding) or number % 2 == 0:
                expected[f"d{number}"] = value
        else:
            rendered.append(value)
    ends = ["\r\n" if newline == "\r\n" or (newline == "mixed" and i % 2) else "\n"
            for i in range(len(rendered))]
    data = encode("".join(line + end for line, end in zip(rendered, ends, strict=True)),
                  encoding)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("in.jsonl.gz" if gzipped else "in.jsonl")
        path.write_bytes(gzip.compress(data) if gzipped else data)
        found = list(read_documents([str(path)]))
    read = {d.doc_id: d.text for d in found if isinstance(d, Document)}
    for doc_id, text in expected.items():
        assert read.get(doc_id) == text, (doc_id, read.get(doc_id), found)
    for problem in (p for p in found if isinstance(p, InputProblem)):
        assert problem.path.startswith(str(path)) and "\n" not in problem.message, problem
    kinds = {f"d{n}" for n, (k, _) in enumerate(items, start=1) if k != "report"}
    assert not kinds & set(read), (kinds, read)


@target(WORDS, ENCODING, NEWLINE, st.sampled_from(["txt", "html", "html-scripts"]))
def whole(words, encoding, newline, kind):
    """A text or HTML file: read with its words, or one problem naming it."""
    text = f"{words}{newline if newline != 'mixed' else chr(13)}{REPORT}\n"
    if kind == "html":
        text = f"<html><body><article><p>{text}</p></article></body></html>"
    elif kind == "html-scripts":
        text = f"<html><head><script>var a = '{REPORT}';</script></head><body></body></html>"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"in.{kind.split('-')[0]}"
        path.write_bytes(encode(text, encoding))
        found = list(read_documents([str(path)]))
    assert len(found) == 1, found
    [item] = found
    if isinstance(item, InputProblem):
        assert item.path == str(path) and "\n" not in item.message, item
        assert kind == "html-scripts" or encoding == "latin-1", item
    else:
        assert kind != "html-scripts", item
        assert REPORT in item.text, item.text[:300]


TARGETS = {f.__name__: f for f in (lines, whole)}


def main(argv: list[str] | None = None) -> int:
    return fuzz_inputs.fuzz_main(__doc__, TARGETS, 300, argv)


if __name__ == "__main__":
    sys.exit(main())
