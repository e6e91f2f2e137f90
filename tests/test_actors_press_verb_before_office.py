"""Real-page audit (bilateral pages): press-review pages say ``媒体竞相报道该国总统X…`` or
``媒体纷纷刊登有关某国总统X与…的报道``; 报道/报导/刊登/有关 end an office chain on its left, so
the title is not ``…报道该国总统`` or ``…刊登有关某国总统``."""

from __future__ import annotations

from dyad import extract, parse_page, to_record
from dyad.extraction.actors import annotate_actors


def _titles(body: str) -> list[str]:
    rec = to_record(extract(f"媒体关注两国关系\n\n越通社河内——{body}\n"))
    return sorted({p["title"] for e in rec["events"] for p in e["source"] + e["target"] if p["title"]})


def test_reported_verb_is_not_part_of_the_title() -> None:
    got = _titles("日本媒体5月3日竞相报道日本首相田中一郎与越南国家主席阮明哲举行会谈。")
    assert got == ["日本首相", "越南国家主席"], got


def test_published_about_is_not_part_of_the_title() -> None:
    doc = parse_page("媒体关注两国关系\n\n越通社河内——韩国媒体纷纷刊登有关日本首相田中一郎访问越南的文章。\n")
    annotate_actors(doc)
    got = {m.name: m.title for m in doc.mentions if m.kind == "person"}
    assert got.get("田中一郎") == "日本首相", got


def test_name_then_office_with_a_dot_name_partner() -> None:
    """Real-page audit (Australia): ``A总理与B·C总理举行了会谈`` (each name before its office word)."""
    rec = to_record(
        extract(
            "两国总理举行会谈\n\n越通社河内——3月15日上午,澳大利亚总理马克·史密斯在议会大厦会见越南政府总理阮明哲。\n\n"
            "会见结束后,阮明哲总理与马克·史密斯总理举行了会谈。\n"
        )
    )
    talks = [e for e in rec["events"] if e["mode"] == "talks"]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in talks] == [
        (["阮明哲"], ["马克·史密斯"])
    ], talks
