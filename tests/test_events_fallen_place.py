"""Where the fallen died (在老挝牺牲的越南志愿军) is no place of the meeting told with it."""

from __future__ import annotations

from dyad import extract, to_record


def test_place_where_soldiers_fell_is_not_the_meeting_place() -> None:
    body = (
        "越南与老挝搜寻归集工作委员会第九次会议于11月20日上午开幕,就加快在老挝牺牲的越南志愿军遗骸搜寻工作达成一致。\n\n"
        "越南委员会主席阮文甲和老挝委员会副主席维莱·腊坎冯共同主持会议。"
    )
    text = f"越老搜寻归集工作委员会举行会议\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert all(e["location"] != "老挝" for e in evs), evs
