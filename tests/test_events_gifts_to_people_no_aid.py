"""Gifts handed to people told as a bare 赠送(了)礼物 (``向120名学生赠送礼物``), with no sum and no
goods named, are a goodwill or charity gesture, not aid between sides, as courtesy gifts are not;
a gift with a sum stays aid. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _aid(body: str) -> list[dict[str, Any]]:
    text = f"维和部队在当地\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_gifts_to_counted_people_are_no_aid() -> None:
    assert not _aid("2023年,越南二号野战医院与孟加拉国工兵部队协调开展义诊活动以及向120名学生赠送礼物。")


def test_gift_with_a_sum_stays_aid() -> None:
    assert _aid("2023年3月5日,越南驻老挝大使馆向琅勃拉邦省学校赠送礼物,总价值5000美元。")
