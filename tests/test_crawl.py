"""The crawler against a small site on 127.0.0.1: discovery, robots, --since, retries, WARC, ingest.

The site is served by http.server in a thread on an ephemeral loopback port; nothing here
reaches another host. Unit tests of the rate limiter and back-off use httpx.MockTransport
and a fake clock, so they never wait.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable, Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from dyad.scale import sitemaps
from dyad.scale.crawl import CrawlConfig, CrawlReport, Fetcher, crawl
from dyad.store.db import connect

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "pages"
SEEDS = REPO.parent / "shared" / "seeds"
SINCE = date(2024, 6, 1)


# --- the site -----------------------------------------------------------------------------

Route = tuple[int, dict[str, str], bytes]


class Site:
    """Routes of the test site, a log of every request, and responses that fail N times first."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.failures: dict[str, list[Route]] = {}
        self.log: list[str] = []
        self.lock = threading.Lock()
        self.base = ""

    def response(self, path: str) -> Route:
        with self.lock:
            self.log.append(path)
            queue = self.failures.get(path)
            if queue:
                return queue.pop(0)
        return self.routes.get(path, (404, {"Content-Type": "text/plain"}, b"not found"))


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, headers, body = site.response(self.path)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

    return Handler


def _pages(vnp_html: Callable[..., str]) -> list[tuple[bytes, str]]:
    """Article bodies and their content types: examples/pages, else seeds, else written here."""
    files = sorted(EXAMPLES.glob("*.html"))[:2] + sorted(EXAMPLES.glob("*.txt"))[:3] if EXAMPLES.is_dir() else []
    if len(files) < 5 and SEEDS.is_dir():
        files = sorted(SEEDS.glob("*.txt"))[:5]
    pages = [(p.read_bytes(), "text/html; charset=utf-8" if p.suffix == ".html" else "text/plain; charset=utf-8")
             for p in files]
    while len(pages) < 5:
        i = len(pages)
        html = vnp_html(f"越南与老挝合作{i}", None, [f"越通社河内——9月{i + 1}日,两国领导人会谈。", "双方同意深化合作。"])
        pages.append((html.encode("utf-8"), "text/html; charset=utf-8"))
    return pages


