"""``举行两国外长会议是…A和B签署《联合声明》之后的结果``: the pair word belongs to the meeting
noun; the two people of two countries joined right before the signing verb are its sides."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _agree(body: str) -> list[dict[str, Any]]:
    text = f"越新合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def test_signers_joined_before_the_verb_beat_an_earlier_pair_word() -> None:
    evs = _agree(
        "5月25日,越南外交部长范平明与新西兰外长温斯顿·彼得斯在河内举行会谈。温斯顿·彼得斯表示,"
        "越南与新西兰举行两国外交部长级会议是今年3月份在奥克兰市召开的东盟新西兰特别峰会前夕"
        "越南政府总理阮春福和新西兰总理阿德恩签署《联合声明》之后所取得的直接结果。"
    )
    assert len(evs) == 1
    assert [m["name"] for m in evs[0]["source"]] == ["阮春福"]
    assert [m["name"] for m in evs[0]["target"]] == ["阿德恩"]


def test_pair_word_right_before_the_verb_keeps_the_talks_pair() -> None:
    evs = _agree("5月25日,越南外交部长范平明与新西兰外长温斯顿·彼得斯在河内举行会谈。会谈后,两位部长签署了合作备忘录。")
    assert len(evs) == 1
    assert {m["name"] for m in evs[0]["source"] + evs[0]["target"]} == {"范平明", "温斯顿·彼得斯"}
