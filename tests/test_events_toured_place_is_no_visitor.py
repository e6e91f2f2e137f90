"""``双方代表团将参观友谊关、访问凭祥市第一小学``: the place the first verb tours is its object,
never the visitor of the next verb in the list."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def visits(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]


def test_toured_place_is_no_visitor() -> None:
    evs = visits(
        "老挝国防部长王五与越南国防部长陈文丙共同主持了活动。其后,双方代表团将参观友谊关、访问凭祥市第一小学。"
    )
    assert all(p["name"] != "友谊关" for e in evs for p in e["source"]), evs
