"""A courtesy gift (``向…工作人员赠送新年礼物``) is no aid, like flowers and souvenirs; gifts
counted out to victims still are."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def aid(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["type"] == "AID"]


def test_new_year_gift_to_staff_is_no_aid() -> None:
    assert aid("2019年1月5日,老挝驻越南大使王五向越南外交部工作人员赠送新年礼物。") == []


def test_souvenir_gift_is_no_aid() -> None:
    assert aid("2019年1月5日,老挝驻越南大使王五向陈文丙赠送纪念礼物。") == []


def test_gifts_to_victims_are_aid() -> None:
    assert len(aid("2019年1月5日,老挝驻越南大使王五向灾民赠送200份礼物。")) == 1
