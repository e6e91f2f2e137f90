"""Past visits listed as nouns with 等 and no time of their own (X对越南进行的正式访问等成为亮点) are
undated background, no event; the visit of the story told the same way (…进行的国事访问将圆满结束) stays."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"两国关系不断发展\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_listed_undated_past_visits_are_no_events() -> None:
    evs = _visits(
        "2021年6月3日,老挝媒体发表文章。文章称,两国领导人保持互访。"
        "老挝政府总理潘坎·维帕万和国家副主席巴妮·雅陶都对越南进行的正式友好访问等成为两国关系的亮点。"
    )
    assert not any("潘坎·维帕万" in [p["name"] for p in e["source"]] for e in evs), evs


def test_the_story_visit_told_as_a_noun_stays() -> None:
    evs = _visits(
        "11月6日,越南国会主席阮文甲会见中共中央总书记、国家主席习近平。"
        "阮文甲表示相信,习近平总书记、国家主席对越南进行的国事访问将圆满结束。"
    )
    assert any("习近平" in [p["name"] for p in e["source"]] for e in evs), evs
