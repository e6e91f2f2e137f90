"""A handover told as A将B捐赠的物资移交给C、D和E: A, who hands it over, gives to every side listed
after 给; B, named inside (越南政府和人民捐赠的), gave the goods and is no recipient.
Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _aid(body: str) -> list[dict[str, Any]]:
    text = f"越南向邻国捐赠物资\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_every_country_listed_after_gei_is_given_to() -> None:
    (ev,) = _aid("6月2日,越南外交部副部长黎明山在外交部总部将越南政府和人民捐赠的医疗物资移交给蒙古、尼泊尔和斯里兰卡。")
    assert [m["name"] for m in ev["source"]] == ["黎明山"]
    assert [m["name"] for m in ev["target"]] == ["蒙古", "尼泊尔", "斯里兰卡"]


def test_the_donor_inside_the_trigger_is_no_recipient() -> None:
    (ev,) = _aid("6月2日,越南外交部副部长黎明山将越南政府捐赠的医疗物资移交给蒙古驻越南大使。")
    assert [m["name"] for m in ev["source"]] == ["黎明山"]
    assert all(m["country"] != "VNM" for m in ev["target"]) and ev["target"]
