"""A report as a web page: its main text and publication date, found by trafilatura."""

from __future__ import annotations

import datetime as dt

from eventdesk.io.decoding import _checked
from eventdesk.io.inputs import InputProblem
from eventdesk.records import Document

_MIN_ARTICLE_WORDS = 10


def read_html(name: str, doc_id: str, html: str, published: dt.date | None
              ) -> Document | InputProblem:
    """A page's main text (trafilatura, comments left out) and, unless `published` is given,
    its own publication date; an InputProblem when it holds no article."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, include_comments=False, with_metadata=True, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text.split()) < _MIN_ARTICLE_WORDS:
        return InputProblem(name, "no article text found in the HTML page")
    date = published
    if date is None and getattr(result, "date", None):
        from eventdesk.components.dates import published_problem

        try:
            date = dt.date.fromisoformat(str(result.date)[:10])
        except ValueError:
            date = None
        if date is not None and published_problem(date):
            date = None  # a page's implausible date (0001-01-01) is no date
    document = Document(text=text, doc_id=doc_id, published=date,
                        title=getattr(result, "title", None) or None,
                        url=getattr(result, "url", None) or None,
                        outlet=getattr(result, "sitename", None) or None, source_path=name)
    return _checked(document, name)
