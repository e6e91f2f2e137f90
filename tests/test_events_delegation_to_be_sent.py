"""A delegation a side says it will send to a forum (``越南将派遣高级代表团出席…会议``) is a plan told
in the future tense: no attendance of the story when no time is given, flagged as planned when
one is. Page written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _page(sentence: str) -> str:
    return (
        "越南政府副总理黎文甲会见联合国副秘书长约翰·史密斯\n\n"
        "4月8日下午,越南政府副总理黎文甲在河内会见了联合国副秘书长约翰·史密斯。\n\n"
        "越通社河内——4月8日下午,越南政府副总理黎文甲在河内会见了联合国副秘书长约翰·史密斯。\n\n"
        f"{sentence}(越通社——VNA)\n越通社\n"
    )


def _attended(sentence: str) -> list[dict]:
    rec = to_record(extract(_page(sentence)))
    return [e for e in rec["events"] if e["mode"] == "multilateral"]


def test_a_delegation_to_be_sent_attends_nothing_yet() -> None:
    got = _attended("黎文甲表示,应联合国的邀请,越南将派遣高级代表团出席联合国关于发展筹资的会议。")
    assert got == [], [e["evidence"]["text"] for e in got]


def test_a_delegation_to_be_sent_at_a_time_is_planned() -> None:
    got = _attended("黎文甲表示,应联合国的邀请,越南将派遣高级代表团出席于9月由联合国举办的关于发展筹资的会议。")
    assert got and all(e["planned"] for e in got), [(e["planned"], e["evidence"]["text"]) for e in got]


def test_a_delegation_sent_attends() -> None:
    got = _attended("9月20日,越南外交部长阮文乙率高级代表团出席了由联合国举办的关于发展筹资的会议。")
    assert got, "attendance told in the past is kept"
