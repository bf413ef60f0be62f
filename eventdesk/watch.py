"""`eventdesk watch`: follow RSS and Atom feeds and code each new article once, as it is
published.

Each round polls every feed (with the ETag and Last-Modified of its last poll, so an
unchanged feed costs a 304), records the articles it lists in the store, then fetches the
articles not fetched yet, politely (one request per host every `host_delay` seconds, a
timeout, a User-Agent from the settings), and codes and stores them. The state lives in the
store, so a restart fetches nothing twice; a feed or article that fails is reported and
tried again next round, and never stops the others.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urlsplit

from eventdesk import settings
from eventdesk.errors import UsageError, one_line
from eventdesk.io import InputProblem, max_bytes, read_html, text_charset
from eventdesk.io.feed_input import entry_date, looks_like_feed
from eventdesk.store.feeds import Article, FeedLog, FeedState
from eventdesk.store.store import Store


@dataclass(slots=True)
class RoundReport:
    """What one round did; `problems` name the feed or article and what went wrong."""

    feeds: int = 0
    not_modified: int = 0
    new_articles: int = 0
    stored: int = 0
    events: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


DEADLINE_TIMEOUTS = 3  # a whole response must arrive within this many http_timeouts


class TooLarge(Exception):
    """A feed or page over the max_bytes limit (decompressed); reading stopped there."""

    def __init__(self, limit: int):
        super().__init__(f"over the max_bytes limit ({limit:,} bytes)")


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response with its whole body read (decompressed): what `PoliteClient.get` gives,
    built from httpx's public API instead of setting a private attribute of its Response."""

    status_code: int
    url: str
    headers: Mapping[str, str]  # httpx.Headers: looked up in any case
    content: bytes

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header names, as httpx reads it; None without."""
        content_type = self.headers.get("content-type")
        if not content_type:
            return None
        message = Message()
        message["content-type"] = content_type
        return message.get_content_charset(failobj=None)


class PoliteClient:
    """HTTP GETs with a timeout, a clear User-Agent and a pause between requests to a host."""

    def __init__(self, *, user_agent: str, timeout: float, host_delay: float):
        import httpx

        self._http = httpx.Client(timeout=timeout, follow_redirects=True,
                                  headers={"User-Agent": user_agent})
        self._delay = host_delay
        self._timeout = timeout
        self._last: dict[str, float] = {}

    @classmethod
    def from_settings(cls) -> PoliteClient:
        return cls(user_agent=settings.get("user_agent"),
                   timeout=settings.seconds("http_timeout"),
                   host_delay=settings.seconds("host_delay"))

    def get(self, url: str, headers: dict[str, str] | None = None):
        """The response with its body read, decompressed, up to the max_bytes limit and
        within a deadline of a few timeouts: TooLarge past the limit (a huge page, a small
        gzip body that inflates without end), httpx.ReadTimeout past the deadline (a server
        that keeps sending), instead of filling the memory or stalling the round."""
        import httpx

        host = urlsplit(url).netloc
        wait = self._last.get(host, -float("inf")) + self._delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        limit = max_bytes()
        deadline = time.monotonic() + DEADLINE_TIMEOUTS * self._timeout
        try:
            with self._http.stream("GET", url, headers=headers or {}) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > limit:
                        raise TooLarge(limit)
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("still sending past the deadline")
                return Fetched(response.status_code, str(response.url), response.headers,
                               bytes(body))
        finally:
            self._last[host] = time.monotonic()

    def close(self) -> None:
        self._http.close()


def read_feed_list(path: str) -> list[str]:
    """The feed URLs of a file, one per line ('#' starts a comment); UsageError naming the
    line that is not an http(s) URL. Read as report files are: a list Notepad saved (a
    UTF-8 byte order mark, or UTF-16) is a list, not a first line that is no URL."""
    from eventdesk.bounded import TooLong, read_bytes
    from eventdesk.io.decoding import _decode

    try:
        text = _decode(path, read_bytes(path), max_bytes())
    except (OSError, TooLong) as exc:
        raise UsageError(f"cannot read the feed list: {exc}", path=path) from exc
    if isinstance(text, InputProblem):
        raise UsageError(f"cannot read the feed list: {text.message}", path=path)
    lines = text.splitlines()
    if looks_like_feed("\n".join(lines)):
        raise UsageError("is a feed, not a list of feed URLs: `eventdesk ingest` (or "
                         "`extract`) codes the items of a saved feed", path=path)
    feeds = []
    for number, line in enumerate(lines, start=1):
        url = line.split("#", 1)[0].strip()
        if not url:
            continue
        if not is_http_url(url):
            shown = repr(url) if len(url) <= 80 else repr(url[:77]) + "…"
            raise UsageError(f"line {number}: {shown} is not an http(s) URL (one feed URL "
                             "a line); ingest codes a saved feed",
                             path=path)
        if url not in feeds:
            feeds.append(url)
    if not feeds:
        raise UsageError("the feed list holds no URL", path=path)
    return feeds


def is_http_url(url: str) -> bool:
    """An http(s) URL with a host; False for anything else, including what `urlsplit`
    cannot read ("http://[abc": an unclosed IPv6 address)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# The longest --every: a week (a longer wait overflowed the timer of the sleep between rounds)
MAX_INTERVAL = 7 * 24 * 3600


def parse_interval(value: str) -> float:
    """"10m", "30s", "1h" or plain seconds, as seconds (at least one, at most a week)."""
    units = {"s": 1, "m": 60, "h": 3600}
    text = value.strip().lower()
    scale = units.get(text[-1:], None)
    number = text[:-1] if scale else text
    try:
        seconds = float(number) * (scale or 1)
    except ValueError:
        seconds = 0.0
    if not 1 <= seconds <= MAX_INTERVAL:
        raise UsageError(f"--every must be an interval such as 30s, 10m or 1h (at least 1 s, "
                         f"at most 168h), not {value!r}")
    return seconds


