"""``会见来河内出席…峰会的X``: one who came to the city to attend a summit is the visitor, the
source of the meeting his host holds."""

from __future__ import annotations

from dyad import extract, to_record


def test_guest_come_to_the_city_to_attend_calls_on_the_host() -> None:
    text = (
        "越南政府总理会见泰国正大集团董事长\n\n越通社河内——5月3日下午,越南政府总理黎青松会见来河内出席"
        "第八次湄公河合作峰会的泰国正大集团董事长巴颂。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and all(e["source"][0]["name"] == "巴颂" for e in evs)
