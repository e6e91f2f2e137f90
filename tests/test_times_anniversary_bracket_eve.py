"""An anniversary whose bracket writes its own day, told as the eve of its celebrations
(``N周年(…-YYYY.M.D)纪念活动前夕``): a day before it falls in the year before when it is a later month."""

from __future__ import annotations

from tests.test_times_inference import page, tv


def test_a_december_visit_on_the_eve_of_a_january_anniversary_is_the_year_before() -> None:
    doc = page(
        "丙国首相将访问越南",
        [
            "应越南政府总理甲乙的邀请,丙国首相丁戊将于12月6日至8日对越南进行正式访问。",
            "此访在丙国独立30周年(1989.1.9-2019.1.9)纪念活动前夕进行。",
        ],
    )
    assert tv(doc, "12月6日至8日").start == "2018-12-06"


def test_a_bracket_written_with_year_month_day_words_is_read_too() -> None:
    doc = page(
        "丙国首相将访问越南",
        [
            "丙国首相丁戊将于12月6日至8日对越南进行正式访问。",
            "此访在两国建交30周年(1989年1月9日—2019年1月9日)庆祝活动前夕进行。",
        ],
    )
    assert tv(doc, "12月6日至8日").start == "2018-12-06"