def _sitemap(base: str, rows: list[tuple[str, str | None]], index: bool = False) -> bytes:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    body = "".join(f"<{item}><loc>{u if u.startswith('http') else base + u}</loc>"
                   + (f"<lastmod>{d}</lastmod>" if d else "") + f"</{item}>" for u, d in rows)
    return (f'<?xml version="1.0" encoding="UTF-8"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</{tag}>").encode()


def _rss(base: str, items: list[tuple[str, str | None]]) -> bytes:
    body = "".join(f"<item><title>t</title><link>{base}{u}</link>" + (f"<pubDate>{d}</pubDate>" if d else "")
                   + "</item>" for u, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>越通社</title>{body}</channel></rss>'.encode()


@pytest.fixture()
def site(vnp_html: Callable[..., str]) -> Iterator[tuple[Site, str, dict[str, bytes]]]:
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    base = f"http://127.0.0.1:{server.server_port}"
    s.base = base
    pages = _pages(vnp_html)
    xml = {"Content-Type": "application/xml"}
    s.routes = {
        "/robots.txt": (200, {"Content-Type": "text/plain"},
                        f"User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap_index.xml\n".encode()),
        "/sitemap_index.xml": (200, xml, _sitemap(base, [("/sitemap-2024.xml.gz", "2024-09-30"),
                                                         ("/sitemap-2019.xml", "2019-01-01")], index=True)),
        "/sitemap-2024.xml.gz": (200, {"Content-Type": "application/gzip"}, gzip.compress(_sitemap(base, [
            ("/news/a.html", "2024-09-10T08:00:00+07:00"),
            ("/news/old.html", "2024-01-05"),
            ("/private/secret.html", "2024-09-11"),
            ("/news/flaky.html", "2024-09-12"),
            ("/news/gone.html", "2024-09-13"),
            ("http://elsewhere.invalid/x.html", "2024-09-14"),
        ]))),
        "/sitemap-2019.xml": (200, xml, _sitemap(base, [("/news/ancient.html", "2019-01-01")])),
        "/": (200, {"Content-Type": "text/html"},
              b'<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>'
              b"<body>home</body></html>"),
        "/rss.xml": (200, {"Content-Type": "application/rss+xml"}, _rss(base, [
            ("/news/b.html", "Tue, 10 Sep 2024 09:00:00 +0700"),
            ("/news/a.html", "Tue, 10 Sep 2024 08:00:00 +0700"),
            ("/news/c.html", None),
            ("/news/moved.html", "Wed, 11 Sep 2024 09:00:00 +0700"),
        ])),
        "/news/moved.html": (301, {"Location": "/news/d.html"}, b""),
    }
    bodies = {}
    for path, (body, ctype) in zip(("/news/a.html", "/news/b.html", "/news/c.html", "/news/d.html",
                                    "/news/flaky.html"), pages, strict=True):
        s.routes[path] = (200, {"Content-Type": ctype}, body)
        bodies[path] = body
    s.routes["/private/secret.html"] = s.routes["/news/a.html"]
    s.failures = {
        "/news/flaky.html": [(503, {"Content-Type": "text/plain"}, b"busy")],
        "/news/c.html": [(429, {"Retry-After": "0"}, b"slow down")],
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield s, base, bodies
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _config(base: str, **kw: Any) -> CrawlConfig:
    return CrawlConfig(start_url=f"{base}/", since=SINCE, rate=200.0, timeout=5.0, backoff=0.01,
                       max_backoff=0.05, **kw)


def _warc_responses(files: list[str]) -> dict[str, bytes]:
    from warcio.archiveiterator import ArchiveIterator

    out = {}
    for f in files:
        with open(f, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type == "response":
                    out[rec.rec_headers.get_header("WARC-Target-URI")] = rec.content_stream().read()
    return out


# --- the crawl ----------------------------------------------------------------------------


def test_crawl_discovers_fetches_archives_and_ingests(site: tuple[Site, str, dict[str, bytes]],
                                                      tmp_path: Path) -> None:
    s, base, bodies = site
    conn = connect(tmp_path / "dyad.db")
    report = crawl(conn, _config(base), tmp_path / "warc")
    u = lambda p: base + p  # noqa: E731
    assert set(report.discovered) == {u(p) for p in ("/news/a.html", "/news/old.html", "/private/secret.html",
                                                     "/news/flaky.html", "/news/gone.html", "/news/b.html",
                                                     "/news/c.html", "/news/moved.html")} | {
        "http://elsewhere.invalid/x.html"}
    assert report.skipped == {u("/news/old.html"): "before-since", u("/private/secret.html"): "robots",
                              "http://elsewhere.invalid/x.html": "off-site"}
    assert set(report.fetched) == {u(p) for p in ("/news/a.html", "/news/b.html", "/news/c.html",
                                                  "/news/moved.html", "/news/flaky.html")}
    assert report.failed == {u("/news/gone.html"): "http-404"}
    # never asked for: the disallowed path, the page before --since, the sitemap last changed in 2019
    assert not [p for p in s.log if p.startswith("/private/")]
    assert "/news/old.html" not in s.log and "/sitemap-2019.xml" not in s.log
    assert s.log.count("/news/flaky.html") == 2 and s.log.count("/news/c.html") == 2  # retried once each
    # the WARC holds each page byte for byte, under its final URL (after the redirect)
    warc = _warc_responses(report.warc_files)
    assert warc == {u(p): bodies[p] for p in ("/news/a.html", "/news/b.html", "/news/c.html", "/news/d.html",
                                              "/news/flaky.html")}
    assert report.ingest is not None and report.ingest["seen"] == 5
    names = {r[0] for r in conn.execute("SELECT name FROM document_names")}
    errors = {r[0] for r in conn.execute("SELECT path FROM ingest_errors")}
    assert names | errors == set(warc)
    assert len(names) >= 3  # the sample pages are articles
    conn.close()


def test_second_crawl_fetches_nothing_new(site: tuple[Site, str, dict[str, bytes]], tmp_path: Path) -> None:
    s, base, _ = site
    conn = connect(tmp_path / "dyad.db")
    first = crawl(conn, _config(base), tmp_path / "warc")
    article_requests = len([p for p in s.log if p.startswith("/news/")])
    second = crawl(conn, _config(base), tmp_path / "warc")
    assert second.fetched == [] and second.failed == {} and second.warc_files == []
    assert {u for u, why in second.skipped.items() if why == "seen"} == set(first.fetched) | set(first.failed)
    assert len([p for p in s.log if p.startswith("/news/")]) == article_requests  # only sitemaps/feeds again
    conn.close()


def test_updated_lastmod_is_fetched_again_and_max_pages_bounds_a_run(
        site: tuple[Site, str, dict[str, bytes]], tmp_path: Path) -> None:
    _, base, _ = site
    conn = connect(tmp_path / "dyad.db")
    first = crawl(conn, _config(base, max_pages=2), tmp_path / "warc")
    assert len(first.fetched) + len(first.failed) == 2  # newest first: gone (404) and flaky
    assert list(first.skipped.values()).count("limit") == 4
    conn.execute("UPDATE crawl_seen SET lastmod = '2024-09-01'")  # as if our copies predate the listing
    second = crawl(conn, _config(base, max_pages=10), tmp_path / "warc")
    assert set(first.fetched) <= set(second.fetched)
    conn.close()


def test_crawl_command_prints_a_json_report(site: tuple[Site, str, dict[str, bytes]], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dyad.cli import app

    _, base, _ = site
    result = CliRunner().invoke(app, ["crawl", f"{base}/", "--since", "2024-06-01", "--db", str(tmp_path / "x.db"),
                                      "--warc-dir", str(tmp_path / "w"), "--rate", "200", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(report["fetched"]) == 5 and report["skipped"]
    assert all(Path(f).parent == tmp_path / "w" for f in report["warc_files"])


def test_unreachable_robots_means_no_page_is_fetched(tmp_path: Path) -> None:
    """RFC 9309: a 5xx robots.txt means the whole site is disallowed."""
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(503)
        return httpx.Response(200, text="<urlset><url><loc>http://s.test/a</loc></url></urlset>")

    config = CrawlConfig(start_url="http://s.test/sitemap.xml", since=None, retries=1, backoff=0, rate=1000)
    report = CrawlReport()
    fetcher = Fetcher(config, report, client=httpx.Client(transport=httpx.MockTransport(handler)))
    conn = connect(tmp_path / "d.db")
    out = crawl(conn, config, tmp_path / "w", fetcher=fetcher)
    assert out.fetched == [] and "http://s.test/sitemap.xml" not in out.requests
    conn.close()


# --- the fetcher: rate limit and back-off, without waiting ---------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


def _fetcher(handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> tuple[Fetcher, FakeClock]:
    clock = FakeClock()
    config = CrawlConfig(start_url="http://a.test/", **kw)
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return Fetcher(config, CrawlReport(), client=client, sleep=clock.sleep, clock=clock), clock


def test_rate_limit_spaces_requests_per_host() -> None:
    times: list[tuple[str, float]] = []
    fetcher, clock = _fetcher(lambda r: httpx.Response(200, text="ok"), rate=2.0)
    fetcher.client = httpx.Client(transport=httpx.MockTransport(
        lambda r: (times.append((r.url.host, clock.now)), httpx.Response(200, text="ok"))[1]))
    for url in ("http://a.test/1", "http://a.test/2", "http://b.test/1", "http://a.test/3"):
        assert fetcher.get(url).ok
    a = [t for h, t in times if h == "a.test"]
    assert a == [0.0, 0.5, 1.0]  # 2 requests per second on one host
    assert [t for h, t in times if h == "b.test"] == [0.5]  # another host does not wait for a.test


def test_crawl_delay_from_robots_slows_a_host() -> None:
    fetcher, clock = _fetcher(lambda r: httpx.Response(200, text="ok"), rate=10.0)
    fetcher.delay["a.test"] = 3.0
    fetcher.get("http://a.test/1")
    fetcher.get("http://a.test/2")
    assert clock.sleeps == [3.0]


def test_retry_after_and_exponential_back_off() -> None:
    answers = iter([httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(503), httpx.Response(502),
                    httpx.Response(200, text="ok")])
    fetcher, clock = _fetcher(lambda r: next(answers), rate=1000.0, backoff=1.0, max_backoff=60.0, retries=4)
    got = fetcher.get("http://a.test/x")
    assert got.ok and got.body == b"ok"
    assert [s for s in clock.sleeps if s >= 1] == [7.0, 2.0, 4.0]  # Retry-After, then 1 * 2**attempt


def test_retries_are_bounded_and_timeouts_retried() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        raise httpx.ReadTimeout("slow", request=request)

    fetcher, clock = _fetcher(handler, rate=1000.0, backoff=0.5, max_backoff=1.0, retries=3)
    got = fetcher.get("http://a.test/x")
    assert got.error == "timeout" and len(calls) == 4
    assert [s for s in clock.sleeps if s >= 0.5] == [0.5, 1.0, 1.0]  # capped at max_backoff


def test_bodies_over_the_cap_are_refused() -> None:
    fetcher, _ = _fetcher(lambda r: httpx.Response(200, content=b"x" * 5000), rate=1000.0, max_page_bytes=1000)
    assert fetcher.get("http://a.test/big").error == "too-large"


def test_redirects_off_site_or_in_loops_are_not_followed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/away":
            return httpx.Response(302, headers={"Location": "http://evil.test/x"})
        return httpx.Response(302, headers={"Location": "/loop"})

    fetcher, _ = _fetcher(handler, rate=1000.0, max_redirects=3)
    assert fetcher.get("http://a.test/away").error == "off-site-redirect"
    assert fetcher.get("http://a.test/loop").error == "redirects"


# --- sitemaps and feeds -------------------------------------------------------------------


def test_sitemap_index_urlset_gzip_and_dates() -> None:
    idx = sitemaps.parse_sitemap(_sitemap("http://s", [("/a.xml", "2024-01-02")], index=True), "http://s/")
    assert idx.kind == "index" and idx.sitemaps == [sitemaps.Entry("http://s/a.xml", "2024-01-02")]
    urls = sitemaps.parse_sitemap(gzip.compress(_sitemap("http://s", [("/p", "2024-09-10T23:59:00+07:00"),
                                                                      ("/q", None), ("/r", "bad")])), "http://s/")
    assert urls.kind == "urlset"
    assert [(e.url, e.day) for e in urls.entries] == [("http://s/p", "2024-09-10"), ("http://s/q", None),
                                                       ("http://s/r", None)]
    assert sitemaps.parse_sitemap(b"<html>not xml", "http://s/").kind == "unknown"
    news = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://s/n</loc><news:news>'
            b"<news:publication_date>2024-09-12T10:00:00+07:00</news:publication_date></news:news></url></urlset>")
    assert sitemaps.parse_sitemap(news, "http://s/").entries == [sitemaps.Entry("http://s/n", "2024-09-12")]


def test_rss_and_atom_feeds() -> None:
    rss = sitemaps.parse_feed(_rss("http://s", [("/a", "Tue, 10 Sep 2024 09:00:00 +0700")]), "http://s/")
    assert [(e.url, e.day) for e in rss.entries] == [("http://s/a", "2024-09-10")]
    atom = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/b"/>'
            b"<updated>2024-09-11T01:00:00Z</updated></entry></feed>")
    assert [(e.url, e.day) for e in sitemaps.parse_feed(atom, "http://s/").entries] == [("http://s/b", "2024-09-11")]
    html = '<link rel="alternate" type="application/rss+xml" href="/rss"><link rel="stylesheet" href="/c.css">'
    assert sitemaps.feed_links(html, "http://s/x") == ["http://s/rss"]
