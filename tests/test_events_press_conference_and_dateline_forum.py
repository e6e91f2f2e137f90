"""A press conference two hosts hold together is no meeting of theirs, and a forum named right
after the dateline is named without it. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"东盟经济部长非正式会议在岘港举行\n\n{body}\n\n越通社岘港——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


_BODY = (
    "东盟经济部长非正式会议于3月9日至10日在岘港市举行。越南工贸部长陈俊英主持会议。今年是越南加入东盟25周年。\n\n"
    "会议结束后,陈俊英和东盟秘书长林玉辉共同主持新闻发布会,介绍会议成果。"
)


def test_cochaired_press_conference_is_no_meeting() -> None:
    evs = _main(_BODY)
    assert not [e for e in evs if e["mode"] == "meeting"], evs
    assert [e for e in evs if e["mode"] == "multilateral"], evs


def test_forum_after_the_dateline_is_named_without_it() -> None:
    evs = _main(_BODY)
    names = {p["name"] for e in evs if e["mode"] == "multilateral" for p in e["target"]}
    assert names and not any("越通社" in n for n in names), names


def test_cochaired_meeting_still_counts() -> None:
    evs = _main(
        "3月10日,越南工贸部长陈俊英和泰国商业部长朱林·拉萨纳威席在岘港共同主持越泰经济合作委员会第三次会议。"
        "今年是越南加入东盟25周年。"
    )
    assert any(e["type"] == "CONSULT" and e["mode"] == "meeting" for e in evs), evs
