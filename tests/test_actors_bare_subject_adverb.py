"""A bare name opening a clause keeps its own length when an adverb stands before the verb."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(sentence: str) -> list[dict]:
    text = (
        "越共中央总书记访问古巴\n\n越通社哈瓦那——越共中央总书记阮富仲于3月28日至31日对古巴进行正式访问。"
        f"{sentence}(越通社——VNA)\n越通社\n"
    )
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_an_adverb_after_a_bare_name_is_not_part_of_it() -> None:
    evs = _meetings("3月30日,阮富仲还会见了古巴国家主席米格尔·迪亚斯-卡内尔。")
    assert [p["name"] for e in evs for p in e["source"]] == ["阮富仲"], evs


def test_a_four_character_name_before_an_adverb_stays_whole() -> None:
    evs = _meetings("3月30日,阮氏金银也会见了古巴国家主席米格尔·迪亚斯-卡内尔。")
    assert [p["name"] for e in evs for p in e["source"]] == ["阮氏金银"], evs
