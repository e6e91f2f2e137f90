"""Aid told as a willingness through a channel (甲国表示愿通过提供疫苗…协助越南) or as a gift that may
come (双方就…乙国可能向越南提供的一笔援助资金等问题展开讨论) is no gift given, like 愿为X提供; aid
announced stays. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    text = f"甲越友好交流\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AID"]


def test_willing_through_a_channel_is_no_aid() -> None:
    assert not _aid("5月3日,甲国外长表示,甲国早就表示愿通过提供甲型疫苗和转让该疫苗生产技术协助越南抗疫。")


def test_possible_gift_talked_about_is_no_aid() -> None:
    assert not _aid("5月3日,双方就经济合作以及乙国可能向越南提供的一笔援助资金等问题展开讨论。")


def test_announced_gift_stays() -> None:
    assert _aid("5月3日,甲国宣布向越南提供100万美元援助。")
