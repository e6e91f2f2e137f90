"""Aid given ``向该国`` (to this country) goes to the one country the sentence named before it, not
to no one; with two other countries named before, the recipient stays unnamed."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> dict:
    page = f"测试标题\n\n越通社河内——{body}(越通社——VNA)\n"
    return next(e for e in to_record(extract(page))["events"] if e["type"] == "AID")


def test_aid_to_that_country_goes_to_the_country_named_before() -> None:
    ev = _aid("在洪灾正在斯里兰卡蔓延的情况下,亚洲开发银行5月6日已批准向该国提供总额达2亿美元贷款。")
    assert [(p["name"], p["country"]) for p in ev["target"]] == [("斯里兰卡", "LKA")], ev


def test_aid_to_that_country_after_two_countries_stays_unnamed() -> None:
    ev = _aid("在洪灾正在斯里兰卡和孟加拉国蔓延的情况下,亚洲开发银行5月6日已批准向该国提供总额达2亿美元贷款。")
    assert ev["target"] == [], ev
