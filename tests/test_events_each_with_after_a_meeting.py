"""``A会见B(Latin),分别同C和D通电话``: a list of A's acts; B, the one A met before the comma, is no
caller with A. (``A、B和C分别同X举行会谈`` still has A, B and C on one side.)"""

from __future__ import annotations

from test_events import events_of


def test_the_one_met_before_the_comma_makes_no_calls() -> None:
    evs = events_of(
        "2019年5月3日,越南政府总理阮文甲会见芬兰外交部长马蒂·萨米(Matti Saari),分别同芬兰两党领导通电话,会见挪威首相索尔贝格。"
    )
    calls = [e for e in evs if e["mode"] == "phone"]
    assert calls and all([p["name"] for p in e["source"]] == ["阮文甲"] for e in calls), calls


def test_listed_hosts_each_with_one_guest_keep_their_side() -> None:
    evs = events_of("2019年5月3日,越南政府总理阮文甲和国会主席阮文乙分别同芬兰外交部长马蒂·萨米举行会谈。")
    sides = {p["name"] for e in evs for p in e["source"] + e["target"]}
    assert "马蒂·萨米" in sides and not any("马蒂·萨米" in [p["name"] for p in e["source"]] for e in evs), evs
