"""``A与X主席B举行会谈并签署合作协议``: the two who held the talks go on to sign, A first and B the
other side (the signing had lost B, the partner named with 与 before the first verb)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def signings(title: str, body: str) -> list[dict[str, Any]]:
    page = title + "\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["type"] == "AGREE"]


def test_signing_after_talks_keeps_both_sides() -> None:
    evs = signings("测试标题", "3月2日上午,越南国会主席陈文丙与中国全国政协主席李六举行会谈并签署了合作协议。")
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs] == [
        (["陈文丙"], ["李六"])
    ], evs


def test_title_talks_and_signing() -> None:
    title = "越南国会主席阮文甲与中国全国人大常委会委员长王五举行会谈并签署合作协议"
    evs = signings(title, "2024年4月8日下午,越南国会主席阮文甲与中国全国人大常委会委员长王五在北京举行了会谈。")
    assert [[p["name"] for p in e["target"]] for e in evs] == [["王五"]], evs
