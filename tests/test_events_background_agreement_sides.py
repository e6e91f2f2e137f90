"""A background agreement dated by its own past year or month (``2013年6月,双方发表了…联合声明``,
``本着两国于2011年签署的…协议``) is the two countries', not the people of the story's visit.
Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

VISIT = (
    "泰国总理即将访问越南\n\n越通社河内——应越南政府总理黎文安的邀请,泰国总理巴颂将于2024年5月2日至4日"
    "对越南进行正式访问。\n\n"
)


def agreements(text: str) -> list[tuple[list[str], list[str]]]:
    evs: list[dict[str, Any]] = to_record(extract(text))["events"]
    return [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs if e["type"] == "AGREE"]


def test_dated_joint_statement_of_both_sides_is_the_countries() -> None:
    got = agreements(VISIT + "2013年6月,双方发表了关于建立战略伙伴关系的联合声明。(越通社——VNA)\n")
    assert got == [(["越南"], ["泰国"])], got


def test_agreement_signed_by_the_two_countries_in_a_year() -> None:
    got = agreements(VISIT + "双方一致认为,本着两国于2011年签署的防务合作协议,两国国防关系发展良好。(越通社——VNA)\n")
    assert got == [(["越南"], ["泰国"])], got
