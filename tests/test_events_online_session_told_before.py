"""``X对话会以视频形式召开。A和B共同主持对话会。``: the sentence before says the session was held
online, so the co-chaired session named back (对话会, 会议) is a video conference; co-chairing a
session told with no such sentence stays a meeting."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_cochaired_session_after_an_online_sentence_is_video() -> None:
    evs = main_events(
        "2021年3月2日,越泰国防政策对话会以视频形式召开。越南国防部副部长阮文甲上将和泰国国防部副部长颂猜上将共同主持对话会。"
    )
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["video"], evs


def test_cochaired_session_in_person_stays_a_meeting() -> None:
    evs = main_events(
        "2021年3月2日,越泰国防政策对话会在河内召开。越南国防部副部长阮文甲上将和泰国国防部副部长颂猜上将共同主持对话会。"
    )
    assert "video" not in [e["mode"] for e in evs if e["type"] == "CONSULT"], evs
