"""A forum of more than two sides named as the subject right before the adopting verb
(…三国国会高层会议通过了《联合声明》, 第N次湄公河领导人会议通过了《…宣言》) adopts the document at that
forum: AGREE multilateral, the forum its target (the attendee told before its source), not an
agreement between the countries named inside the forum's name. A domestic meeting adopting a
plan is left as it was. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"地区合作新闻\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _agreements(evs: list[dict[str, Any]]) -> list[tuple[str | None, list[str], list[str]]]:
    return [
        (e["mode"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in evs
        if e["type"] == "AGREE"
    ]


def test_trilateral_forum_named_as_subject_adopts_the_statement() -> None:
    evs = _main("5月3日,主题为“加强合作”的首届柬埔寨-老挝-越南三国国会高层会议通过了《联合声明》。")
    assert _agreements(evs) == [("multilateral", [], ["首届柬埔寨-老挝-越南三国国会高层会议"])]


def test_summit_named_again_adopts_with_its_attendee_as_source() -> None:
    evs = _main(
        "5月3日,越南政府总理陈文甲出席第九次湄公河领导人会议。第九次湄公河领导人会议通过了《万象宣言》。"
    )
    assert _agreements(evs) == [("multilateral", ["陈文甲"], ["第九次湄公河领导人会议"])]
