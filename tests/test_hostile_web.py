"""The web app against hostile data and hostile requests, extending ``test_web_api`` and
``test_web_browser`` (which check one hostile title on four pages and the main filters).

Here the store holds pages with script and ``javascript:`` in *every* field a page has
(title, lead, body, caption, teaser title and summary, links, the crawl URL that names the
document), and the checks sweep *every* route: each HTML page type is opened in headless
Chromium and must stay inert; every query and path parameter of every GET endpoint (listed
from the app's own OpenAPI schema, so new endpoints are swept too) takes SQL metacharacters,
huge numbers and oversized limits without a 5xx; every write route refuses without the token.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from dyad.store.db import connect
from dyad.store.ingest import IngestOptions, ingest
from dyad.web.app import Settings, create_app
from hostile.files import JS_URL, sample_page, script_page_html, script_page_text
from test_web_support import TOKEN, Served

CHROMIUM = Path("/usr/bin/chromium")
JS_DOC_URL = "javascript:window.__pwned=1//crawl"
NASTY = ["' OR '1'='1", '" OR ""="', "%", "_", "<script>window.__pwned=1</script>", "1; DELETE FROM events"]
# SQL only (the hostile pages' own text holds "_" and "<script>", which rightly match it)
SQL = ["' OR '1'='1", '" OR ""="', "%", "%%", "1; DELETE FROM events", "') OR ('a'='a", "\\"]
HUGE = [str(2**64), str(-(2**64)), "1e3", "-1", "NaN", "' OR 1=1 --"]
CLEAN_STATUSES = {200, 400, 404, 422}


@pytest.fixture(scope="module")
def hostile_db() -> Iterator[Path]:
    """Four sample pages, two pages with script in every field, a crawl line named by a js: URL."""
    work = Path(tempfile.mkdtemp(prefix="dyad-hostile-web-"))
    pages = work / "pages"
    pages.mkdir()
    for n in (1, 3, 5, 19):
        (pages / f"{n:03d}.page").write_bytes(sample_page(n))
    (pages / "script.txt").write_text(script_page_text(), encoding="utf-8")
    (pages / "script.html").write_text(script_page_html(), encoding="utf-8")
    crawl = {"url": JS_DOC_URL, "text": script_page_text().replace("5月1日", "7月9日")}
    (pages / "crawl.jsonl").write_text(json.dumps(crawl, ensure_ascii=False) + "\n", encoding="utf-8")
    db = work / "hostile.db"
    with closing(connect(db)) as conn:
        summary = ingest(conn, sorted(pages.iterdir()), IngestOptions(workers=1))
        assert summary.errors == 0 and summary.added == 7, summary
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield db
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def site(hostile_db: Path) -> Iterator[Served]:
    server = Served(create_app(Settings(db=hostile_db, allow_ingest=True, token=TOKEN)))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def http(site: Served) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site.url, timeout=60) as client:
        yield client


def _hostile_ids(db: Path) -> dict[str, list[Any]]:
    """Ids of everything the hostile pages made: documents, their events' clusters, actors."""
    with closing(sqlite3.connect(db)) as conn:
        docs = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT d.id FROM documents d JOIN document_names n ON n.document_id = d.id"
                " WHERE n.name LIKE '%script.%' OR n.name = ?",
                (JS_DOC_URL,),
            )
        ]
        marks = ",".join("?" * len(docs))
        clusters = [
            r[0] for r in conn.execute(f"SELECT cluster_id FROM events WHERE document_id IN ({marks})", docs)
        ]
        events = [r[0] for r in conn.execute(f"SELECT id FROM events WHERE document_id IN ({marks})", docs)]
        actors = [
            r[0]
            for r in conn.execute(
                f"SELECT actor_id FROM actor_documents WHERE document_id IN ({marks})", docs
            )
        ]
    assert len(docs) == 3 and events and clusters and actors
    return {"documents": docs, "clusters": clusters, "events": events, "actors": actors}


# --- every page type in the browser -----------------------------------------------------------


def _pages(db: Path) -> list[str]:
    ids = _hostile_ids(db)
    return [
        "/",
        "/search?q=越南",
        "/search?q=会见&target=events",
        "/search?q=%3Cscript%3E",
        "/events",
        "/events?q=会见",
        "/events?actor=%3Cscript%3E",
        "/documents",
        "/documents?title=script",
        *[f"/documents/{i}" for i in ids["documents"]],
        "/actors",
        *[f"/actors/{a}" for a in ids["actors"][:4]],
        "/dyads?a=VNM&b=KHM",
        "/dyads?a=VNM&b=CHN",
        "/network",
        "/network?level=actor",
        "/clusters",
        *[f"/clusters/{c}" for c in ids["clusters"][:3]],
        "/nope/%3Cscript%3Ewindow.__pwned=1%3C/script%3E",  # the 404 page echoes the path
    ]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"chromium not installed: {CHROMIUM} is missing (apt-get install chromium, or `make browser`)"
        )
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    from test_web_browser import ARGS

    profile = tempfile.mkdtemp(prefix="dyad-chromium-")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": 1280, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


