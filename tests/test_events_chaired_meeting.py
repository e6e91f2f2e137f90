"""A bare 主持会议 attends the summit-level meeting told just before it, and nothing else."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南加强区域合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_chairing_a_leaders_meeting_told_before_attends_it() -> None:
    evs = _main("11月9日,湄公河—日本合作第十次领导人会议在河内开幕。越南政府总理阮春福主持会议。")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1, evs
    assert [p["name"] for p in multi[0]["source"]] == ["阮春福"]
    assert "领导人会议" in multi[0]["target"][0]["name"]


def test_chairing_a_government_meeting_is_no_event() -> None:
    evs = _main("3月2日,越南政府常务会议在河内召开。越南政府总理范明政主持会议。")
    assert [e for e in evs if e["type"] != "OTHER"] == [], evs


def test_chairing_with_the_others_attending_after_keeps_the_forum_told_before() -> None:
    evs = _main(
        "11月12日,第37届东盟峰会以视频方式举行。越南政府总理阮春福在河内主持会议,"
        "柬埔寨首相洪森、老挝政府总理通伦·西苏里以及东盟秘书长林玉辉在各自国家首都出席会议。"
    )
    targets = [t["name"] for e in evs if e["mode"] == "multilateral" for t in e["target"]]
    assert targets and all(t == "第37届东盟峰会" for t in targets), evs
