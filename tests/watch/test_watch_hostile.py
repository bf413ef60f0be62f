"""Hostile feeds, feed lists and pages for `eventdesk watch`, without a server: an article
page's text whatever charset its HTTP header names (found by generation: a header naming a
codec that is no charset crashed the decoding, and the article was retried every round for
ever), URLs `urlsplit` cannot read, entry dates that are no day."""

from __future__ import annotations

import encodings.aliases

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.watch import Fetched, page_text

PAGE = "<html><body><p>Troops shelled Homs on Friday, caf\u00e9 owners said.</p></body></html>"
CODECS = sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
                | {"undefined", "unicode_escape", "rot13", "no-such-charset"})


def _fetched(content_type: str, content: bytes) -> Fetched:
    return Fetched(200, "https://x.test/a", httpx.Headers({"content-type": content_type}),
                   content)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(CODECS), st.binary(max_size=20))
def test_any_declared_charset_gives_text(codec, tail):
    response = _fetched(f"text/html; charset={codec}", PAGE.encode("utf-8") + tail)
    assert isinstance(page_text(response), str)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.sampled_from(["utf-8", "iso-8859-1", "windows-1256", "koi8-r", "cp1252", "UTF-8",
                        "latin1", "ascii"]),
       st.sampled_from(["text/html; charset={}", 'text/html; charset="{}"',
                        "text/html;charset={} ; q=1", "TEXT/HTML; CHARSET={}"]),
       st.binary(max_size=40))
def test_the_page_text_is_what_httpx_decodes(codec, header, content):
    """The fetched body is no longer set on httpx's Response through its private `_content`;
    a page's text is the same as httpx's Response.text for any real charset."""
    content_type = header.format(codec)
    expected = httpx.Response(200, headers={"content-type": content_type}, content=content)
    assert page_text(_fetched(content_type, content)) == expected.text


def test_an_empty_page_in_utf16_is_empty_text_not_an_error():
    """Found by generation: httpx's Response.text raises UnicodeError ("UTF-16 stream does
    not start with BOM") for an empty body declared UTF-16, so such an article failed and was
    fetched again every round for ever; now its text is empty and it is skipped once."""
    for codec in ("utf-16", "utf-32"):
        assert page_text(_fetched(f"text/html; charset={codec}", b"")) == ""


def test_a_codec_that_is_no_charset_is_read_as_utf8_a_real_one_as_declared():
    for codec in ("base64", "zlib", "rot13", "undefined"):
        response = _fetched(f"text/html; charset={codec}", PAGE.encode("utf-8"))
        assert page_text(response) == PAGE
    latin = _fetched("text/html; charset=iso-8859-1", PAGE.encode("latin-1"))
    assert page_text(latin) == PAGE


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.one_of(st.text(max_size=30), st.sampled_from(
    ["http://[abc", "https://[::1", "http://a]b", "http://[::1]/feed", "https://x.test/rss"])))
def test_any_feed_list_line_is_a_feed_or_a_usage_error(tmp_path_factory, line):
    """Found by generation: a line `urlsplit` cannot read ("http://[abc") raised ValueError
    out of `eventdesk watch` (a traceback), and such an entry link failed its whole feed."""
    from eventdesk.errors import UsageError
    from eventdesk.watch import is_http_url, read_feed_list

    path = tmp_path_factory.mktemp("feeds") / "feeds.txt"
    path.write_text(line.replace("\r", " ") + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        feeds = read_feed_list(str(path))
    except UsageError:
        return
    assert all(is_http_url(feed) for feed in feeds)


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbfhttps://x.test/rss\r\nhttp://y.test/atom\r\n",  # Notepad's UTF-8
    "https://x.test/rss\r\nhttp://y.test/atom\r\n".encode("utf-16"),  # Notepad's "Unicode"
])
def test_a_feed_list_saved_by_notepad_is_read(tmp_path, data):
    """A list with a byte order mark was refused: "line 1: '\\ufeffhttps://x.test/rss' is
    not an http(s) URL" (UTF-16: "cannot read the feed list: 'utf-8' codec can't decode")."""
    from eventdesk.watch import read_feed_list

    path = tmp_path / "feeds.txt"
    path.write_bytes(data)
    assert read_feed_list(str(path)) == ["https://x.test/rss", "http://y.test/atom"]


