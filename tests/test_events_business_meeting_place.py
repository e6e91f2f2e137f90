"""``会见在越投资的泰国企业代表团``: where the firms invest is no place of the meeting."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, title: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_firms_investing_in_viet_nam_place_no_meeting_abroad() -> None:
    evs = _main("5月3日,越南政府总理黎青松在政府总部会见了一些泰国企业代表。", "政府总理黎青松会见在越投资的泰国企业代表团")
    assert evs and all(e["location"] != "泰国" for e in evs)

