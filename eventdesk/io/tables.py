"""The human-readable table format: events or clusters in aligned columns for a terminal."""

from __future__ import annotations

from typing import TextIO

from eventdesk.io.cells import _cell, _shorten, printable
from eventdesk.records import Event

_TABLE_CELL = 40  # widest a cluster table cell grows before it is cut


def _write_cluster_table(clusters: list[dict], out: TextIO) -> None:
    if not clusters:
        out.write("no events match\n")
        return
    header = ("cluster", "date", "type", "sub-event type", "place", "actor1", "actor2",
              "deaths", "sources", "reports", "contradictions")
    body = [
        (c["cluster_id"], c["event_date"], c["event_type"], c["sub_event_type"],
         ", ".join(p for p in (c.get("location"), c.get("admin1"), c.get("country")) if p),
         c["actor1"], c["actor2"], _deaths(c), c["n_sources"], c["n_reports"],
         len(c["contradictions"]) or "")
        for c in clusters
    ]
    cells = [[_shorten(_cell(v), _TABLE_CELL) for v in row] for row in [header, *body]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def _deaths(cluster: dict) -> str:
    low, high = cluster.get("fatalities"), cluster.get("fatalities_max")
    if low is None:
        return ""
    return str(low) if high in (None, low) else f"{low}–{high}"


def _place_label(event: Event) -> str:
    parts = [p for p in (event.location, event.admin1, event.country) if p]
    label = ", ".join(dict.fromkeys(parts))
    if event.latitude is None and event.admin1 is None:
        label += " (country only)" if label else "(not placed)"
    return label


def _write_table(events: list[Event], out: TextIO, *, many_docs: bool) -> None:
    header = (["doc"] if many_docs else []) + [
        "date", "type / sub-type", "actor1", "actor2", "location", "fatal.", "claimed by",
        "evidence"]
    rows = []
    for e in events:
        date = e.event_date.isoformat() if e.event_date else "-"
        if e.event_date and e.time_precision and e.time_precision > 1:
            date += f" (p{e.time_precision})"
        fatalities = str(e.fatalities) if e.fatalities is not None else (
            _shorten(e.fatalities_text, 12) if e.fatalities_text else "-")
        row = ([_shorten(printable(e.doc_id), 60)] if many_docs else []) + [
            date, f"{e.event_type} / {e.sub_event_type}", printable(e.actor1 or "-"),
            printable(e.actor2 or "-"),
            _shorten(_place_label(e), 40), fatalities, _shorten(e.claimed_by or "-", 30),
            _shorten(e.evidence, 70)]
        rows.append(row)
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")