_INERT = """() => ({
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    live: window.__live === undefined ? null : String(window.__live),
    title: document.title,
    scripts: [...document.scripts].filter(s => s.type !== 'application/json')
        .map(s => s.src || ('inline:' + s.textContent.slice(0, 60))),
    islands: [...document.scripts].filter(s => s.type === 'application/json').map(s => s.textContent),
    handlers: [...document.querySelectorAll('*')].flatMap(el => [...el.attributes]
        .filter(a => a.name.startsWith('on')).map(a => el.tagName + '@' + a.name)),
    urls: [...document.querySelectorAll('[href],[src],[action],[formaction]')].flatMap(el =>
        ['href', 'src', 'action', 'formaction'].map(k => el.getAttribute(k)).filter(Boolean))
        .filter(u => /^\\s*(javascript|vbscript|data:text)/i.test(u)),
    iframes: document.querySelectorAll('iframe, object, embed').length,
})"""


def test_script_in_every_field_renders_inert_on_every_page(
    browser: Any, site: Served, hostile_db: Path
) -> None:
    from test_web_browser import Tab

    tab = Tab(browser, site)
    try:
        seen_hostile_text = 0
        for path in _pages(hostile_db):
            page = tab.go(path)
            page.wait_for_load_state("load")
            if path.startswith("/documents/"):  # the hostile text itself: hover what shows it
                for el in page.locator("main span, main p, main figcaption").all()[:15]:
                    if el.is_visible():
                        el.hover(timeout=2000)
            page.wait_for_timeout(50)
            state = page.evaluate(_INERT)
            assert state["pwned"] is None and state["live"] is None, (path, state)
            assert state["title"] != "pwned", path  # the text may show it; running it would set it
            assert all(s.startswith(site.url + "/static/") for s in state["scripts"]), (
                path,
                state["scripts"],
            )
            assert state["handlers"] == [] and state["urls"] == [] and state["iframes"] == 0, (path, state)
            for island in state["islands"]:  # JSON data for the charts: data, and no way out of it
                json.loads(island)
                assert "</script" not in island.lower() and "<!--" not in island, (path, island[:200])
            seen_hostile_text += "window.__pwned" in page.content()
        assert seen_hostile_text >= 5  # the hostile text is shown (escaped), not silently dropped
    finally:
        tab.close()  # no dialog, no page error, no request off the machine


def test_javascript_urls_are_never_links(http: httpx.Client, hostile_db: Path) -> None:
    for doc in _hostile_ids(hostile_db)["documents"]:
        html = http.get(f"/documents/{doc}").text
        for attr in ('href="', "href='", 'src="', "src='"):
            for value in html.split(attr)[1:]:
                assert not value.lstrip().lower().startswith(("javascript", "vbscript", "data:text")), value[
                    :50
                ]
    data = http.get("/api/documents", params={"limit": 1000}).json()["rows"]
    assert JS_DOC_URL in {d["name"] for d in data}  # the data keeps the name it came with
    assert f'href="{JS_URL}' not in http.get("/documents?title=script").text


# --- every parameter of every endpoint ----------------------------------------------------------


