"""``X分别会见甲国和乙国驻越南大使…``, then ``乙国驻越南大使NAME强调…`` a paragraph later: the meeting
with the envoy told by his country alone is with the one envoy of that country named after it."""

from __future__ import annotations

from dyad import extract, to_record


def test_envoy_named_in_a_later_paragraph_is_the_side() -> None:
    text = (
        "两国加强合作\n\n越通社河内——9月20日上午,越南政府副总理陈文甲分别会见秘鲁和智利驻越南大使。\n\n"
        "陈文甲分别会见了秘鲁和智利驻越南大使时建议双方继续在多边论坛保持密切配合。\n\n"
        "陈文甲在会见秘鲁驻越南大使胡安·佩雷斯(Juan Perez)时表示,越南希望加强合作。\n\n"
        "陈文甲在会见智利大使时,智利驻越南大使马里奥·洛佩斯(Mario Lopez)在会上强调,智利希望加强与越南的关系。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    sides = {m["name"] for e in evs for m in e["source"] + e["target"]}
    assert "马里奥·洛佩斯" in sides
    assert "智利" not in sides
