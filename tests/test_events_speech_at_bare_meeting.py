"""Speaking ``在会议上`` after a summit-level forum was named is attending that forum; after a
meeting that is not summit-level it is no event."""

from __future__ import annotations

from dyad import extract, to_record

SUMMIT = (
    "东盟峰会闭门会议召开\n\n"
    "越通社河内——东盟各国领导人于6月26日上午出席第36届东盟峰会闭门会议,就地区问题交换意见。\n\n"
    "越南政府总理黎文丙在会议上发表讲话时强调团结的重要性。(完)\n"
)

DOMESTIC = (
    "越南召开全国农业工作会议\n\n"
    "越通社河内——4月2日,越南农业部在河内召开全国农业工作会议。\n\n"
    "越南政府副总理黎文丙在会议上发表讲话时强调提高产量的重要性。(完)\n"
)


def test_speech_at_the_summit_named_before_is_attendance() -> None:
    events = to_record(extract(SUMMIT))["events"]
    attended = [e for e in events if e["mode"] == "multilateral"]
    assert attended, events
    assert attended[0]["source"][0]["name"] == "黎文丙", attended
    assert attended[0]["target"][0]["name"] == "第36届东盟峰会", attended
    assert attended[0]["date"] == "2020-06-26", attended


def test_speech_at_a_domestic_meeting_is_no_event() -> None:
    assert to_record(extract(DOMESTIC))["events"] == []
