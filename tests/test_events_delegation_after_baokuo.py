"""A delegation named right after 包括 (``其中包括越方代表团欢迎仪式``) is named from after the verb:
the list word is no part of its name."""

from __future__ import annotations

from dyad import extract, to_record


def test_baokuo_is_not_part_of_the_delegation() -> None:
    body = "交流活动于5月8日在老挝举行,其中包括越方代表团欢迎仪式、参观琅勃拉邦古城、造访老挝边防检查站等。"
    text = f"越老边境交流活动\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    names = [p["name"] for e in to_record(extract(text))["events"] for p in e["source"] + e["target"]]
    assert not any("包括" in n for n in names), names
