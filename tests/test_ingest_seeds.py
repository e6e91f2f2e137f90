"""Page structure on annotated pages, checked the way ``shared/eval/score.py`` checks it.

Seeds are text dumps in ``../shared/seeds`` (skipped when ``../shared`` is absent); each is
also rendered as an HTML page in the site's layout, which must come out the same. The
sample corpus (``examples/gold.jsonl`` + ``examples/pages``) is checked the same way once
it exists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, SHARED, read_jsonl
from dyad.pipeline import parse_page
from dyad.record import to_record

SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if SHARED.is_dir() else []
EXAMPLE_GOLD = EXAMPLES / "gold.jsonl"


def _gold(path: Path) -> dict[str, dict[str, Any]]:
    return {Path(g["doc"]).name if not g["doc"].startswith("http") else g["doc"]: g for g in read_jsonl(path)}


def _failed(checks: dict[str, bool]) -> list[str]:
    return [k for k, ok in checks.items() if not ok]


@pytest.fixture(scope="module")
def seed_gold(shared_dir: Path) -> dict[str, dict[str, Any]]:
    return _gold(shared_dir / "gold" / "seeds.jsonl")


@pytest.mark.parametrize("seed", SEEDS or [None], ids=lambda p: p.name if p else "no-seeds")
def test_seed_page_structure_matches_gold(seed: Path | None, seed_gold, structure_check) -> None:
    if seed is None:
        pytest.skip("../shared not present: no seeds")
    rec = to_record(parse_page(seed.read_bytes()), name=str(seed))
    assert _failed(structure_check(rec, seed_gold[seed.name]["main"])) == []


@pytest.mark.parametrize("seed", SEEDS or [None], ids=lambda p: p.name if p else "no-seeds")
def test_seed_as_html_matches_its_text_twin(seed: Path | None, seed_gold, structure_check, vnp_html) -> None:
    """The seed, re-published in the site's HTML layout, gives the same parts and the same score."""
    if seed is None:
        pytest.skip("../shared not present: no seeds")
    text = to_record(parse_page(seed.read_bytes()))
    paragraphs = list(text["body"])
    paragraphs[0] = (text["dateline"] or "") + paragraphs[0]
    paragraphs[-1] += text["signature"] or ""
    teasers = [{**t, "href": f"/t{i}.vnp"} for i, t in enumerate(text["related"])]
    html = vnp_html(text["title"], text["lead"], paragraphs, text["captions"], teasers)
    rec = to_record(parse_page(html.encode("utf-8")), name=str(seed))
    assert rec["format"] == "html"
    assert _failed(structure_check(rec, seed_gold[seed.name]["main"])) == []

    def same(s: str | None) -> str | None:  # the HTML reader folds NBSP, the text keeps it
        return None if s is None else s.replace("\u00a0", " ")

    for key in ("title", "lead", "dateline", "signature"):
        assert rec[key] == same(text[key]), key
    assert rec["body"] == [same(p) for p in text["body"]]
    assert rec["captions"] == [same(c) for c in text["captions"]]
    parts = ("caption", "title", "summary")
    expected = [[same(t[k]) for k in parts] for t in text["related"]]
    assert [[t[k] for k in parts] for t in rec["related"]] == expected


def _example_cases() -> list[tuple[dict[str, Any], Path | None]]:
    if not EXAMPLE_GOLD.is_file():
        return []
    pages = {p.name: p for p in (EXAMPLES / "pages").glob("*") if p.is_file()}
    cases = []
    for g in read_jsonl(EXAMPLE_GOLD):
        name = Path(g["doc"]).name
        cases.append((g, pages.get(name)))
    return cases


@pytest.mark.parametrize(
    "case", _example_cases() or [None], ids=lambda c: Path(c[0]["doc"]).name if c else "no-examples"
)
def test_example_page_structure_matches_gold(case, structure_check) -> None:
    if case is None:
        pytest.skip("examples/gold.jsonl not present yet")
    gold, path = case
    if path is None:
        pytest.skip(f"page {gold['doc']} named in examples/gold.jsonl is not in examples/pages")
    rec = to_record(parse_page(path.read_bytes()), name=str(path))
    assert _failed(structure_check(rec, gold["main"])) == []
    if path.suffix in {".html", ".htm"}:  # an HTML page states its date (metadata or visible)
        assert rec["published"] == gold["published"]



def test_short_dated_sentence_under_a_title_is_its_summary_not_a_caption() -> None:
    text = (
        "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
        "越南与印度举行海上联合演习\n越南海军与印度海军于8月5日至7日在岘港举行联合演习。\n"
        "两国领导人合影 图自越通社\n越南驻老挝大使馆举行国庆招待会\n"
    )
    doc = parse_page(text)
    parts = [[doc.text[p.start : p.end] if p else None for p in (t.caption, t.title, t.summary)] for t in doc.teasers]
    assert parts == [
        [None, "越南与印度举行海上联合演习", "越南海军与印度海军于8月5日至7日在岘港举行联合演习。"],
        ["两国领导人合影 图自越通社", "越南驻老挝大使馆举行国庆招待会", None],
    ]


def test_short_sentence_with_a_day_is_a_summary_whatever_follows_the_date() -> None:
    text = (
        "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
        "越南红十字会向老挝灾民捐赠物资\n越南红十字会9月18日向老挝琅勃拉邦省灾民捐赠了救灾物资。\n"
    )
    doc = parse_page(text)
    assert len(doc.teasers) == 1 and doc.teasers[0].summary is not None


def test_reporter_dateline_before_the_repeated_lead_starts_the_body() -> None:
    """``据越通社驻X记者报道,`` + the lead repeats the lead: the body starts there, not at the lead."""
    lead = "值此两国建交30周年之际,5月6日,越南驻某国大使向该国总统递交国书。"
    text = (
        f"越南驻某国大使递交国书\n\n{lead}\n越南大使递交国书 ảnh 1递交国书仪式现场。(图片来源:越通社)\n\n"
        f"据越通社驻某城记者报道,{lead}\n\n5月8日,大使会见该国外交部长。(完)\n越通社\n"
    )
    doc = parse_page(text)
    first = doc.body[0]
    assert doc.text[first.start : first.end].startswith("据越通社驻某城记者报道,值此")
    assert len(doc.body) == 2 and doc.dateline is not None


def test_an_undated_short_summary_after_a_title_is_its_summary() -> None:
    """A short sentence with no credit or date after a title is that teaser's summary; one that
    restates the next title is that teaser's photo caption."""
    import dyad

    head = "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
    doc = dyad.parse_page(
        (head + "越南政府总理会见日本经济界代表\n范明政总理在东京会见了日本经团联会长。\n"
         "越南国家主席会见老挝客人\n梁强主席会见老挝国会主席。\n梁强主席会见老挝国会主席\n"
         "5月3日,梁强在河内会见了赛宋蓬。\n").encode()
    )
    assert len(doc.teasers) == 3  # the second has a title only
    assert doc.slice(doc.teasers[0].summary) == "范明政总理在东京会见了日本经团联会长。"
    assert doc.teasers[1].summary is None
    assert doc.slice(doc.teasers[2].caption) == "梁强主席会见老挝国会主席。"
