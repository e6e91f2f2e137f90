"""A gift named as the topic of a comment (捐赠医疗物资是两国总理通电话的成果) is no gift of its
own; the handover told before is. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _aid(body: str) -> list[dict[str, Any]]:
    text = f"越南向蒙古捐赠物资\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_a_gift_commented_on_is_no_second_gift() -> None:
    events = _aid(
        "6月2日,越南驻蒙古大使黎明山向蒙古卫生部部长巴特尔移交了越南政府捐赠的医疗物资。"
        "黎明山表示,捐赠医疗物资是越南政府总理范明政与蒙古总理奥云额尔登最近通电话的成果。"
    )
    assert [[m["name"] for m in e["source"]] for e in events] == [["黎明山"]]


def test_a_gift_told_with_its_giver_stays() -> None:
    events = _aid("6月2日,越南政府向蒙古捐赠医疗物资,这是两国友谊的体现。")
    assert len(events) == 1
