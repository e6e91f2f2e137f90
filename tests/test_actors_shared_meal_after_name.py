"""A name ends before the 共进 of a shared meal (A与B共进工作午餐), in a teaser's title as in the body."""

from __future__ import annotations

from dyad import extract, to_record


def _page(teaser: str) -> dict:
    text = (
        "越南与蒙古加强合作\n\n越通社河内——4月8日,越南政府总理黎文甲在河内会见蒙古驻越南大使。"
        "双方同意加强各领域合作。(完)\n\n更多\n\n"
        f"{teaser}\n"
    )
    return to_record(extract(text))


def _names(ev: dict) -> list[str]:
    return sorted(p["name"] for p in ev["source"] + ev["target"])


def test_a_titled_name_before_a_working_breakfast_is_a_side() -> None:
    rec = _page("越南政府总理黎文甲与芬兰总统哈尔沃森共进工作早餐")
    evs = [e for e in rec["events"] if e["section"] == "related"]
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "meeting")], evs
    assert _names(evs[0]) == ["哈尔沃森", "黎文甲"], evs


def test_a_titled_name_before_a_dinner_is_the_person_not_his_country() -> None:
    rec = _page("越南政府总理黎文甲同芬兰总统哈尔沃森共进晚餐")
    evs = [e for e in rec["events"] if e["section"] == "related"]
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "meeting")], evs
    assert _names(evs[0]) == ["哈尔沃森", "黎文甲"], evs


def test_the_body_meal_keeps_the_guest_named() -> None:
    text = (
        "越南政府总理会见芬兰总统\n\n越通社河内——4月8日中午,越南政府总理黎文甲与正在对越南进行访问的"
        "芬兰总统哈尔沃森共进工作午餐。双方同意加强各领域合作。(完)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and all("哈尔沃森" in _names(e) for e in evs), evs
