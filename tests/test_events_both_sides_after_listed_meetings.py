"""``与A举行会谈,分别会见了B、C`` then ``访问期间,双方发表…联合声明``: 双方 are the visitor and A, the
partner of the talks, not the people met one after another. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_joint_statement_after_listed_meetings_is_with_the_talks_partner() -> None:
    text = (
        "越南领导结束访问\n\n越通社河内——6月8日下午,越南国家主席黎文安已抵达河内,圆满结束应泰国总理巴颂的邀请"
        "于2024年6月5日至8日对泰国进行的正式访问。\n\n在访问框架内,黎文安与泰国总理巴颂举行会谈,"
        "分别会见了泰国国会主席万诺、上议院议长蒙坤。\n\n访问期间,双方发表关于提升两国关系的联合声明。(越通社——VNA)\n"
    )
    agree = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in agree] == [
        (["黎文安"], ["巴颂"])
    ], agree
