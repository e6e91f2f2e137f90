"""A past visit told as the time of something else (…访问某国期间,…) is a background visit when a
year stands close before it; the visitor's office chain written long (某党中央委员会总书记, party
ranks before the office) between the year and the verb does not hide that year."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(
    "chain", ["越共中央总书记", "越南共产党中央委员会总书记", "越共中央政治局委员、国会主席", "越共中央政治局委员、越南国家主席"]
)
def test_year_before_a_long_chain_keeps_the_past_visit(chain: str) -> None:
    text = (
        "两国关系稳步发展\n\n越通社河内——两国在各个领域的合作发展势头良好。"
        f"2011年{chain}阮文甲访问某国期间,两国正式建立全面伙伴关系。(完)\n"
    ).replace("某国", "秘鲁")
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert [[p["name"] for p in e["source"]] for e in visits] == [["阮文甲"]], visits


def test_a_year_far_before_a_bare_name_still_dates_nothing() -> None:
    text = (
        "两国关系稳步发展\n\n越通社河内——两国在各个领域的合作发展势头良好。"
        "2011年两国签署的经济合作协定框架下许多项目阮文甲访问秘鲁期间得到推进。(完)\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert not visits, visits
