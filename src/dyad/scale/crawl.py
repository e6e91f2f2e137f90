"""``dyad crawl``: new articles from a news site, fetched politely, archived, then ingested.

One run: read robots.txt; find article URLs in the sitemaps it names (or ``/sitemap.xml``)
and in the feeds the home page announces; drop what is off-site, dated before ``--since``,
disallowed, or already fetched (the ``crawl_seen`` table); fetch the rest one at a time per
host, no faster than ``--rate`` (or the site's Crawl-delay), retrying 429/5xx/timeouts with
exponential back-off; keep every fetched page in a WARC; ingest the WARCs into the store.
Everything is bounded: sitemaps per run, redirects, bytes per body, seconds per body,
retries per request, pages per run.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from dyad.ingest.decode import MAX_PAGE_BYTES
from dyad.scale.sitemaps import MAX_XML_BYTES, Entry, feed_links, parse_feed, parse_sitemap
from dyad.scale.warcs import WarcSink, warc_date

__all__ = ["CrawlConfig", "CrawlReport", "Fetcher", "Robots", "SeenStore", "crawl", "discover"]

USER_AGENT = "dyad-crawler/0.1 (+https://github.com/dyad-project/dyad; research event data)"
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
RETRY_STATUS = {429, 500, 502, 503, 504}
GONE_STATUS = {404, 410}  # permanent: remembered as seen, not retried every run
Log = Callable[[str], None]


@dataclass(slots=True)
class CrawlConfig:
    """What and how to crawl; every loop in the crawl is bounded by one of these."""

    start_url: str
    since: date | None = None
    rate: float = 1.0  # requests per second per host
    max_pages: int | None = None
    timeout: float = 20.0  # seconds per request (connect, each read) and per whole body
    retries: int = 4
    backoff: float = 1.0  # first retry wait; doubles each time
    max_backoff: float = 60.0  # longest wait, whatever Retry-After says
    max_redirects: int = 5
    max_sitemaps: int = 500
    max_page_bytes: int = MAX_PAGE_BYTES
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class Fetched:
    """A final response (after redirects) or why there is none."""

    url: str
    status: int = 0
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    error: str | None = None  # timeout | network | too-large | robots | redirects | http-NNN

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    def header(self, name: str) -> str:
        return next((v for k, v in self.headers if k.lower() == name.lower()), "")


@dataclass(slots=True)
class CrawlReport:
    """What a run found, skipped (and why), fetched and failed; every request it made."""

    discovered: dict[str, str | None] = field(default_factory=dict)  # url -> day it was listed with
    skipped: dict[str, str] = field(default_factory=dict)  # url -> off-site | before-since | robots | seen | limit
    fetched: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    warc_files: list[str] = field(default_factory=list)
    ingest: dict[str, Any] | None = None
    fatal: str | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary_line(self) -> str:
        reasons: dict[str, int] = {}
        for why in self.skipped.values():
            reasons[why] = reasons.get(why, 0) + 1
        skipped = ", ".join(f"{n} {why}" for why, n in sorted(reasons.items())) or "none"
        ingest = self.ingest or {}
        return (f"dyad: {len(self.discovered)} article URLs found in {len(self.sitemaps)} sitemaps and "
                f"{len(self.feeds)} feeds; {len(self.fetched)} fetched, {len(self.failed)} failed, "
                f"skipped: {skipped}; {ingest.get('added', 0)} documents added, {ingest.get('errors', 0)} "
                f"errors ({self.seconds:.1f} s, {len(self.requests)} requests)"
                + (f"; stopped: {self.fatal}" if self.fatal else ""))


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Fetcher:
    """GET with a per-host rate limit, retries with back-off, size and time caps.

    ``sleep`` and ``clock`` are injectable so the limiter and the back-off can be tested
    without waiting.
    """

    def __init__(self, config: CrawlConfig, report: CrawlReport, *, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic) -> None:
        self.config, self.report = config, report
        self.client = client or httpx.Client(
            timeout=config.timeout, follow_redirects=False, headers={"User-Agent": config.user_agent}
        )
        self.sleep, self.clock = sleep, clock
        self.delay: dict[str, float] = {}  # host -> seconds between requests (Crawl-delay may raise it)
        self.next_at: dict[str, float] = {}
        self.waited = 0.0

    def close(self) -> None:
        self.client.close()

    def interval(self, host: str) -> float:
        return max(1.0 / self.config.rate, self.delay.get(host, 0.0))

    def _wait_turn(self, host: str) -> None:
        now = self.clock()
        at = self.next_at.get(host, now)
        if at > now:
            self.sleep(at - now)
            self.waited += at - now
        self.next_at[host] = max(at, now) + self.interval(host)

    def _retry_after(self, value: str, attempt: int) -> float:
        wait = self.config.backoff * (2**attempt)
        if value.strip().isdigit():
            wait = float(value.strip())
        elif value:
            with contextlib.suppress(TypeError, ValueError):  # an unreadable date: plain back-off
                wait = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
        return min(max(wait, 0.0), self.config.max_backoff)

    def _once(self, url: str) -> Fetched:
        self._wait_turn(_host(url))
        self.report.requests.append(url)
        deadline = self.clock() + self.config.timeout
        try:
            with self.client.stream("GET", url) as r:
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.config.max_page_bytes:
                        return Fetched(url, r.status_code, error="too-large")
                    if self.clock() > deadline:
                        return Fetched(url, r.status_code, error="timeout")
                return Fetched(url, r.status_code, r.reason_phrase, list(r.headers.multi_items()), bytes(body))
        except httpx.TimeoutException:
            return Fetched(url, error="timeout")
        except httpx.HTTPError as exc:
            return Fetched(url, error=f"network: {type(exc).__name__}")

    def get(self, url: str, allowed: Callable[[str], bool] | None = None) -> Fetched:
        """The response for ``url``, following same-host redirects that ``allowed`` permits."""
        for _ in range(self.config.max_redirects + 1):
            got = self._with_retries(url)
            if got.error or got.status not in (301, 302, 303, 307, 308):
                return got
            target = urljoin(url, got.header("location"))
            if not got.header("location") or _host(target) != _host(url):
                return Fetched(url, got.status, error="off-site-redirect")
            if allowed is not None and not allowed(target):
                return Fetched(target, error="robots")
            url = target
        return Fetched(url, error="redirects")

    def _with_retries(self, url: str) -> Fetched:
        got = Fetched(url, error="not-tried")
        for attempt in range(self.config.retries + 1):
            got = self._once(url)
            retriable = got.error in ("timeout",) or (got.error or "").startswith("network") or (
                got.error is None and got.status in RETRY_STATUS)
            if not retriable:
                return got
            if attempt < self.config.retries:
                wait = self._retry_after(got.header("retry-after"), attempt)
                self.sleep(wait)
                self.waited += wait
        if got.error is None:
            got.error = f"http-{got.status}"
        return got


class Robots:
    """robots.txt per host (RFC 9309): 4xx means no rules; unreachable means stay away."""

    def __init__(self, fetcher: Fetcher, user_agent: str) -> None:
        self.fetcher, self.agent = fetcher, user_agent
        self.parsers: dict[str, urllib.robotparser.RobotFileParser] = {}

    def parser(self, url: str) -> urllib.robotparser.RobotFileParser:
        host = _host(url)
        if host not in self.parsers:
            parser = urllib.robotparser.RobotFileParser()
            got = self.fetcher.get(f"{_origin(url)}/robots.txt")
            if got.ok:
                parser.parse(got.body.decode("utf-8", errors="replace").splitlines())
            elif got.error is None and 400 <= got.status < 500:
                parser.allow_all = True
            else:
                parser.disallow_all = True
            delay = parser.crawl_delay(self.agent)
            if delay:
                self.fetcher.delay[host] = float(delay)
            self.parsers[host] = parser
        return self.parsers[host]

    def allowed(self, url: str) -> bool:
        return self.parser(url).can_fetch(self.agent, url)

    def sitemaps(self, url: str) -> list[str]:
        return list(self.parser(url).site_maps() or [])


class SeenStore:
    """``crawl_seen``: the URLs fetched before (or gone for good), kept in the store's file.

    A sidecar table created here on the store's connection; the store's own tables are only
    read (``document_names``) so a URL ingested by other means is not fetched again.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.execute(
            "CREATE TABLE IF NOT EXISTS crawl_seen ("
            " url TEXT PRIMARY KEY, status INTEGER NOT NULL, lastmod TEXT, via TEXT,"
            " first_seen TEXT NOT NULL, fetched_at TEXT NOT NULL, warc TEXT)"
        )

    def why_skip(self, url: str, day: str | None) -> str | None:
        """``seen`` unless the listing dates the URL after our copy (the article was updated)."""
        row = self.conn.execute("SELECT lastmod FROM crawl_seen WHERE url = ?", (url,)).fetchone()
        if row is not None:
            return None if (day and row[0] and day > row[0]) else "seen"
        try:
            stored = self.conn.execute("SELECT 1 FROM document_names WHERE name = ?", (url,)).fetchone()
        except sqlite3.OperationalError:  # not a store database: only our own table counts
            stored = None
        return "seen" if stored else None

    def mark(self, url: str, status: int, day: str | None, via: str, warc: str | None) -> None:
        now = warc_date()
        self.conn.execute(
            "INSERT INTO crawl_seen (url, status, lastmod, via, first_seen, fetched_at, warc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET status = excluded.status,"
            " lastmod = excluded.lastmod, via = excluded.via, fetched_at = excluded.fetched_at,"
            " warc = excluded.warc",
            (url, status, day, via, now, now, warc),
        )


