"""Shared fixtures: where the repo, the shared seeds/gold and the examples live.

``../shared`` (seeds, gold, scorer) sits beside the repository on development machines and
in CI, but a fresh clone may lack it: tests that need it skip with a message saying so.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def page_structure(record: dict[str, Any], main: dict[str, Any]) -> dict[str, bool]:
    """The page-structure checks of ``shared/eval/score.py`` for one document.

    Keys are present only where the gold states a value (body_ends/related may be null on
    pages the annotators saw cut short), exactly as the scorer counts them.
    """
    body = record.get("body") or []
    checks = {"title": (record.get("title") or "").strip() == (main.get("title") or "").strip()}
    if main.get("body_starts"):
        checks["body_start"] = bool(body) and body[0].strip().startswith(main["body_starts"])
    if main.get("body_ends"):
        checks["body_end"] = bool(body) and body[-1].strip().endswith(main["body_ends"])
    if main.get("captions") is not None:
        checks["captions"] = len(record.get("captions") or []) == main["captions"]
    if main.get("related") is not None:
        checks["related"] = len(record.get("related") or []) == main["related"]
    return checks


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared not present: {SHARED} (seeds, gold and scorer live there)")
    return SHARED


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def structure_check() -> Callable[[dict[str, Any], dict[str, Any]], dict[str, bool]]:
    """``page_structure`` as a fixture, so test modules need not import conftest."""
    return page_structure


def render_vnp_html(
    title: str,
    lead: str | None,
    paragraphs: list[str],
    captions: Sequence[str] = (),
    teasers: Sequence[Mapping[str, str | None]] = (),
    *,
    published: str | None = "2019-04-10T09:30:00+07:00",
    canonical: str | None = "https://zh.vietnamplus.vn/article-post1.vnp",
) -> str:
    """A page in the sample corpus's layout (zh.vietnamplus.vn, article__ blocks), with the
    clutter a real page carries (script, style, nav, ads) around the article."""
    e = _escape
    figures = "".join(
        f'<figure class="image align-center"><img src="/img/{i}.jpg" alt="{e(title)} ảnh {i + 1}">'
        f'<figcaption class="fig">{e(c)}</figcaption></figure>'
        for i, c in enumerate(captions)
    )
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    items = "".join(
        '<article class="story">'
        + (
            f'<figure class="story__thumb"><a href="{e(t.get("href") or "")}">'
            f'<img alt="{e(t.get("caption") or "")}" src="/t.jpg"></a></figure>'
        )
        + f'<h3 class="story__heading"><a class="cms-link" href="{e(t.get("href") or "")}">'
        f"{e(t.get('title') or '')}</a></h3>"
        + (f'<div class="story__summary">{e(t["summary"])}</div>' if t.get("summary") else "")
        + "</article>"
        for t in teasers
    )
    related = f'<section class="article__related"><h2>更多</h2>{items}</section>' if teasers else ""
    head = f'<meta property="article:published_time" content="{published}">' if published else ""
    head += f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{e(title)} | 越通社</title>'
        f"{head}<script>var s = '<p>越通社河内——not me</p>';</script><style>p {{ color: red }}</style></head>"
        '<body><nav class="menu"><a href="/">首页</a><a href="/more">更多</a></nav>'
        '<div class="ads zone-ads">广告 ADS</div><main><div class="article">'
        f'<h1 class="article__title cms-title">{e(title)}</h1>'
        + (f'<div class="article__sapo cms-desc">{e(lead)}</div>' if lead else "")
        + f'<div class="article__body zce-content-body cms-body">{figures}{body}</div>{related}</div></main>'
        "<footer>越通社版权所有</footer></body></html>"
    )


def _escape(s: str) -> str:
    return html.escape(s, quote=True)


@pytest.fixture(scope="session")
def vnp_html() -> Callable[..., str]:
    return render_vnp_html
