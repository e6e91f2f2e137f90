"""A background act dated by an earlier month of the story's year (``两省于2023年8月签署的协议`` on a
page of 10月16日) did not happen in the dateline city; the story's own meeting still did."""

from __future__ import annotations

from dyad import extract, to_record


def test_earlier_month_signing_is_not_at_the_dateline() -> None:
    text = (
        "两国加强合作\n\n越通社河内——10月16日,越南-秘鲁政府间委员会第五次会议在河内开幕。越南建设部部长陈文甲同"
        "秘鲁工业部长胡安·佩雷斯(Juan Perez)共同主持会议。\n\n越南奠边省与秘鲁库斯科省于2023年8月签署的合作协议"
        "也为促进两国合作做出了贡献。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    signed = [e for e in evs if e["type"] == "AGREE"]
    assert signed and signed[0]["location"] is None
    met = [e for e in evs if e["type"] == "CONSULT"]
    assert met and met[0]["location"] == "河内"
