"""``在访问X期间,…A在Y会见B``: the visit frame names the country visited; the later ``在Y``
names where the meeting is, and that is the meeting's place."""

from __future__ import annotations

from dyad import extract, to_record

_TEXT = (
    "越南国会主席会见新西兰总督\n\n"
    "越通社河内——越通社特派记者报道,在访问新西兰期间,4月9日下午,越南国会主席陈文丙在奥克兰"
    "会见了新西兰总督玛丽·史密斯(Mary Smith)。\n\n"
    "陈文丙表示,越南重视与新西兰的关系。(越通社——VNA)\n"
)


def test_meeting_place_is_the_later_place_not_the_visit_frame() -> None:
    meetings = [e for e in to_record(extract(_TEXT))["events"] if e["mode"] == "meeting"]
    assert [e["location"] for e in meetings] == ["奥克兰"]
