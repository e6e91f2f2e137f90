"""A sentence listing the countries whose leaders sent messages (甲国、中华人民共和国、乙国的领导人
…发来贺电) and then a paragraph on one country's message (中国领导人在贺电中…) tell one message
event: the country written another way (中国 for 中华人民共和国) is one of the listed senders."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_one_countrys_message_told_again_is_the_listed_message() -> None:
    evs = main_events(
        "值此越南国庆之际,老挝人民民主共和国、中华人民共和国、柬埔寨王国的领导人向越南党和国家领导人发来贺电。\n\n"
        "中国领导人在贺电中祝贺越南在经济社会发展取得值得令人鼓舞的成就。"
    )
    msgs = [e for e in evs if e["mode"] == "message"]
    assert len(msgs) == 1, msgs


def test_a_country_not_listed_sends_its_own_message() -> None:
    evs = main_events(
        "值此越南国庆之际,老挝人民民主共和国、柬埔寨王国的领导人向越南党和国家领导人发来贺电。\n\n"
        "中国领导人在贺电中祝贺越南在经济社会发展取得值得令人鼓舞的成就。"
    )
    msgs = [e for e in evs if e["mode"] == "message"]
    assert len(msgs) == 2, msgs
