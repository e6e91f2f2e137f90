"""同奈省人民委员会主席X和Y共同主持签署仪式: the 同 opening a province's name (同奈, 同塔) is no "with";
X, named after his office, is the one who acts."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _signing(province: str) -> dict:
    body = (
        f"4月2日,{province}人民委员会主席黎文山和老挝沙湾拿吉省副省长宋平·坎马尼共同主持两省合作备忘录签署仪式。"
    )
    text = f"两省加强合作\n\n越通社{province}——{body}(越通社——VNA)\n越通社\n"
    events = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("province", ["同奈省", "同塔省", "北宁省"])
def test_province_opening_with_tong_is_no_partner(province: str) -> None:
    ev = _signing(province)
    assert [p["name"] for p in ev["source"]] == ["黎文山"], ev
    assert [p["name"] for p in ev["target"]] == ["宋平·坎马尼"], ev


def test_with_before_a_partner_still_opens_the_partner() -> None:
    body = "4月2日,与老挝外交部长宋平·坎马尼会谈时,越南外交部长黎文山表示,两国关系良好。"
    text = f"越老外长会谈\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    events = to_record(extract(text))["events"]
    talks = [e for e in events if e["mode"] == "talks"]
    assert talks and all("宋平·坎马尼" not in [p["name"] for p in e["source"]] for e in talks), events
