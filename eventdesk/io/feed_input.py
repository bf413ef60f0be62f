"""Reports in a saved RSS or Atom feed: each item's own text (its content, else its
summary) is a report, with its link, title, date and the feed's title as outlet. `watch`
fetches the linked pages instead; a feed saved to a file is coded as it stands, so its
markup never reaches the coder (an item's tags read as words put "Donetsk</title><link"
in a location)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from eventdesk.io.decoding import _checked
from eventdesk.io.inputs import InputProblem
from eventdesk.records import Document

FEED_SUFFIXES = (".rss", ".atom")

# A feed's root element first, after any XML declaration, stylesheet, comment or doctype.
_FEED_ROOT = re.compile(r"\ufeff?(?:\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>))*"
                        r"\s*<(?:rss|feed|rdf:RDF)[\s>]", re.DOTALL)


def looks_like_feed(text: str) -> bool:
    """True when the text is an RSS or Atom document (its root element is the first),
    whatever the file is called; a web page that links to a feed is none."""
    return bool(_FEED_ROOT.match(text[:2000]))


def count_items(data: bytes) -> int:
    """About how many items a saved feed holds, without parsing it: a progress bar's total."""
    return max(1, len(re.findall(rb"<(?:item|entry)[\s>]", data)))


def entry_date(stamp) -> dt.date | None:
    """A feed entry's date (feedparser's time tuple), or None when it is no calendar day or
    no plausible publication date (a feed's "31 Dec 9999" or "1 Jan 1850" would make the
    pipeline refuse the article, and `watch` would fetch it again every round for ever)."""
    from eventdesk.components.dates import published_problem

    try:
        date = dt.date(*stamp[:3]) if stamp else None
    except (TypeError, ValueError):
        return None
    return None if date is None or published_problem(date) else date


class _PlainText(HTMLParser):
    """An item's HTML as plain text: a block element (p, br, li, div) ends a paragraph."""

    _BLOCKS = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        self.handle_starttag(tag, [])

    def handle_data(self, data):
        self.parts.append(data)


def plain_text(html: str) -> str:
    """Text of an item's HTML (or of plain text): tags dropped, entities read, spaces
    within a paragraph folded, paragraphs kept apart by a blank line."""
    parser = _PlainText()
    parser.feed(html)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _entry_text(entry) -> str:
    for content in entry.get("content") or []:
        if content.get("value", "").strip():
            return plain_text(content["value"])
    return plain_text(entry.get("summary") or "")


def read_feed(name: str, base_id: str, text: str, published: dt.date | None
              ) -> Iterator[Document | InputProblem]:
    """The items of a saved feed as reports; an item without text is named and passed over.
    The doc_id is the item's link (as a WARC page's is its URL), else its id, else the
    file's name and the item's number."""
    import feedparser

    parsed = feedparser.parse(text)
    if not parsed.entries:
        reason = "holds no items" if parsed.get("version") else "is not a readable feed"
        yield InputProblem(name, f"an RSS or Atom file that {reason}")
        return
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, 1):
        where = f"{name}: item {number}"
        link = entry.get("link") or None
        document = Document(
            text=_entry_text(entry), doc_id=link or entry.get("id") or f"{base_id}#{number}",
            published=published or entry_date(entry.get("published_parsed")
                                               or entry.get("updated_parsed")),
            title=entry.get("title") or None, url=link, outlet=outlet, source_path=name)
        if not document.text:
            yield InputProblem(where, "the item has no text (no summary or content): "
                                      "eventdesk watch fetches the page it links to")
            continue
        yield _checked(document, where)