def _looks_like(url: str, words: tuple[str, ...]) -> bool:
    path = urlsplit(url).path.lower()
    return any(w in path for w in words)


def discover(fetcher: Fetcher, robots: Robots, config: CrawlConfig, report: CrawlReport,
             log: Log) -> dict[str, tuple[str | None, str]]:
    """``url -> (day, via)`` for every article URL the sitemaps and feeds list."""
    start = config.start_url
    found: dict[str, tuple[str | None, str]] = {}

    def add(entries: list[Entry], via: str) -> None:
        for e in entries:
            day, _ = found.get(e.url, (None, via))
            found[e.url] = (max(filter(None, (day, e.day)), default=None), via)

    queue: list[str]
    feeds: list[str] = []
    is_feed = _looks_like(start, ("rss", "feed", "atom"))
    if not is_feed and (_looks_like(start, ("sitemap",)) or start.endswith((".xml", ".xml.gz"))):
        queue = [start]
    elif is_feed:
        queue, feeds = [], [start]
    else:
        queue = robots.sitemaps(start) or [f"{_origin(start)}/sitemap.xml"]
        home = fetcher.get(start, robots.allowed) if robots.allowed(start) else None
        if home is not None and home.ok:
            feeds = feed_links(home.body.decode("utf-8", errors="replace"), start)
    done: set[str] = set()
    while queue and len(done) < config.max_sitemaps:
        url = queue.pop(0)
        if url in done:
            continue
        done.add(url)
        if _host(url) != _host(start) or not robots.allowed(url):
            log(f"sitemap not read (off-site or disallowed): {url}")
            continue
        got = fetcher.get(url, robots.allowed)
        if not got.ok:
            log(f"sitemap {url}: {got.error or got.status}")
            continue
        report.sitemaps.append(url)
        parsed = parse_sitemap(got.body[:MAX_XML_BYTES], url)
        add(parsed.entries, "sitemap")
        for child in parsed.sitemaps:
            if config.since and child.day and child.day < config.since.isoformat():
                continue  # a sitemap last changed before --since lists nothing newer
            queue.append(child.url)
    for url in feeds:
        if _host(url) != _host(start) or not robots.allowed(url):
            continue
        got = fetcher.get(url, robots.allowed)
        if got.ok:
            report.feeds.append(url)
            add(parse_feed(got.body[:MAX_XML_BYTES], url).entries, "feed")
    return found


