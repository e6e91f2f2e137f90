"""A day planned ahead (将于…) placed by the nearest day the text tells as done comes after it."""

from __future__ import annotations

from tests.test_times_inference import page, tv


def test_a_planned_visit_comes_after_the_nearest_past_day() -> None:
    doc = page(
        "甲国总理将访问越南",
        [
            "甲国总理乙丙将于9月24日至26日对越南进行正式访问。",
            "2019年3月22日至23日,两国在甲国首都举行政府间合作委员会第七次会议。",
        ],
    )
    assert tv(doc, "9月24日至26日").start == "2019-09-24"


def test_a_day_not_planned_still_takes_the_nearest_year() -> None:
    doc = page(
        "甲国总理访问越南",
        [
            "9月24日,甲国总理乙丙在河内同越南政府总理丁戊举行会谈。",
            "2019年3月22日至23日,两国在甲国首都举行政府间合作委员会第七次会议。",
        ],
    )
    assert tv(doc, "9月24日").value == "2018-09-24"
