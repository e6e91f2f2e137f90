"""Officials told as attending along (陪同与会, 陪同出席, 陪同参加) are the entourage of the leader
whose attendance the text reports: no attendance of their own. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"地区合作新闻\n\n越通社曼谷——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


_LEAD = "6月16日,越南政府总理陈文甲率领高级代表团出席在曼谷举行的第20届湄公河—日本峰会。"


def _sources(evs: list[dict[str, Any]]) -> list[list[str]]:
    return [[p["name"] for p in e["source"]] for e in evs if e["mode"] == "multilateral"]


def test_ministries_attending_along_are_no_attendance() -> None:
    evs = _main(_LEAD + "越南外交部、工贸部、交通运输部和财政部等领导代表陪同与会。")
    assert _sources(evs) == [["陈文甲"]]


def test_minister_attending_along_is_no_attendance() -> None:
    evs = _main(_LEAD + "越南外交部长黎文乙陪同出席。")
    assert _sources(evs) == [["陈文甲"]]