def test_a_feed_list_that_is_no_text_says_why(tmp_path):
    from eventdesk.errors import UsageError
    from eventdesk.watch import read_feed_list

    path = tmp_path / "feeds.txt"
    path.write_bytes("https://x.test/caf\xe9\n".encode("latin-1"))
    with pytest.raises(UsageError, match=r"feed list: not UTF-8 text \(byte 18, line 1, 0xe9\)"):
        read_feed_list(str(path))


def test_urls_urlsplit_cannot_read_are_no_http_urls():
    from eventdesk.watch import is_http_url

    assert not is_http_url("http://[abc") and not is_http_url("https://a]b")
    assert is_http_url("http://[::1]/feed") and is_http_url("https://x.test/rss")
    assert not is_http_url("javascript:alert(1)") and not is_http_url("http://")


def test_a_feed_entry_date_that_is_no_day_is_none():
    import datetime as dt

    from eventdesk.io.feed_input import entry_date

    assert entry_date((2014, 6, 12, 8, 0, 0, 3, 163, 0)) == dt.date(2014, 6, 12)
    assert entry_date((0, 1, 1, 0, 0, 0, 0, 1, 0)) is None
    assert entry_date((2014, 2, 30)) is None and entry_date(None) is None


def test_a_feed_entry_date_that_is_no_plausible_publication_date_is_left_out():
    """A feed dating an entry 31 Dec 9999 or 1 Jan 1850 (feedparser reads both): used as the
    article's publication date, the pipeline refused the article (E001) and it was fetched
    again every round for ever; now the entry is undated, as a page's implausible date is."""
    import datetime as dt

    import feedparser

    from eventdesk.io.feed_input import entry_date

    feed = feedparser.parse(
        "<rss version='2.0'><channel><title>t</title>"
        + "".join(f"<item><link>https://x.test/{day}</link><pubDate>{day}</pubDate></item>"
                  for day in ("Fri, 31 Dec 9999 10:00:00 GMT", "Tue, 01 Jan 1850 10:00:00 GMT",
                              "Sat, 06 Jul 2013 10:22:00 GMT"))
        + "</channel></rss>")
    dates = [entry_date(entry.get("published_parsed")) for entry in feed.entries]
    assert dates == [None, None, dt.date(2013, 7, 6)]
    assert entry_date((2014, 2, 30, 0, 0, 0, 0, 0, 0)) is None


class _Answers:
    """A stand-in for PoliteClient: each URL's (status, body, content type)."""

    def __init__(self, answers: dict[str, tuple[int, bytes, str]]):
        self.answers = answers

    def get(self, url, headers=None):
        status, body, content_type = self.answers[url]
        return Fetched(status, url, httpx.Headers({"content-type": content_type}), body)


def test_an_empty_feed_is_named_as_such_not_a_python_error(tmp_path):
    """Found by generation (bench/fuzz_edges.py feeds): a feed answering 200 with an empty
    body parsed to a result without a `version` key, and the round reported "feed URL:
    AttributeError: object has no attribute 'version'". Now it says the answer is empty;
    the other feed's articles are recorded."""
    from eventdesk.store import Store
    from eventdesk.watch import Watcher

    rss = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><item>"
           b"<title>T</title><link>http://news.test/a1</link></item></channel></rss>")
    http = _Answers({"http://feeds.test/empty.xml": (200, b"", "application/rss+xml"),
                     "http://feeds.test/blank.xml": (200, b" \n", "text/xml"),
                     "http://feeds.test/good.xml": (200, rss, "application/rss+xml"),
                     "http://news.test/a1": (404, b"", "text/html")})
    with Store.open(tmp_path / "w.sqlite") as store:
        watcher = Watcher(store, list(http.answers)[:3], pipeline=None, http=http)
        report = watcher.run_round()
        assert report.problems[:2] == [
            f"feed http://feeds.test/{name}.xml: not a readable RSS or Atom feed (an empty "
            "answer) (polled again next round)" for name in ("empty", "blank")]
        assert report.new_articles == 1
