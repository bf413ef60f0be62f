"""A saved RSS or Atom file: each item is a report, its markup never coded as words."""

from __future__ import annotations

import datetime as dt
import io
import sys

from eventdesk.io import InputProblem, read_documents
from eventdesk.records import Document

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sahel Wire</title><link>https://sw.example/</link>
<item><title>Bomber hits police HQ</title><link>https://sw.example/a1</link>
<pubDate>Tue, 10 Mar 2015 09:00:00 GMT</pubDate>
<description>A suicide bomber blew up his car outside the police headquarters in Maiduguri
 on Monday, killing eight people.</description></item>
<item><title>Trolleybus shelled</title><link>https://sw.example/a2</link>
<pubDate>Thu, 22 Jan 2015 18:00:00 GMT</pubDate>
<description><![CDATA[<p>Shelling hit a trolleybus in Donetsk on Thursday.</p><p>An official
 said 8 people were killed &amp; 20 wounded.</p>]]></description></item>
<item><title>Headline only</title><link>https://sw.example/a3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabul Desk</title><id>urn:kd</id>
<updated>2014-06-07T00:00:00Z</updated>
<entry><title>Blasts hit convoy</title><id>urn:kd:1</id>
<updated>2014-06-06T12:00:00Z</updated>
<summary>Six people were killed in two suicide blasts in Kabul city on Friday.</summary>
</entry></feed>"""


def read(path, **kw):
    return list(read_documents([str(path)], **kw))


def test_each_rss_item_is_a_report_with_its_link_date_title_and_the_feed_as_outlet(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS)
    first, second, headline_only = read(path)
    assert (first.doc_id, first.url, first.title, first.outlet, first.published) == (
        "https://sw.example/a1", "https://sw.example/a1", "Bomber hits police HQ",
        "Sahel Wire", dt.date(2015, 3, 10))
    assert first.text.startswith("A suicide bomber blew up his car outside the police")
    assert "<" not in first.text and "Maiduguri on Monday" in first.text
    # the item's HTML as paragraphs of plain text, entities read
    assert second.text == ("Shelling hit a trolleybus in Donetsk on Thursday.\n\n"
                           "An official said 8 people were killed & 20 wounded.")
    assert isinstance(headline_only, InputProblem)
    assert "item 3" in str(headline_only) and "no text" in str(headline_only)


def test_an_atom_feed_saved_as_xml_is_read_by_its_content_and_published_overrides(tmp_path):
    path = tmp_path / "kabul.xml"
    path.write_text(ATOM)
    [entry] = read(path)
    assert (entry.doc_id, entry.outlet, entry.published) == (
        "urn:kd:1", "Kabul Desk", dt.date(2014, 6, 6))
    assert entry.text == "Six people were killed in two suicide blasts in Kabul city on Friday."
    [entry] = read(path, published=dt.date(2014, 6, 9))
    assert entry.published == dt.date(2014, 6, 9)


def test_a_feed_on_standard_input_is_read_as_a_feed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ATOM.encode())))
    [entry] = read("-")
    assert isinstance(entry, Document) and entry.doc_id == "urn:kd:1"


def test_a_feed_without_items_is_said_to_be_one(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>X</title>'
                    "</channel></rss>")
    [problem] = read(path)
    assert isinstance(problem, InputProblem) and "holds no items" in problem.message


def test_only_a_document_whose_root_is_a_feed_is_read_as_one():
    from eventdesk.io.feed_input import looks_like_feed

    assert looks_like_feed(ATOM) and looks_like_feed(RSS)
    assert looks_like_feed('<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n'
                           "<!-- saved -->\n<rss version=\"2.0\"><channel/></rss>")
    # a page linking to its feed, or a report quoting a tag, stays what it is
    assert not looks_like_feed('<html><head><link rel="alternate" type="application/rss+xml">'
                               "</head><body><p><rss> tags</p></body></html>")
    assert not looks_like_feed("Militants said <feed> was cut. Clashes went on.")


def test_a_saved_feed_counts_its_items_for_the_progress_bar(tmp_path):
    """ingest's progress bar counted a feed of 3 items as one report (3/1)."""
    from eventdesk.io import count_documents

    path = tmp_path / "feed.rss"
    path.write_text(RSS)
    assert count_documents([str(path)]) == 3
