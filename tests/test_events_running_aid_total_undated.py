"""A running total of aid (``截至目前援助总额超过了…``, ``迄今已累计提供…``) told in a paragraph of
its own with no time does not borrow the day of an earlier paragraph (a founding day of
relations told before it): the page gives the total no day."""

from __future__ import annotations

from dyad import extract, to_record


def test_running_total_does_not_borrow_an_earlier_paragraph_day() -> None:
    text = (
        "越南与挪威友好关系\n\n越通社河内——值越挪友好交流之际,挪威公主应邀对越南进行正式访问。\n\n"
        "2001年3月5日,挪威在河内开设大使馆。\n\n"
        "挪威是北欧对越南提供无偿援助最多的国家之一,截至目前援助总额超过了10亿美元,集中于卫生、教育等领域。"
        "(越通社——VNA)\n越通社\n"
    )
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert aid
    assert aid[0]["date"] != "2001-03-05"


def test_a_gift_in_the_same_paragraph_keeps_its_day() -> None:
    text = (
        "挪威向越南提供援助\n\n越通社河内——2024年3月5日,挪威驻越南大使卡尔松向越南红十字会移交价值10万美元的援助物资。"
        "(越通社——VNA)\n越通社\n"
    )
    aid = [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]
    assert aid
    assert aid[0]["date"] is not None and aid[0]["date"] == "2024-03-05"
