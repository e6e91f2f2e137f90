"""The 与 of a relation strengthened with someone (``加强与X的关系``) before the act is the object
of that verb, not the connective that splits the act's sides."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南国会主席黎文甲与菲律宾参议院议长约翰·多伊举行会谈\n\n"
    "越通社马尼拉——越通社特派记者报道,11月23日下午,见证菲律宾参议院举行通过关于加强与越南国会的关系的"
    "第5号决议相关程序后,越南国会主席黎文甲与菲律宾参议院议长约翰·多伊(John Doe)举行会谈。\n\n"
    "双方一致认为,两国关系发展良好。(越通社——VNA)\n"
)


def test_one_talks_between_the_two_leaders() -> None:
    talks = [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "talks"]
    assert len(talks) == 1, talks
    names = {p["name"] for p in talks[0]["source"] + talks[0]["target"]}
    assert names == {"黎文甲", "约翰·多伊"}, talks
