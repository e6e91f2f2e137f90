"""A sum of aid or loans a lender or agency approves (``亚行批准一笔N美元的贷款,用于X…``,
``联合国通过一项N美元的紧急援助款项,为X灾民…``) is aid given, with its sum, to the country the use
or the ones served right after it name. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _aid(sentence: str) -> list[dict]:
    text = f"国际组织援助老挝\n\n越通社河内——{sentence}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]


@pytest.mark.parametrize(
    ("sentence", "giver", "value"),
    [
        ("亚行4月3日批准一笔总额为8000万美元的贷款,用于老挝北部公路改造项目。", "亚行", 80000000),
        ("联合国4月3日通过一项总额为30万美元的紧急援助款项,为老挝灾民提供饮用水和帐篷。", "联合国", 300000),
    ],
)
def test_an_approved_sum_is_aid_to_the_country_served(sentence: str, giver: str, value: int) -> None:
    aid = _aid(sentence)
    assert len(aid) == 1, aid
    assert aid[0]["source"][0]["name"] == giver
    assert [t["name"] for t in aid[0]["target"]] == ["老挝"]
    assert aid[0]["amount"]["value"] == value


def test_a_law_passed_is_no_aid() -> None:
    assert _aid("老挝国会4月3日通过了关于援助管理的法律草案。") == []
