"""An earlier trip named only to time another act (``国王在首相X访越之后不到两个月之内对越访问``) is no
event of its own and gives the act no visitor: X is inside the frame, not the one travelling now."""

from __future__ import annotations

from dyad import extract, to_record

_TEXT = (
    "荷兰国王访越之旅进一步深化两国关系\n\n越通社河内——应越南国家主席阮文甲和夫人的邀请,荷兰国王威廉(Willem)"
    "和王后从4月2日至6日对越南进行国事访问。这是有史以来荷兰国王第一次访问越南,引发舆论广泛关注。\n"
    "与此同时,荷兰媒体援引新加坡某研究所政治分析师黎文丙的话表示,之所以威廉国王此访具有历史性意义,"
    "是因为这是两国建交以来首位访问越南的荷兰国王。此外,荷兰国王在荷兰首相扬·德弗里斯访越之后"
    "不到两个月之内对越访问,充分体现两国之间良好的合作关系。\n"
    "莱顿大学教授Pieter Smit接受记者采访时认为,威廉国王此访意义重大。\n"
)


def test_trip_named_as_a_time_is_no_event() -> None:
    visits = [
        [p["name"] for p in e["source"]] for e in to_record(extract(_TEXT))["events"] if e["mode"] == "visit"
    ]
    assert visits == [["威廉"]], visits
