"""A teaser whose headline has a leader receive his own country's envoys abroad (会见越南驻外大使和代表机构
首席代表) is a CONSULT meeting with the envoys as a body, as the main article reads it and as the
annotators code such a headline; the country word inside their description no longer makes it a
meeting of one country with itself (OTHER). Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record

_BODY = "5月3日,越南政府总理范明政在河内会见了老挝外交部长。双方一致同意加强合作。"


def _related(teaser: str) -> list[dict]:
    text = f"范明政会见老挝外交部长\n\n{_BODY}\n\n越通社河内——{_BODY}(越通社-VNA)\n越通社\n\n更多\n\n{teaser}"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_a_leader_receiving_his_own_envoys_in_a_teaser_meets_them() -> None:
    rel = _related(
        "中央组织部部长阮文甲会见越南驻外大使和代表机构首席代表\n\n"
        "8月12日下午,越共中央政治局委员、中央组织部部长阮文甲会见了2024-2027年任期越南驻外大使和代表机构首席代表。"
    )
    assert len(rel) == 1, rel
    ev = rel[0]
    assert (ev["type"], ev["mode"]) == ("CONSULT", "meeting"), rel
    assert [m["name"] for m in ev["source"]] == ["阮文甲"], rel
    assert [m["country"] for m in ev["target"]] == ["VNM"], rel
    assert "驻外大使" in ev["target"][0]["name"] and "任期" not in ev["target"][0]["name"], rel


def test_a_meeting_of_two_home_bodies_in_a_teaser_stays_other() -> None:
    rel = _related("越南外交部与财政部举行工作会议\n\n8月12日,越南外交部与越南财政部在河内举行工作会议。")
    assert len(rel) == 1 and rel[0]["type"] == "OTHER", rel
