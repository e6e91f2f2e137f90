"""A ministry the lexicon knows as one country's (文化和旅游部, China's) written right after another
country's name (``秘鲁文化和旅游部``) is that other country's body; a body whose name opens with its
own country keeps it."""

from __future__ import annotations

from dyad import extract, to_record


def _sides(body: str) -> list[dict]:
    text = f"两国加强合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [m for e in to_record(extract(text))["events"] for m in e["source"] + e["target"]]


def test_ministry_after_another_country_is_that_countrys() -> None:
    sides = _sides("8月25日,越南国会民族委员会代表团同秘鲁文化和旅游部代表团举行工作会谈。")
    ministry = [m for m in sides if m["name"].endswith("文化和旅游部")]
    assert ministry and ministry[0]["country"] == "PER"


def test_chinese_ministry_stays_chinese() -> None:
    sides = _sides("8月25日,越南文化体育旅游部代表团同中国文化和旅游部代表团举行工作会谈。")
    ministry = [m for m in sides if m["name"].endswith("文化和旅游部")]
    assert ministry and ministry[0]["country"] == "CHN"
