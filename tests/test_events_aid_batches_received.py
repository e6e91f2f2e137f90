"""Aid received in batches from several givers (X接受了A提供的…、B(ABC)提供的…): each giver named
before its own 提供的 gives to X. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _aid(body: str) -> list[dict[str, Any]]:
    text = f"越南接受救灾物资\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def _sides(ev: dict[str, Any]) -> tuple[list[str], list[str]]:
    return [m["name"] for m in ev["source"]], [m["name"] for m in ev["target"]]


def test_each_batch_is_given_by_the_one_named_before_it() -> None:
    events = _aid("10月3日,资源与环境部接受了新西兰政府提供的一批援助物资、世界粮食计划署(WFP)提供的两批援助物资。")
    assert sorted(_sides(e) for e in events) == [
        (["世界粮食计划署"], ["资源与环境部"]),
        (["新西兰政府"], ["资源与环境部"]),
    ]
