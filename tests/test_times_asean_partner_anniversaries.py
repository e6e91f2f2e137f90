"""Anniversaries of ASEAN's ties with a partner (``东盟-印度战略伙伴关系10周年``) count from ASEAN's
rows, not from Viet Nam's partnership with the same country."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    text = f"东盟与印度加强合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_asean_strategic_partnership_anniversary_dates_the_story() -> None:
    dates = _dates(
        "6月3日,越南驻印度大使阮海对印度喀拉拉邦进行工作访问。"
        "这是纪念东盟-印度战略伙伴关系10周年的系列活动之一。"
    )
    assert dates == ["2022-06-03"]


def test_viet_nam_india_strategic_partnership_anniversary_still_counts_from_2007() -> None:
    dates = _dates(
        "6月3日,越南驻印度大使阮海对印度喀拉拉邦进行工作访问。"
        "这是纪念越南与印度建立战略伙伴关系10周年的系列活动之一。"
    )
    assert dates == ["2017-06-03"]


def test_doubled_dash_between_asean_and_partner_is_read() -> None:
    # "东盟——印度" (two dashes) is ASEAN's tie as much as "东盟-印度"
    dates = _dates(
        "6月3日,越南驻印度大使阮海对印度喀拉拉邦进行工作访问。"
        "这是纪念东盟——印度战略伙伴关系10周年的系列活动之一。"
    )
    assert dates == ["2022-06-03"]


def test_bare_partnership_with_asean_counts_from_the_dialogue_row() -> None:
    # "东盟—印度伙伴关系30周年": no level word, ASEAN's dialogue partnership (1992)
    dates = _dates(
        "6月3日,越南驻印度大使阮海对印度喀拉拉邦进行工作访问。"
        "这是纪念东盟—印度伙伴关系30周年的系列活动之一。"
    )
    assert dates == ["2022-06-03"]
