"""A day told back after "此前,获悉…逝世," dates the date-less messages told after it in its paragraph."""

from __future__ import annotations

from dyad import extract, to_record


def test_messages_after_a_recalled_day_keep_that_day() -> None:
    text = (
        "越南外长将出席葬礼\n\n"
        "越通社河内6月20日——受越南国家主席陈明山的委托,越南外交部长黎文松将赴泰国出席2022年6月20日在曼谷举行的葬礼。\n\n"
        "此前,获悉泰国前总理逝世,6月12日,越南国家主席陈明山向泰国国王致唁电。"
        "越南政府总理阮文甲向泰国总理宋沙平致唁电。(完)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    dates = {p["name"]: e["date"] for e in evs if e["mode"] == "message" for p in e["source"]}
    assert dates.get("阮文甲") == "2022-06-12", evs
