"""A speaker who tells of a meeting held by someone else (``大使A表示,出访期间,B会见了C``) is no side
of it: B, the subject of the words said, met C. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南外交动态\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _sides(e: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [p["name"] for p in e["source"]], [p["name"] for p in e["target"]]


def test_ambassador_telling_of_a_presidents_meeting_is_no_side() -> None:
    evs = _main("约翰·史密斯大使认为,乔治·布朗总统访越期间会见了越南国会主席黄文明。")
    met = [e for e in evs if e["mode"] == "meeting"]
    assert [_sides(e) for e in met] == [(["乔治·布朗"], ["黄文明"])], evs


def test_speaker_telling_of_a_dated_meeting_is_no_side() -> None:
    evs = _main("约翰·史密斯表示,2019年,阮文安会见了美国总统乔治·布朗。")
    met = [e for e in evs if e["mode"] == "meeting"]
    assert [_sides(e) for e in met] == [(["阮文安"], ["乔治·布朗"])], evs


def test_speaker_of_his_own_call_keeps_his_side() -> None:
    evs = _main("5月3日,越南外交部长黎明山指出,他同泰国外长颂萨通电话。")
    (call,) = [e for e in evs if e["mode"] == "phone"]
    assert "黎明山" in _sides(call)[0] + _sides(call)[1], evs
