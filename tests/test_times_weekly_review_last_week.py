"""A weekly review titled by the week it looks back on (``越通社一周(2021.3.1-2021.3.7)要闻回顾``):
its ``上周`` is that week, told from the week after, not the week before it."""

from __future__ import annotations

from dyad import extract, to_record


def test_last_week_is_the_reviewed_week() -> None:
    text = (
        "越通社一周(2021.3.1-2021.3.7)要闻回顾\n\n"
        "越通社河内——政府总理黎明心会见老挝总理;河内举办春季书展。\n\n"
        "一、黎明心会见老挝总理\n\n"
        "上周,越南政府总理黎明心在河内会见老挝总理宋赛·西潘敦。(越通社——VNA)\n越通社\n"
    )
    events = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert events and events[0]["date"] == "2021-03-01/2021-03-07", events


def test_last_week_elsewhere_is_the_week_before() -> None:
    text = (
        "越南政府总理会见老挝总理\n\n"
        "越通社河内——2021年3月10日,越南政府总理黎明心在河内会见老挝总理宋赛·西潘敦。"
        "上周,黎明心还会见了柬埔寨首相洪玛奈。(越通社——VNA)\n越通社\n"
    )
    dates = {e["target"][0]["name"]: e["date"] for e in to_record(extract(text))["events"] if e["target"]}
    assert dates.get("洪玛奈") == "2021-03-01/2021-03-07", dates
