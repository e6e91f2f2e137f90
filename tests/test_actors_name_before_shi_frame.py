"""``在会见中国云南省委书记王强时建议…``: the name ends before the 时 that closes the meeting's
frame, whatever verb follows it (建议, 提出, 高度评价…), not at a three-character 王强时."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_frame_shi_is_no_part_of_the_name() -> None:
    for verb in ("建议双方加强合作", "提出三点建议", "高度评价两地合作"):
        text = (
            "越南外交部长会见中国云南省委书记\n\n越通社河内——越南外交部长黎明3月30日在会见中国云南省委书记王强时"
            f"{verb}。(越通社-VNA)\n越通社\n"
        )
        [ev] = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
        assert {m["name"] for m in ev["source"] + ev["target"]} == {"黎明", "王强"}
