"""``在越南与秘鲁两国大力实施…政策的背景下,``: the setting of what is told next names countries
that are neither sides of the meeting nor where it happened."""

from __future__ import annotations

from dyad import extract, to_record


def test_setting_frame_before_a_meeting() -> None:
    text = (
        "越南驻秘鲁大使访问利马\n\n越通社秘鲁——越南驻秘鲁大使陈文甲日前对利马市进行了访问。\n\n"
        "在越南与秘鲁两国大力实施经济复苏政策的背景下,在与秘鲁外交部副部长胡安·佩雷斯(Juan Perez)的会晤中,"
        "陈文甲提出了一些措施。\n\n双方合作潜力巨大。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert len(evs) == 1
    assert [m["name"] for m in evs[0]["source"]] == ["陈文甲"]
    assert [m["name"] for m in evs[0]["target"]] == ["胡安·佩雷斯"]
    assert evs[0]["location"] != "越南"