class Watcher:
    """Polls a list of feeds into one store with one pipeline."""

    def __init__(self, store: Store, feeds: list[str], *, pipeline, http: PoliteClient):
        self.store = store
        self.feeds = feeds
        self.log = FeedLog(store)
        self._pipeline = pipeline
        self._http = http
        self._feed_titles: dict[str, str] = {}

    def run_round(self) -> RoundReport:
        report = RoundReport()
        for url in self.feeds:
            try:
                self._poll(url, report)
            except Exception as exc:  # a feed's own failure: reported, the others go on
                self._feed_failed(url, None, one_line(exc), report)
        for article in self.log.due():
            try:
                self._fetch(article, report)
            except Exception as exc:  # the article's own failure: retried next round
                self._article_failed(article, one_line(exc), report)
        return report

    def _feed_failed(self, url: str, status: int | None, error: str,
                     report: RoundReport) -> None:
        self.log.poll_failed(url, status, error)
        report.problems.append(f"feed {url}: {error} (polled again next round)")

    def _article_failed(self, article: Article, error: str, report: RoundReport) -> None:
        self.log.fetched(article.url, "failed", error=error)
        report.problems.append(f"article {article.url}: {error} (fetched again next round)")

    def _poll(self, url: str, report: RoundReport) -> None:
        import feedparser
        import httpx

        report.feeds += 1
        state = self.log.feed(url)
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        try:
            response = self._http.get(url, headers)
        except TooLarge as exc:
            return self._feed_failed(url, None, str(exc), report)
        except httpx.TimeoutException:
            return self._feed_failed(url, None, "timed out", report)
        except httpx.HTTPError as exc:
            return self._feed_failed(url, None, f"cannot be fetched ({one_line(exc)})", report)
        if response.status_code == 304:
            report.not_modified += 1
            self.log.polled(state, 304)
            return None
        if response.status_code != 200:
            return self._feed_failed(url, response.status_code,
                                     f"HTTP {response.status_code}", report)
        parsed = feedparser.parse(response.content, response_headers={
            "content-location": str(response.url),
            "content-type": response.headers.get("content-type", "application/xml")})
        # an empty answer parses to a result without even a `version` key
        if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
            reason = parsed.get("bozo_exception")
            detail = " (an empty answer)" if not response.content.strip() else \
                f" ({one_line(reason)})" if reason else ""
            return self._feed_failed(url, 200, f"not a readable RSS or Atom feed{detail}",
                                     report)
        self._feed_titles[url] = parsed.feed.get("title") or ""
        entries = []
        for entry in parsed.entries:
            link = entry.get("link")
            if link and is_http_url(link):
                stamp = entry.get("published_parsed") or entry.get("updated_parsed")
                entries.append((link, entry.get("title"), entry_date(stamp)))
        report.new_articles += self.log.add_articles(url, entries)
        self.log.polled(FeedState(url, response.headers.get("etag"),
                                  response.headers.get("last-modified")), 200)
        return None

    def _fetch(self, article: Article, report: RoundReport) -> None:
        import httpx

        try:
            response = self._http.get(article.url)
        except TooLarge as exc:
            return self._skip(article, f"the page is {exc}", report)
        except httpx.TimeoutException:
            return self._article_failed(article, "timed out", report)
        except httpx.HTTPError as exc:
            return self._article_failed(article, f"cannot be fetched ({one_line(exc)})", report)
        if response.status_code != 200:
            return self._article_failed(article, f"HTTP {response.status_code}", report)
        document = read_html(article.url, article.url, page_text(response), None)
        if isinstance(document, InputProblem):
            return self._skip(article, document.message, report)
        document.url = article.url
        document.title = document.title or article.title
        document.published = document.published or article.published
        document.outlet = (document.outlet or self._feed_titles.get(article.feed_url)
                           or urlsplit(article.url).netloc)
        result = self.store.ingest([document], pipeline=self._pipeline, progress=False)
        if result.failures:
            failure = result.failures[0]
            return self._article_failed(article, f"[{failure.code}] {failure.message}", report)
        self.log.fetched(article.url, "stored", content_hash=document.content_hash)
        report.stored += 1
        report.events += result.events
        return None

    def _skip(self, article: Article, reason: str, report: RoundReport) -> None:
        self.log.fetched(article.url, "skipped", error=reason)
        report.skipped += 1
        report.problems.append(f"article {article.url}: {reason} (not fetched again)")


def page_text(response: Fetched) -> str:
    """An article page's text as httpx decodes it (in the charset its Content-Type header
    names, else UTF-8, an undecodable byte replaced), except that a header naming a codec
    that is no charset ("charset=base64", "rot13") is ignored instead of crashing the
    decoding."""
    declared = response.charset
    encoding = (text_charset(declared) if declared else None) or "utf-8"
    return response.content.decode(encoding, errors="replace")


def watch(watcher: Watcher, *, every: float, once: bool = False,
          stop: threading.Event | None = None,
          on_round: Callable[[RoundReport], None] = lambda report: None) -> None:
    """Run rounds `every` seconds apart (one with `once`) until `stop` is set."""
    stop = stop or threading.Event()
    while not stop.is_set():
        began = time.monotonic()
        on_round(watcher.run_round())
        if once:
            return
        stop.wait(max(0.0, every - (time.monotonic() - began)))
