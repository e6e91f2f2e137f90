"""A forum attended "with its related meetings" (``…峰会及相关系列会议``, ``…及相关高级别会议``)
is the one forum attended: the related meetings are no second forum. A sentence naming the
planned forum again only to say what attending it aims at (``代表团出席A大会及相关系列会议旨在…``)
is a comment on the plan, no attendance. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"东盟合作新闻\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _targets(ev: dict[str, Any]) -> list[str]:
    return [p["name"] for p in ev["target"]]


def test_related_series_of_meetings_is_no_second_forum() -> None:
    evs = _main("7月3日,越南政府总理陈文甲出席在曼谷举行的第61届东盟峰会及相关系列会议。")
    (multi,) = [e for e in evs if e["mode"] == "multilateral"]
    assert _targets(multi) == ["第61届东盟峰会"]


def test_related_high_level_meetings_are_no_second_forum() -> None:
    evs = _main("7月3日,越南政府总理陈文甲出席在曼谷举行的第61届东盟峰会及相关高级别会议。")
    (multi,) = [e for e in evs if e["mode"] == "multilateral"]
    assert _targets(multi) == ["第61届东盟峰会"]


def test_comment_naming_the_planned_forum_in_full_is_no_attendance() -> None:
    evs = _main(
        "应各国议会联盟主席的邀请,越南国会主席黎文乙率领的越南国会代表团将出席在日内瓦举行的"
        "各国议会联盟第160届大会及相关系列会议。"
        "越南国会代表团出席各国议会联盟第160届大会及相关系列会议旨在落实越共中央书记处2031年5月6日"
        "颁布的有关多边外交的指示。"
    )
    assert [e for e in evs if e["mode"] == "multilateral"] == [], evs


def test_attendance_told_then_what_it_shows_keeps_the_attendance() -> None:
    evs = _main(
        "7月3日,越南政府总理陈文甲出席在曼谷举行的第61届东盟峰会。"
        "陈文甲在会上强调东盟团结的重要性。"
    )
    (multi,) = [e for e in evs if e["mode"] == "multilateral"]
    assert _targets(multi) == ["第61届东盟峰会"]