def _get_routes(app: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    spec = app.openapi()
    return [(path, ops["get"].get("parameters", [])) for path, ops in spec["paths"].items() if "get" in ops]


def _fill(path: str, ids: dict[str, list[Any]]) -> str:
    return (
        path.replace("{event_id}", str(ids["events"][0]))
        .replace("{actor_id}", str(ids["actors"][0]))
        .replace("{document_id}", str(ids["documents"][0]))
        .replace("{cluster_id}", str(ids["clusters"][0]))
    )


REQUIRED = {"/api/dyads": {"a": "VNM", "b": "CHN"}, "/api/search": {"q": "越南"}}


def _kind(param: dict[str, Any]) -> str:
    schema = param.get("schema", {})
    types = [schema.get("type")] + [s.get("type") for s in schema.get("anyOf", [])]
    return "integer" if "integer" in types else "boolean" if "boolean" in types else "string"


def test_every_parameter_takes_hostile_values_without_a_server_error(
    http: httpx.Client, site: Served, hostile_db: Path
) -> None:
    ids = _hostile_ids(hostile_db)
    app = create_app(Settings(db=hostile_db))
    routes = _get_routes(app)
    assert len(routes) >= 12
    before = http.get("/api/stats").json()
    problems = []
    for path, params in routes:
        html_twin = path.removeprefix("/api") if path.removeprefix("/api") != path else None
        for p in params:
            values = (
                HUGE if _kind(p) == "integer" else [*NASTY, "x" * 600] if _kind(p) == "string" else ["maybe"]
            )
            for value in values:
                base = dict(REQUIRED.get(path, {}))
                if p["in"] == "path":
                    url, query = path.replace("{" + p["name"] + "}", quote(value, safe="")), base
                else:
                    url, query = _fill(path, ids), {**base, p["name"]: value}
                for target in (url, html_twin and url.replace("/api", "", 1)):
                    if not target:
                        continue
                    r = http.get(target, params=query)
                    if r.status_code not in CLEAN_STATUSES:
                        problems.append(f"{r.status_code} {target} {p['name']}={value[:30]!r}")
                    elif r.status_code != 200 and target.startswith("/api/"):
                        body = r.json()
                        if not body.get("error") or not body.get("message"):
                            problems.append(f"unclear error {r.status_code} {target} {p['name']}: {body}")
    assert not problems, "\n".join(problems[:40])
    assert http.get("/api/stats").json() == before  # nothing was written or deleted


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/api/events", "country"),
        ("/api/events", "with"),
        ("/api/events", "actor"),
        ("/api/events", "type"),
        ("/api/events", "mode"),
        ("/api/events", "place"),
        ("/api/actors", "q"),
        ("/api/actors", "country"),
        ("/api/actors", "kind"),
        ("/api/documents", "title"),
        ("/api/clusters", "type"),
        ("/api/network", "country"),
    ],
)
def test_sql_metacharacters_in_text_filters_match_nothing(http: httpx.Client, path: str, param: str) -> None:
    for value in SQL:
        r = http.get(path, params={param: value})
        assert r.status_code == 200, (path, param, value, r.text[:200])
        body = r.json()
        found = body.get("total", len(body.get("edges", [])))
        assert found == 0, (path, param, value)


def test_oversized_pages_are_refused_with_a_clear_error(
    http: httpx.Client, site: Served, hostile_db: Path
) -> None:
    for path, params in _get_routes(create_app(Settings(db=hostile_db))):
        if any(p["name"] == "limit" for p in params):
            r = http.get(path, params={**REQUIRED.get(path, {}), "limit": 10**9})
            assert r.status_code == 422, (path, r.status_code)
            assert "limit" in r.json()["message"] and "1000" in r.json()["message"], r.json()


def test_write_routes_refuse_without_the_token(http: httpx.Client, site: Served, hostile_db: Path) -> None:
    spec = create_app(Settings(db=hostile_db, allow_ingest=True, token=TOKEN)).openapi()
    writes = [(m, path) for path, ops in spec["paths"].items() for m in ops if m != "get"]
    assert writes, "no write route to check"
    before = http.get("/api/stats").json()["documents"]
    page = "越南与老挝举行会谈\n\n越通社河内——5月4日,越南政府总理会见老挝总理。\n".encode()
    for method, path in writes:
        for headers in (
            {},
            {"authorization": "Bearer"},
            {"authorization": f"Bearer {TOKEN[:-1]}"},
            {"authorization": f"bearer{TOKEN}"},
            {"cookie": f"token={TOKEN}"},
            {"x-token": TOKEN},
        ):
            r = http.request(method.upper(), path, params={"name": "x.txt"}, content=page, headers=headers)
            assert r.status_code in (401, 403), (method, path, headers, r.status_code)
    for path, _ in _get_routes(create_app(Settings(db=hostile_db))):
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            assert http.request(method, _fill(path, _hostile_ids(hostile_db))).status_code in (401, 403, 405)
    assert http.get("/api/stats").json()["documents"] == before


def test_oversized_or_hostile_writes_are_refused_cleanly(http: httpx.Client) -> None:
    """With the token: a 9 MB body is a 413, a bad page a 400 naming the reason, a crawl URL
    urllib refuses no 500; the store takes none of them."""
    auth = {"authorization": f"Bearer {TOKEN}"}
    before = http.get("/api/stats").json()["documents"]
    big = http.post("/api/ingest", params={"name": "big.txt"}, content=b"x" * (9 * 1024 * 1024), headers=auth)
    assert big.status_code == 413 and big.json()["error"]
    for body in (b"", b"\x89PNG\r\n\x1a\n" + bytes(100), b"<math><html>"):
        r = http.post("/api/ingest", params={"name": "bad.txt"}, content=body, headers=auth)
        assert r.status_code == 400 and r.json()["message"], (body[:10], r.status_code)
    page = script_page_html().encode()
    r = http.post(
        "/api/ingest", params={"name": "odd-url.html", "url": "http://[x"}, content=page, headers=auth
    )
    assert r.status_code in (201, 400), r.text[:200]
    assert http.get("/api/stats").json()["documents"] in (before, before + 1)
