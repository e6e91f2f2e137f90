"""和 right before 及 closes a given name: "and" is never followed by a second "and"."""

from __future__ import annotations

from dyad import extract, to_record


def _targets(body: str) -> list[str]:
    text = f"总理会见企业家\n\n越通社河内——{body}\n\n双方讨论了投资合作。(完)\n"
    evs = to_record(extract(text))["events"]
    return [p["name"] for e in evs if e["section"] == "main" for p in e["target"] + e["source"]]


def test_a_name_ending_in_he_before_ji_is_whole() -> None:
    names = _targets("6月5日上午,越南政府总理阮文安在北京会见了中国大华建设集团创始人、明德智库会长林志和及其随行人员。")
    assert "林志和" in names and "林志" not in names, names


def test_a_name_without_he_is_unchanged() -> None:
    names = _targets("6月5日上午,越南政府总理阮文安会见了甲国外交部长卡诺·比拉。")
    assert "阮文安" in names
