"""Two officials who co-chair a video conference (A和B共同主持了视频会议) held one video meeting:
one CONSULT event in mode video, not a meeting in person besides it. Co-chairing a meeting in
person stays a meeting."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_cochaired_video_conference_is_one_video_event() -> None:
    evs = main_events("6日,越南祖国阵线中央委员会副主席冯庆才和老挝建国阵线中央委员会副主席坎佩·布达维恩共同主持了视频会议,就合作交换意见。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "video")], evs
    assert evs[0]["source"][0]["name"] == "冯庆才" and evs[0]["target"][0]["name"] == "坎佩·布达维恩", evs


def test_cochaired_online_meeting_is_one_event() -> None:
    evs = main_events("6日,越南外交部副部长黎明和老挝外交部副部长坎佩共同主持了线上会议,就合作交换意见。")
    assert len([e for e in evs if e["type"] == "CONSULT"]) <= 1, evs


def test_cochaired_meeting_in_person_stays_a_meeting() -> None:
    evs = main_events("6日,越南祖国阵线中央委员会副主席冯庆才和老挝建国阵线中央委员会副主席坎佩·布达维恩共同主持了会议,就合作交换意见。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "meeting")], evs


def test_cochaired_meeting_the_next_sentence_says_was_online_is_video() -> None:
    """``A与B共同主持召开外长年度会议。本次会议以线上方式举行。``: the sentence right after says how."""
    evs = main_events("甲国外长阿明5日与乙国外长约翰·布朗共同主持召开第三次外长年度会议。本次会议以线上方式举行。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "video")], evs
    evs = main_events("甲国外长阿明5日与乙国外长约翰·布朗共同主持召开第三次外长年度会议。双方同意加强合作。")
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["meeting"], evs
