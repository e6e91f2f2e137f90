"""The HTTP API and the pages' JSON/CSV twins, over the real app served by uvicorn on loopback:
every endpoint, pagination, filters (SQL metacharacters included), the write endpoint's
token, the query time budget, escaping of hostile page text, and ``dyad serve`` itself.
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from dyad.store.export import FLAT_COLUMNS
from dyad.web import present
from dyad.web.app import ReadPool, Settings, create_app
from test_web_support import (
    LINKED_TEASER_HREF,
    LINKED_TEASER_TITLE,
    TOKEN,
    XSS_TITLE,
    Served,
    build_web_db,
    free_port,
)

PAGES = [
    "/",
    "/search?q=王毅",
    "/search?q=会见&target=events",
    "/events?country=VNM&with=CHN",
    "/documents",
    "/documents/1",
    "/actors",
    "/actors/P:CHN:王毅",
    "/dyads?a=VNM&b=CHN",
    "/network",
    "/network?level=actor&type=CONSULT",
    "/clusters",
]
NASTY = ["' OR 1=1 --", "%", '"', "_", "%' OR '1'='1", "\\", ";DROP TABLE events;--"]


@pytest.fixture(scope="module")
def web_db() -> Path:
    return build_web_db()


@pytest.fixture(scope="module")
def http(web_db: Path) -> Iterator[httpx.Client]:
    server = Served(create_app(Settings(db=web_db)))
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            yield client
    finally:
        server.stop()


def get_json(http: httpx.Client, url: str, **params: Any) -> Any:
    r = http.get(url, params=params or None)
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# --- every endpoint ------------------------------------------------------------------------------


def test_every_api_endpoint_answers(http: httpx.Client) -> None:
    stats = get_json(http, "/api/stats")
    assert stats["documents"] >= 22 and stats["events"] > 100
    events = get_json(http, "/api/events")
    assert events["total"] == stats["events"] and len(events["rows"]) == 50
    first = events["rows"][0]
    assert get_json(http, f"/api/events/{first['id']}")["evidence"] == first["evidence"]
    actors = get_json(http, "/api/actors", country="CHN")
    assert actors["total"] > 0 and all(a["country"] == "CHN" for a in actors["rows"])
    wang = get_json(http, "/api/actors/P:CHN:王毅")
    assert wang["name"] == "王毅" and wang["offices"] and wang["events"]
    assert get_json(http, "/api/actors/王毅")["id"] == wang["id"]  # by name too
    docs = get_json(http, "/api/documents")
    assert docs["total"] == stats["documents"]
    doc = get_json(http, f"/api/documents/{docs['rows'][0]['id']}", spans="true")
    assert doc["events"] and doc["spans"]["text"]
    found = get_json(http, "/api/search", q="王毅")
    assert found["total"] >= 2 and "<mark>王毅</mark>" in found["rows"][0]["snippet_html"]
    assert get_json(http, "/api/search", q="王毅", target="events")["total"] > 0
    dyad = get_json(http, "/api/dyads", a="VNM", b="CHN")
    assert dyad["total"] > 0 and dyad["types"]
    clusters = get_json(http, "/api/clusters", min_sources=2)
    assert clusters["total"] > 0 and all(c["source_count"] >= 2 for c in clusters["rows"])
    cluster = get_json(http, f"/api/clusters/{clusters['rows'][0]['id']}")
    assert len({e["document_id"] for e in cluster["events"]}) >= 2
    net = get_json(http, "/api/network")
    assert net["nodes"] and net["edges"] and {"VNM", "CHN"} <= {n["id"] for n in net["nodes"]}
    assert get_json(http, "/api/countries")["rows"][0]["code"] == "VNM"


def test_openapi_lists_the_api_and_docs_are_served_locally(http: httpx.Client) -> None:
    spec = get_json(http, "/openapi.json")
    for path in (
        "/api/events",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/documents",
        "/api/search",
        "/api/dyads",
        "/api/clusters",
        "/api/network",
        "/api/stats",
        "/api/ingest",
    ):
        assert path in spec["paths"], path
    docs = http.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text  # nothing from a CDN
    for asset in (
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/vendor/echarts/echarts.min.js",
        "/static/app.js",
        "/static/style.css",
    ):
        assert http.get(asset).status_code == 200, asset


def test_vendored_files_are_in_the_package_with_their_licences() -> None:
    vendor = Path(present.__file__).parent / "static" / "vendor"
    for name in ("echarts/echarts.min.js", "echarts/LICENSE", "echarts/NOTICE", "swagger-ui/LICENSE"):
        assert (vendor / name).is_file(), name
    assert "Apache License" in (vendor / "echarts/LICENSE").read_text()
    templates = Path(present.__file__).parent / "templates"
    for t in templates.glob("*.html"):
        assert '<script src="http' not in t.read_text(), t  # never a CDN at run time


# --- twins ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_json_twin(http: httpx.Client, page: str) -> None:
    html = http.get(page)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert 'lang="zh-Hans"' in html.text
    path, _, query = page.partition("?")
    twin = http.get(("/.json" if path == "/" else f"{path}.json") + (f"?{query}" if query else ""))
    assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json")
    accept = http.get(page, headers={"accept": "application/json"})
    assert accept.status_code == 200 and accept.json() == twin.json()


def test_csv_of_every_list(http: httpx.Client) -> None:
    r = http.get("/api/events.csv", params={"limit": 7})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = rows_of(r.text)
    assert len(rows) == 7 and list(rows[0]) == list(FLAT_COLUMNS)
    total = int(r.headers["x-total-count"])
    assert total > 7 and 'rel="next"' in r.headers["link"] and "offset=7" in r.headers["link"]
    assert http.get("/api/events", params={"limit": 7, "format": "csv"}).text == r.text
    assert http.get("/events.csv", params={"limit": 7}).text == r.text  # the page's own list
    for url, column in (
        ("/api/actors.csv", "name"),
        ("/api/documents.csv", "title"),
        ("/api/search.csv?q=王毅", "snippet"),
        ("/api/search.csv?q=会见&target=events", "evidence"),
        ("/api/clusters.csv", "label"),
        ("/api/dyads.csv?a=VNM&b=CHN", "month"),
        ("/api/network.csv", "source"),
        ("/api/countries.csv", "code"),
        ("/api/actors/P:CHN:王毅.csv", "evidence"),
    ):
        got = http.get(url)
        assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv"), url
        table = rows_of(got.text)
        assert table and column in table[0], url
    assert http.get("/api/events", params={"format": "xml"}).status_code == 400


def test_csv_defuses_formulas() -> None:
    text = present.csv_text([{"a": '=HYPERLINK("x")', "b": -5, "c": "+1", "d": ["x"]}])
    row = rows_of(text)[0]
    assert row == {"a": '\'=HYPERLINK("x")', "b": "-5", "c": "'+1", "d": '["x"]'}


# --- pagination ------------------------------------------------------------------------------------


def test_pagination_walks_every_row_once(http: httpx.Client) -> None:
    url: str | None = "/api/events?limit=40"
    seen: list[str] = []
    total = None
    while url:
        page = get_json(http, url)
        total = page["total"] if total is None else total
        assert page["total"] == total
        seen += [e["id"] for e in page["rows"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) == total > 250  # no 250-record cap
    big = get_json(http, "/api/events", limit=1000)
    assert big["limit"] == 1000 and len(big["rows"]) == min(total, 1000)  # the corpus grows past 1000
    assert get_json(http, "/api/events", limit=0)["rows"] == []
    assert get_json(http, "/api/events", offset=10_000)["rows"] == []
    for bad in ({"limit": 1001}, {"limit": -1}, {"offset": -5}, {"limit": "x"}):
        r = http.get("/api/events", params=bad)
        assert r.status_code == 422 and r.json()["error"] == "invalid-parameter", bad
    prev = get_json(http, "/api/actors", limit=5, offset=5)
    assert prev["prev"] and "offset=0" in prev["prev"]


# --- filters -------------------------------------------------------------------------------------


def sides(ev: dict[str, Any]) -> tuple[set[str], set[str]]:
    return {p["country"] for p in ev["source"]}, {p["country"] for p in ev["target"]}


def test_event_filters(http: httpx.Client) -> None:
    rows = get_json(http, "/api/events", country="VNM", **{"with": "CHN"}, limit=1000)["rows"]
    assert rows
    for ev in rows:
        src, tgt = sides(ev)
        assert ("VNM" in src and "CHN" in tgt) or ("CHN" in src and "VNM" in tgt), ev["id"]
    consult = get_json(http, "/api/events", type="consult", limit=1000)["rows"]
    assert consult and all(e["type"] == "CONSULT" for e in consult)
    visits = get_json(http, "/api/events", mode="visit", limit=1000)["rows"]
    assert visits and all(e["mode"] == "visit" for e in visits)
    dated = get_json(http, "/api/events", since="2021", until="2021-12", limit=1000)["rows"]
    assert dated and all(e["date_end"] >= "2021-01-01" and e["date_start"] <= "2021-12-31" for e in dated)
    wang = get_json(http, "/api/events", actor="王毅", limit=1000)["rows"]
    assert wang and all(any(p["name"] == "王毅" for p in e["source"] + e["target"]) for e in wang)
    hanoi = get_json(http, "/api/events", place="河内", limit=1000)["rows"]
    assert hanoi and all("河内" in (e["location"] or "") for e in hanoi)
    rich = get_json(http, "/api/events", min_amount="1M", limit=1000)["rows"]
    assert all(e["amount"]["value"] >= 1e6 for e in rich)
    vaccine = get_json(http, "/api/events", q="疫苗", limit=1000)["rows"]
    assert vaccine and all("疫苗" in e["evidence"]["text"] for e in vaccine)
    assert http.get("/api/events", params={"since": "last year"}).json()["error"] == "bad-request"
    assert http.get("/api/events", params={"min_amount": "lots"}).status_code == 400


@pytest.mark.parametrize("value", NASTY)
def test_sql_metacharacters_are_just_text(http: httpx.Client, value: str) -> None:
    for key in ("country", "with", "actor", "type", "mode", "place"):
        page = get_json(http, "/api/events", **{key: value})
        assert page["total"] == 0 and page["rows"] == [], (key, value)
    assert get_json(http, "/api/actors", q=value)["total"] == 0
    assert get_json(http, "/api/actors", country=value)["total"] == 0
    assert get_json(http, "/api/documents", title=value)["total"] == 0
    for target in ("documents", "events"):
        assert get_json(http, "/api/search", q=value, target=target)["total"] == 0
    assert get_json(http, "/api/dyads", a=value[:8], b="CHN")["total"] == 0
    assert get_json(http, "/api/network", country=value)["edges"] == []
    assert http.get(f"/api/actors/{value}").status_code == 404
    assert http.get("/api/events", params={"min_amount": value}).status_code == 400
    assert http.get("/search", params={"q": value}).status_code == 200
    # and the store is still whole
    assert get_json(http, "/api/stats")["events"] > 100


# --- errors and safety -------------------------------------------------------------------------------


def test_not_found_is_json_under_api_and_a_page_elsewhere(http: httpx.Client) -> None:
    r = http.get("/api/documents/999999")
    assert r.status_code == 404 and r.json()["error"] == "not-found"
    assert http.get("/api/events/nope").status_code == 404
    assert http.get("/api/clusters/999999").status_code == 404
    page = http.get("/documents/999999")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert http.get("/documents/999999.json").json()["error"] == "not-found"


def test_security_headers(http: httpx.Client) -> None:
    r = http.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def hostile_id(http: httpx.Client) -> int:
    docs = get_json(http, "/api/documents", title="<script>")["rows"]
    assert [d["title"] for d in docs] == [XSS_TITLE]
    return int(docs[0]["id"])


def test_hostile_text_is_escaped_and_never_a_link(http: httpx.Client) -> None:
    doc_id = hostile_id(http)
    for url in (
        f"/documents/{doc_id}",
        "/search?q=王毅",
        "/documents?title=%3Cscript%3E",
        "/events?actor=王毅",
    ):
        html = http.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b onmouseover" not in html, url
        for href in html.split('href="')[1:]:
            assert not href.lower().lstrip().startswith("javascript"), (url, href[:40])
        assert "onerror=" not in html.replace("onerror=alert(1)&gt;", ""), url
    page = http.get(f"/documents/{doc_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:alert(1)" in page  # shown as text...
    assert 'href="javascript' not in page  # ...never as a link
    data = get_json(http, f"/documents/{doc_id}.json")
    assert data["title"] == XSS_TITLE and data["url"] == "javascript:alert(1)"  # the data stays as it was


def test_links_to_this_page_stay_on_this_site() -> None:
    from starlette.requests import Request

    from dyad.web.deps import local_path

    request = Request({"type": "http", "path": "//evil.example/x", "query_string": b"", "headers": []})
    path = local_path(request)
    assert path.startswith("/") and not path.startswith("//"), path


def test_teasers_link_to_their_articles(http: httpx.Client) -> None:
    doc_id = hostile_id(http)
    data = get_json(http, f"/documents/{doc_id}.json")
    linked = [t for t in data["teasers"] if t["title"] == LINKED_TEASER_TITLE]
    assert linked and linked[0]["article_id"], data["teasers"]
    article = get_json(http, f"/api/documents/{linked[0]['article_id']}")
    assert article["title"] == LINKED_TEASER_TITLE
    html = http.get(f"/documents/{doc_id}").text
    assert f'<a href="/documents/{article["id"]}" title="the article this teaser stands for">' in html
    assert f'href="{LINKED_TEASER_HREF}"' in html  # an http(s) teaser URL is a link (to the source site)


def test_safe_href() -> None:
    assert present.safe_href("https://zh.vietnamplus.vn/a.vnp") == "https://zh.vietnamplus.vn/a.vnp"
    for bad in (
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "//evil.example/x",
        "/relative",
        "http://",
        "https://a b",
        "https://x/\nscript",
        None,
        5,
        "vbscript:x",
    ):
        assert present.safe_href(bad) is None, bad


def test_highlight_escapes_and_never_nests() -> None:
    text = "甲<b>乙会见丙</b>丁"
    marks = [
        {"kind": "actor", "start": 1, "end": 5, "actor_id": "P:X:\"乙'"},
        {"kind": "trigger", "start": 4, "end": 6, "event_id": "e1", "label": "CONSULT"},
        {"kind": "evidence", "start": 0, "end": len(text), "event_id": "e1"},
    ]
    html = str(present.highlight(text, 0, len(text), marks))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert html.count("<a ") == 2 and 'href="/actors/P%3AX%3A%22%E4%B9%99%27"' in html
    assert 'data-ev="e1"' in html and 'data-event="e1"' in html
    assert present.highlight(text, 3, 3, marks) == ""
    assert str(present.safe_snippet("<mark>王毅</mark>&lt;script&gt;<script>x</script>")) == (
        "<mark>王毅</mark>&lt;script&gt;&lt;script&gt;x&lt;/script&gt;"
    )


# --- the document view's spans ---------------------------------------------------------------------------


def test_document_marks_point_into_the_text(http: httpx.Client) -> None:
    doc_id = get_json(http, "/api/search", q="范明政总理会见中国国务委员兼外长王毅")["rows"][0]["id"]
    data = get_json(http, f"/documents/{doc_id}.json")
    text = data["spans"]["text"]
    kinds = {m["kind"] for m in data["spans"]["marks"]}
    assert {"actor", "date", "trigger", "evidence"} <= kinds
    names = {text[m["start"] : m["end"]] for m in data["spans"]["marks"] if m["kind"] == "actor"}
    assert {"王毅", "范明政"} <= names
    for ev in data["events"]:
        ev_span = ev["evidence"]
        assert text[ev_span["start"] : ev_span["end"]] == ev_span["text"]
    html = http.get(f"/documents/{doc_id}").text
    assert 'class="hl hl-actor' in html and "hl-trigger" in html and "hl-office" in html


# --- dyads --------------------------------------------------------------------------------------


def test_dyad_counts_add_up(http: httpx.Client) -> None:
    d = get_json(http, "/api/dyads", a="vnm", b="chn")
    assert (d["a"], d["b"]) == ("VNM", "CHN")
    charted = sum(sum(v) for v in d["series"].values())
    assert charted + d["undated"] == d["total"] > 0
    assert all(len(v) == len(d["months"]) for v in d["series"].values())
    listed = get_json(http, "/api/events", country="VNM", **{"with": "CHN"})["total"]
    assert listed == d["total"]
    assert get_json(http, "/api/dyads", a="VNM", b="CHN", type="AID")["types"] in ([], ["AID"])


# --- time budget, read-only, write endpoint ---------------------------------------------------------


def test_slow_queries_are_stopped_with_a_clear_error(web_db: Path) -> None:
    server = Served(create_app(Settings(db=web_db, query_timeout=1e-9)))
    try:
        r = httpx.get(f"{server.url}/api/network?level=actor", timeout=30)
        assert r.status_code == 503
        assert r.json()["error"] == "query-timeout" and "narrow" in r.json()["message"]
        page = httpx.get(f"{server.url}/network?level=actor", timeout=30)
        assert page.status_code == 503 and page.headers["content-type"].startswith("text/html")
    finally:
        server.stop()


def test_many_clients_queue_for_few_connections(web_db: Path) -> None:
    """More concurrent requests than connections and worker threads: they queue, none fails."""
    from concurrent.futures import ThreadPoolExecutor

    server = Served(create_app(Settings(db=web_db, pool_size=1)))
    try:
        with httpx.Client(base_url=server.url, timeout=60, limits=httpx.Limits(max_connections=80)) as client:

            def one(i: int) -> int:
                path = "/api/events" if i % 2 else "/api/search"
                return client.get(path, params={"q": "王毅"} if i % 2 == 0 else {"limit": 5}).status_code

            with ThreadPoolExecutor(max_workers=80) as pool:
                codes = list(pool.map(one, range(160)))
        assert codes == [200] * 160
    finally:
        server.stop()


def test_read_connections_cannot_write(web_db: Path) -> None:
    pool = ReadPool(web_db, 1, 2.0)
    try:
        with pool.connection() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM events")
    finally:
        pool.close()


def test_ingest_is_refused_without_the_flag(http: httpx.Client) -> None:
    r = http.post(
        "/api/ingest",
        params={"name": "x.txt"},
        content="标题\n\n正文。",
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 403 and r.json()["error"] == "forbidden"


def test_ingest_needs_the_token(web_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(web_db, db)
    with pytest.raises(Exception, match="token"):
        create_app(Settings(db=db, allow_ingest=True))
    server = Served(create_app(Settings(db=db, allow_ingest=True, token=TOKEN)))
    page = "越南与老挝举行会谈\n\n2023年5月4日,越南政府总理范明政在河内会见了老挝总理宋赛·西潘敦。\n".encode()
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for headers in (
                {},
                {"authorization": "Bearer wrong"},
                {"authorization": TOKEN},
                {"authorization": f"Basic {TOKEN}"},
                {"authorization": f"Bearer {TOKEN}x"},
            ):
                r = client.post("/api/ingest", params={"name": "api/page.txt"}, content=page, headers=headers)
                assert r.status_code == 401, headers
                assert r.headers["www-authenticate"] == "Bearer"
            before = client.get("/api/stats").json()["documents"]
            ok = client.post(
                "/api/ingest",
                params={"name": "api/page.txt"},
                content=page,
                headers={"authorization": f"Bearer {TOKEN}"},
            )
            assert ok.status_code == 201, ok.text
            body = ok.json()
            assert body["outcome"] == "added" and body["document_id"]
            assert client.get("/api/stats").json()["documents"] == before + 1
            assert client.get(f"/api/documents/{body['document_id']}").json()["title"] == "越南与老挝举行会谈"
            again = client.post(
                "/api/ingest",
                params={"name": "api/page.txt"},
                content=page,
                headers={"authorization": f"Bearer {TOKEN}"},
            )
            assert again.json()["outcome"] == "alias"
            bad = client.post(
                "/api/ingest",
                params={"name": "empty.txt"},
                content=b"",
                headers={"authorization": f"Bearer {TOKEN}"},
            )
            assert bad.status_code == 400
    finally:
        server.stop()


# --- dyad serve ------------------------------------------------------------------------------------


def test_serve_refuses_bad_options(tmp_path: Path) -> None:
    from dyad.cli import app

    runner = CliRunner()
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 1 and "no database" in r.output
    r = runner.invoke(
        app, ["serve", "--db", str(tmp_path / "none.db"), "--allow-ingest"], env={"DYAD_TOKEN": ""}
    )
    assert r.exit_code == 2 and "--token" in r.output


def test_dyad_serve_runs(web_db: Path) -> None:
    port = free_port()
    cmd = [
        sys.executable,
        "-c",
        "from dyad.cli import main; main()",
        "serve",
        "--db",
        str(web_db),
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, (
                    proc.stderr.read() if proc.stderr else ""
                )
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["documents"] >= 22
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in err and "read-only" in err
