"""A gift told as one more (``A还向B赠送了40吨大米``) after a gift with no sum in the sentence before
is a gift of its own, its sum not the first one's size; a school or project handed over takes the
investment the next sentence gives it (``该校总投资150亿越盾``); a headline gift of a delegation
to the receiver the body names is that body's gift, told again. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(text: str) -> list[tuple[list[str], tuple[float, str] | None]]:
    rec = to_record(extract(text))
    return [
        ([m["name"] for m in e["source"]], e["amount"] and (e["amount"]["value"], e["amount"]["currency"]))
        for e in rec["events"]
        if e["type"] == "AID"
    ]


def _page(body: str, title: str = "两国合作") -> str:
    return f"{title}\n\n越通社河内——{body}(越通社-VNA)\n"


def test_one_more_gift_keeps_its_own_sum() -> None:
    got = _aid(_page("3月8日下午,清化省向华潘省移交了由清化省援建的友谊学校。清化省还向华潘省赠送了40吨大米。"))
    assert (["清化省"], None) in got
    assert (["清化省"], (40, "tonnes")) in got


def test_school_takes_the_investment_told_next() -> None:
    got = _aid(_page("3月8日下午,清化省向华潘省移交了由清化省援建的友谊学校。该校总投资150亿越盾,共有12间教室。"))
    assert got == [(["清化省"], (15000000000, "VND"))]


def test_headline_gift_of_a_delegation_is_the_body_gift() -> None:
    body = (
        "应华潘省委书记的邀请,清化省委书记黎文甲率领清化省高级代表团于3月7日至9日对老挝进行工作访问。"
        "3月8日下午,清化省向华潘省移交了由清化省援建的友谊学校。该校总投资150亿越盾,共有12间教室。"
    )
    got = _aid(_page(body, "清化省高级代表团访问老挝 向华潘省移交援建学校"))
    assert got == [(["清化省"], (15000000000, "VND"))]
