"""The central committee of a party the tables do not list (共产党中央, 劳动党中央, 人民革命党中央 of some
country) is no CPC Central Committee: the 党中央 at the end of its name is not read bare as China's, so
no Chinese side joins the visit or the meeting. Bare 党中央 is still read as before. Sentences written
for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.extraction.actors import country_of_text


def _events(text: str) -> list[dict]:
    return to_record(extract(text))["events"]


@pytest.mark.parametrize("party", ["孟加拉国共产党", "尼日利亚劳动党", "蒙古人民革命党", "巴拿马社会党"])
def test_unlisted_party_central_committee_is_no_chinese_side(party: str) -> None:
    events = _events(
        f"{party}中央总书记抵达河内开始对越南进行正式访问\n\n越通社河内——{party}中央委员会总书记卡迪尔·拉赫曼"
        "6月8日上午抵达河内,开始对越南进行正式访问。(越通社-VNA)\n"
    )
    sides = [p for e in events for p in e["source"] + e["target"]]
    assert all(p["country"] != "CHN" for p in sides), events
    assert all(p["name"] != "党中央" for p in sides), events


def test_bare_party_centre_still_read() -> None:
    assert country_of_text("党中央")[0] == "CHN"
    assert country_of_text("中国共产党中央委员会")[0] == "CHN"
