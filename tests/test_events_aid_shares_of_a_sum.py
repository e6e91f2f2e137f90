"""A gift told as a share of a larger sum the article gives (在800万欧元的援助中,向X提供300万欧元;
上述援助包括…; 其中…) is part of that gift: the sum is the event, the shares are not events of their own.
Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _aid(body: str) -> list[dict[str, Any]]:
    text = f"芬兰向越南提供援助\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_the_sum_stays_and_its_shares_go() -> None:
    events = _aid(
        "3月4日,芬兰政府宣布向越南提供800万欧元的援助资金,帮助越南发展清洁能源。\n\n"
        "在800万欧元的援助资金中,向越南能源研究院提供300万欧元,用于培训技术人员。\n\n"
        "芬兰政府提供上述援助资金包括总值500万欧元的设备援助,帮助越南各省建设太阳能电站。"
    )
    assert [e["amount"]["value"] for e in events] == [8000000]
    assert [s["name"] for s in events[0]["source"]] == ["芬兰政府"]


def test_a_share_after_qizhong_is_no_second_gift() -> None:
    events = _aid("10年来,芬兰向越南提供总值超过3亿欧元的援助资金,其中教育领域援助资金超过1亿欧元。")
    assert [e["amount"]["value"] for e in events] == [300000000]


def test_two_gifts_in_one_sentence_are_both_kept() -> None:
    events = _aid("2015年,芬兰向越南提供3亿欧元的无偿援助,2016年向越南提供1亿欧元的无偿援助。")
    assert sorted(e["amount"]["value"] for e in events) == [100000000, 300000000]
