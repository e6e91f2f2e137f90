"""A trip a speaker recalls as the frame of a memory (``X回顾了赴越南考察…工作时,曾与Y会面的纪念``),
told without a time, is no visit of the story; and one who came to a mission to pay respects is the
visitor, the source of the meeting held with the hosts there. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南外交动态\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_trip_recalled_as_the_frame_of_a_memory_is_no_visit() -> None:
    evs = _main(
        "5月4日,东盟秘书长陈文发会见了越南大使黄明。"
        "会见中,陈文发回顾了赴越南考察越南加入东盟各项准备工作时,曾与黎光大将会面的纪念。"
    )
    assert not [e for e in evs if e["mode"] == "visit"], evs


def test_who_came_to_pay_respects_is_the_source_of_the_meeting() -> None:
    evs = _main(
        "5月4日,东盟秘书长陈文发前往越南驻印度尼西亚大使馆参加原国家主席黎光大将吊唁仪式。"
        "吊唁仪式结束后,越南驻印尼大使黄明会见了东盟秘书长陈文发。"
    )
    (met,) = [e for e in evs if e["mode"] == "meeting"]
    assert [p["name"] for p in met["source"]] == ["陈文发"], evs
