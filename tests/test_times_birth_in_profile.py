"""A leader's birth, told in the profile of a visit preview, dates nothing of the story.
Sentences written for the test."""

from __future__ import annotations

from test_times_inference import page, tv


def test_a_birth_day_is_not_the_year_of_the_visit() -> None:
    doc = page(
        "某国国王即将访问越南",
        ["应越南方面的邀请,某国国王甲乙丙将于4月10日至12日对越南进行国事访问。", "甲乙丙,1950年7月15日生于首都。"],
    )
    assert tv(doc, "4月10日至12日").value is None


def test_a_birth_year_is_not_the_year_of_the_visit() -> None:
    doc = page(
        "某国总统即将访问越南",
        ["应越南方面的邀请,某国总统丁戊己将于5月3日至5日对越南进行国事访问。", "丁戊己1955年出生在南部省份。"],
    )
    assert tv(doc, "5月3日至5日").value is None


def test_a_dated_signing_still_gives_the_year() -> None:
    doc = page(
        "两国签署协议",
        ["5月3日,两国外长举行会谈。", "双方于2019年5月3日签署了合作协议。"],
    )
    assert tv(doc, "5月3日").value == "2019-05-03"
