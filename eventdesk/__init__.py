"""eventdesk: conflict news reports in, ACLED-compatible event records with provenance out."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from eventdesk.records import Actor, Document, Event, Place

try:
    __version__ = version("eventdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["Actor", "Document", "Event", "Place", "extract", "load", "__version__"]


def load():
    """The extraction pipeline for batch use: `load().pipe(documents)`."""
    from eventdesk.pipeline import Pipeline

    return Pipeline.load()


def extract(text: str, *, published=None, outlet: str | None = None,
            doc_id: str = "-") -> list[Event]:
    """Code the events of one report. `published` is a date or an ISO date string."""
    return load().extract_text(text, published=published, outlet=outlet, doc_id=doc_id)
