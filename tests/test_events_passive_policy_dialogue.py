"""A defence policy dialogue told in the passive with its days (第三届越泰防务政策对话于…在曼谷举行)
is talks, held by the two people of two countries the next sentence says attended it; a bare
``出席本届对话会`` afterwards points back at that dialogue and is no forum of its own, while
after a forum named as such (香格里拉对话会) it attends that forum."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


def test_passive_dialogue_is_talks_of_the_two_attendees() -> None:
    evs = main_events(
        "第三届越泰防务政策对话于2019年5月6日至7日在泰国曼谷举行。越南国防部副部长阮文甲上将和泰国国防部常务秘书颂猜上将出席。"
    )
    got = [(e["type"], e["mode"], e["source"][0]["name"], e["target"][0]["name"], e["date"]) for e in evs]
    assert got == [("CONSULT", "talks", "阮文甲", "颂猜", "2019-05-06/2019-05-07")], evs


def test_bare_dialogue_session_after_a_bilateral_dialogue_is_no_forum() -> None:
    evs = main_events(
        "第三届越泰防务政策对话于2019年5月6日至7日在泰国曼谷举行。越南国防部副部长阮文甲上将和泰国国防部常务秘书颂猜上将出席。"
        "颂猜对阮文甲赴泰出席本届对话会表示欢迎。"
    )
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["talks"], evs


def test_bare_dialogue_session_after_a_named_forum_attends_it() -> None:
    evs = main_events("第19届香格里拉对话会于2022年6月10日至12日在新加坡举行。越南国防部长阮文甲大将出席本届对话会并发表讲话。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert [e["target"][0]["name"] for e in multi] == ["第19届香格里拉对话会"], evs
