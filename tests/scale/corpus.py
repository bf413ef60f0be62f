"""A small corpus in every format a distributed run reads: a folder of text and HTML, JSON
Lines, gzip'd JSON Lines and a WARC file, with one report that fails to be coded."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
# Over the pipeline's 1,000,000 characters: coding it fails (E001), the others go on.
TOO_LONG = {"doc_id": "too-long", "published": "2014-06-12",
            "text": "The gunmen attacked a checkpoint near Mosul and then they fled. " * 16_000}


def write_warc(path: Path, pages: dict[str, bytes],
               content_type: str = "text/html; charset=utf-8") -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html), http_headers=headers))
        request = writer.create_warc_record("https://news.example/robots.txt", "request",
                                            payload=io.BytesIO(b"GET /robots.txt HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
    return path


def build(folder: Path) -> list[str]:
    """The corpus's input paths (a folder and three files)."""
    lines = (SAMPLES / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    texts = folder / "texts"
    texts.mkdir()
    (texts / "homs.txt").write_text((SAMPLES / "homs-2013-07-06.txt").read_text())
    (texts / "page.html").write_text((SAMPLES / "page.html").read_text())
    jsonl = folder / "first.jsonl"
    jsonl.write_text("\n".join(lines[:3] + [json.dumps(TOO_LONG)]) + "\n", encoding="utf-8")
    packed = folder / "rest.jsonl.gz"
    packed.write_bytes(gzip.compress(("\n".join(lines[3:]) + "\n").encode()))
    warc = write_warc(folder / "crawl.warc.gz",
                      {"https://news.example/aleppo": (SAMPLES / "page.html").read_bytes()})
    return [str(texts), str(jsonl), str(packed), str(warc)]
