"""``在凯山·丰威汉市联合举办…``: the Lao city named after the leader, written with the name's dot,
is a place (where it happens), not the leader as a party."""

from __future__ import annotations

from dyad import extract, to_record


def test_city_named_after_leader_is_a_place() -> None:
    page = "测试标题\n\n越通社万象——沙湾拿吉省卫生厅与越南广治省卫生厅于3月2日在凯山·丰威汉市联合举办研讨会。(越通社——VNA)\n"
    evs = to_record(extract(page))["events"]
    names = {p["name"] for e in evs for p in e["source"] + e["target"]}
    assert "凯山·丰威汉" not in names, evs
    assert any(e["location"] == "凯山·丰威汉市" for e in evs), evs