def _is_page(got: Fetched) -> bool:
    ctype = got.header("content-type").lower()
    return not ctype or ctype.startswith(PAGE_TYPES)


def crawl(conn: sqlite3.Connection, config: CrawlConfig, warc_dir: Path, *, ingest_workers: int = 1,
          log: Log = lambda _msg: None, fetcher: Fetcher | None = None) -> CrawlReport:
    """One incremental crawl of ``config.start_url`` into the store open on ``conn``."""
    started = time.perf_counter()
    report = CrawlReport()
    fetcher = fetcher or Fetcher(config, report)
    fetcher.report = report
    robots = Robots(fetcher, config.user_agent)
    seen = SeenStore(conn)
    sink = WarcSink(warc_dir)
    try:
        found = discover(fetcher, robots, config, report, log)
        since = config.since.isoformat() if config.since else None
        order = sorted(found, key=lambda u: (found[u][0] or "", u), reverse=True)  # newest first
        fetched = 0
        for url in order:
            day, via = found[url]
            report.discovered[url] = day
            why = ("off-site" if _host(url) != _host(config.start_url)
                   else "before-since" if since and day and day < since
                   else "robots" if not robots.allowed(url)
                   else seen.why_skip(url, day)
                   or ("limit" if config.max_pages is not None and fetched >= config.max_pages else None))
            if why:
                report.skipped[url] = why
                continue
            fetched += 1
            got = fetcher.get(url, robots.allowed)
            if got.ok and _is_page(got):
                warc = sink.write(got.url, got.status, got.reason, got.headers, got.body, warc_date())
                seen.mark(url, got.status, day, via, str(warc))
                report.fetched.append(url)
            else:
                report.failed[url] = got.error or (f"http-{got.status}" if got.status != 200 else "not-a-page")
                if got.error is None and got.status in GONE_STATUS:
                    seen.mark(url, got.status, day, via, None)
    except KeyboardInterrupt:
        report.fatal = "interrupted"
    finally:
        sink.close()
        fetcher.close()
    report.warc_files = [str(p) for p in sink.files]
    if sink.records:
        report.ingest = _ingest(conn, sink.files, ingest_workers)
    report.seconds = time.perf_counter() - started
    return report


def _ingest(conn: sqlite3.Connection, files: list[Path], workers: int) -> dict[str, Any]:
    """The store's own ingest over the run's WARCs: the same records as ``dyad ingest``."""
    from dyad.store.ingest import IngestOptions, ingest

    return ingest(conn, files, IngestOptions(workers=workers)).to_dict()
