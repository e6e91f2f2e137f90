"""``科威特外交大臣助理Ali Al-Saeed``: 外交大臣助理 is an office (offices v14), the Latin name after it a person."""

from __future__ import annotations

from dyad import extract, to_record


def test_latin_name_after_an_assistant_minister_is_read() -> None:
    body = "5月5日,越南外交部副部长黎氏秋姮会见卡塔尔外交大臣助理Salem Al-Khulaifi。"
    text = f"越南副外长会见卡塔尔官员\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    people = {p["name"]: p for e in to_record(extract(text))["events"] for p in e["source"] + e["target"]}
    assert "Salem Al-Khulaifi" in people, people
    assert people["Salem Al-Khulaifi"]["country"] == "QAT", people
