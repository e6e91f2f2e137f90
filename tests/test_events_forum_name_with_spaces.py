"""A forum written with a space after 第 (``第 十二届…部长级会议``) or with a Latin short name and
its number in brackets (``(AMMTC 12)``) is named whole, not cut at the space; a chair's office
holding such a short name (``AMMTC 12主席X``) still leads to the chair. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"东盟合作打击犯罪\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"].replace(" ", "") for p in side]


def test_forum_with_spaces_is_named_whole() -> None:
    evs = _main(
        "第 十二届东盟打击跨国犯罪部长级会议(AMMTC 12)及相关会议开幕式于10月5日以线上方式举行。"
        "越共中央委员、公安部长陈国明大将出席全体会议并发言。"
    )
    multi = [e for e in evs if _names(e["source"]) == ["陈国明"]]
    assert len(multi) == 1, evs
    assert _names(multi[0]["target"]) == ["第十二届东盟打击跨国犯罪部长级会议"]


def test_chair_office_with_a_spaced_short_name_leads_to_the_chair() -> None:
    evs = _main(
        "第十二届东盟打击跨国犯罪部长级会议于10月5日以线上方式举行。"
        "泰国副总理兼内政部长、AMMTC 12主席颂猜(Somchai Wongsa)主持会议。"
    )
    (multi,) = [e for e in evs if e["mode"] == "multilateral"]
    assert _names(multi["source"]) == ["颂猜"]
    assert multi["source"][0]["country"] == "THA"
