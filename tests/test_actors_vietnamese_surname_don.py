"""敦 (Đôn) is a Vietnamese family name: a leader written 敦文甲 after his office is the person who
acts, not the committee his office belongs to; 敦促 (to urge) stays a verb.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def _record(body: str) -> dict:
    return to_record(extract(f"越南代表团出席会议\n\n越通社河内——{body}(完)\n越通社\n"))


def test_a_leader_surnamed_don_leads_the_delegation() -> None:
    rec = _record("越南国会民族委员会副主任敦文甲率领越南国会代表团于2022年9月13日出席在曼谷举行的东盟议会论坛。")
    evs = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert evs and [p["name"] for p in evs[0]["source"]] == ["敦文甲"], rec["events"]


def test_the_verb_to_urge_is_no_name() -> None:
    rec = _record("2022年9月13日,越南外交部发言人敦促各方保持克制。")
    assert not any(a["name"].startswith("敦") for a in rec["actors"]), rec["actors"]
