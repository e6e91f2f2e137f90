"""The web app in a real headless browser: Playwright driving Debian's Chromium against the real
app served by uvicorn on 127.0.0.1. Search, a document with its highlighted event evidence,
the dyad chart (ECharts with data), an actor profile, the network, hostile pages rendered
inert, phone width, and no request ever leaving the machine. Screenshots go to
``artifacts/screenshots/``. One browser for the module; each test opens its own context.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dyad.web.app import Settings, create_app
from test_web_support import XSS_TITLE, Served, build_web_db

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
TIMEOUT = 15_000  # ms, for any one wait

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright not installed: pip install -e '.[test]'"
)


@pytest.fixture(scope="module")
def site() -> Iterator[Served]:
    server = Served(create_app(Settings(db=build_web_db())))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"chromium not installed: {CHROMIUM} is missing (apt-get install chromium, or `make browser`)"
        )
    profile = tempfile.mkdtemp(prefix="dyad-chromium-")
    with sync_api.sync_playwright() as p:
        # a persistent context is how Playwright takes a user-data-dir: a fresh temporary one
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


class Tab:
    """A page that records dialogs, page errors and any request not to our loopback server."""

    def __init__(self, context: Any, site: Served, width: int = 1280, height: int = 900) -> None:
        self.site = site
        self.page = context.new_page()
        self.page.set_viewport_size({"width": width, "height": height})
        self.page.set_default_timeout(TIMEOUT)
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.route("**/*", self._route)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(self.site.url + "/") or url.startswith("data:"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def go(self, path: str) -> Any:
        self.page.goto(self.site.url + path)
        return self.page

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)

    def close(self) -> None:
        assert self.errors == [], self.errors
        assert self.outside == [], f"requests left the machine: {self.outside}"
        assert self.dialogs == [], f"a dialog fired: {self.dialogs}"
        self.page.close()


@pytest.fixture
def tab(browser: Any, site: Served) -> Iterator[Tab]:
    t = Tab(browser, site)
    yield t
    t.close()


def chart_series(page: Any, selector: str) -> list[dict[str, Any]]:
    page.wait_for_selector(f'{selector}[data-ready="1"]')
    return page.evaluate(
        """sel => {
            const chart = echarts.getInstanceByDom(document.querySelector(sel));
            return chart ? chart.getOption().series.map(s => ({type: s.type, name: s.name, data: s.data,
                                                               links: s.links || []})) : [];
        }""",
        selector,
    )


def test_search_document_evidence_actor(tab: Tab) -> None:
    page = tab.go("/")
    assert "Noto Sans CJK SC" in page.evaluate("getComputedStyle(document.body).fontFamily")
    page.fill(".bigsearch input[name=q]", "王毅")
    page.click(".bigsearch button")
    page.wait_for_url(re.compile(r"/search\?q="))
    results = page.locator("li.result")
    assert results.count() >= 2
    assert page.locator("li.result mark", has_text="王毅").count() >= 2
    tab.shot("search-wangyi")

    page.locator("a.doclink", has_text="范明政总理会见中国国务委员兼外长王毅").click()
    page.wait_for_selector("article.article")
    assert page.locator("h1.doc-title").inner_text().startswith("范明政总理会见")
    assert page.locator("article .hl-trigger").count() > 0
    assert page.locator("article a.hl-actor", has_text="王毅").count() > 0
    assert page.locator("article .hl-date").count() > 0 and page.locator("article .hl-office").count() > 0

    wang = page.locator(".ev-sides a", has_text="王毅")
    card = page.locator("#doc-events li.event").filter(has_text="会见").filter(has=wang).first
    evidence = card.locator("blockquote.evidence").inner_text()
    card.click()
    lit = page.locator("article .hl-evidence.on")
    assert lit.count() > 0
    assert "".join(lit.all_inner_texts()) == evidence  # the sentence in the article is the card's evidence
    assert card.evaluate("el => el.classList.contains('on')")
    assert card.locator("blockquote .hl-trigger").count() == 1
    tab.shot("document-event-evidence")

    card.locator(".ev-sides a", has_text="王毅").click()
    page.wait_for_url(re.compile(r"/actors/"))
    assert page.locator("h1.actor-name").inner_text().startswith("王毅")
    assert page.locator("table.offices tbody tr").count() >= 1
    series = chart_series(page, "#partners-chart")
    assert series and len(series[0]["data"]) >= 2 and series[0]["links"]
    tab.shot("actor-wangyi")


def test_dyad_chart_has_data_and_leads_to_an_actor(tab: Tab) -> None:
    page = tab.go("/dyads?a=VNM&b=CHN")
    series = chart_series(page, "#dyad-chart")
    assert series and all(s["type"] == "bar" for s in series)
    points = [v for s in series for v in s["data"] if v]
    assert points and sum(points) > 0
    assert int(page.get_attribute("#dyad-chart", "data-points") or 0) == len(points)
    assert page.locator("ul.events li.event").count() > 0
    tab.shot("dyad-vnm-chn")

    page.select_option("#dyad-b", "USA")
    page.click("#dyad-form button")
    page.wait_for_url(re.compile(r"b=USA"))
    assert page.locator("h1").inner_text().endswith("USA")
    assert sum(v for s in chart_series(page, "#dyad-chart") for v in s["data"] if v) > 0

    page.locator("ul.events li.event .ev-sides a").first.click()
    page.wait_for_url(re.compile(r"/actors/"))
    assert page.locator("h1.actor-name").count() == 1


def test_network_view(tab: Tab) -> None:
    page = tab.go("/network?level=actor")
    series = chart_series(page, "#network-chart")
    assert series[0]["type"] == "graph" and len(series[0]["data"]) > 5 and series[0]["links"]
    tab.shot("network-actors")
    page = tab.go("/network?type=CONSULT")
    series = chart_series(page, "#network-chart")
    assert {"VNM", "CHN"} <= {n["id"] for n in series[0]["data"]}


def test_hostile_pages_render_inert(tab: Tab) -> None:
    page = tab.go("/documents?title=%3Cscript%3E")
    page.locator("ul.docs a").first.click()
    page.wait_for_selector("article.article")
    assert page.locator("h1.doc-title").inner_text().replace("\n", " ") == XSS_TITLE
    tab.shot("hostile-document")
    for path in (
        page.url.removeprefix(tab.site.url),
        "/search?q=王毅",
        "/events?actor=王毅",
        "/search?q=<script>",
    ):
        page = tab.go(path)
        page.wait_for_load_state("load")
        page.wait_for_timeout(150)  # give any injected handler its chance
        scripts = page.evaluate("[...document.scripts].map(s => s.src || s.textContent.slice(0, 80))")
        assert all(s.startswith(tab.site.url + "/static/") for s in scripts), scripts
        hrefs = page.evaluate("[...document.querySelectorAll('[href]')].map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h.strip().lower().startswith(("javascript", "data:text"))], hrefs
        handlers = page.evaluate(
            "[...document.querySelectorAll('*')].flatMap(el => [...el.attributes].map(a => a.name))"
            ".filter(n => n.startsWith('on'))"
        )
        assert handlers == [], handlers
    # hover and click everything the hostile page shows: still no dialog
    page = tab.go("/documents?title=%3Cscript%3E")
    page.locator("ul.docs a").first.click()
    page.wait_for_selector("article.article")
    for el in page.locator("article span, article p").all()[:40]:
        el.hover()
    assert tab.dialogs == []


def test_phone_width(browser: Any, site: Served) -> None:
    tab = Tab(browser, site, width=390, height=844)
    try:
        for path, name in (
            ("/", "phone-home"),
            ("/documents/19", "phone-document"),
            ("/dyads?a=VNM&b=CHN", "phone-dyad"),
        ):
            page = tab.go(path)
            if "dyads" in path:
                chart_series(page, "#dyad-chart")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, (path, overflow)
            tab.shot(name)
    finally:
        tab.close()


def test_api_docs_work_offline(tab: Tab) -> None:
    page = tab.go("/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".opblock-summary-path", has_text="/api/events").count() >= 1
    tab.shot("api-docs")
