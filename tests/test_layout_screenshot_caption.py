"""A teaser caption that credits a screenshot (…的文章。截图) is a caption wherever the teaser
stands in the 更多 list, not the title of a teaser of its own."""

from __future__ import annotations

from dyad import extract, to_record
from dyad.ingest.layout import classify_teaser_line, is_caption

_SHOT = "某国通讯社日前刊登了作者马里奥·佩雷斯的文章。截图"
_OTHER = (
    "越南国会通过《某某法(修正案)》\n\n"
    "6月12日,越南第十五届国会第九次会议以高票通过《某某法(修正案)》。\n\n"
)
_SHOT_TEASER = f"{_SHOT}\n\n越智友谊历久弥新\n\n40年前,某国领导人首次访问越南,两国人民结下深厚情谊。\n"


def _related(teasers: str) -> list[dict]:
    text = f"越南与智利加强合作\n\n越通社河内——6月13日,越南与智利举行磋商。(完)\n\n更多\n\n{teasers}"
    return to_record(extract(text))["related"]


def test_a_screenshot_credit_is_a_caption() -> None:
    assert is_caption(_SHOT)
    assert classify_teaser_line(_SHOT) == "caption"


def test_the_screenshot_teaser_reads_the_same_after_another_teaser() -> None:
    first = _related(_SHOT_TEASER)
    second = _related(_OTHER + _SHOT_TEASER)
    assert [r["title"] for r in first] == ["越智友谊历久弥新"], first
    assert [r["title"] for r in second] == ["越南国会通过《某某法(修正案)》", "越智友谊历久弥新"], second
    assert second[1]["caption"] == _SHOT, second


def test_a_title_that_refuses_a_screenshot_stays_a_title() -> None:
    assert classify_teaser_line("某部门不得截图") == "title"
