"""``科威特首相X``: 特首 (Hong Kong's Chief Executive) read across the end of 科威特 is no office; the
office is 首相 and the name after it is read whole."""

from __future__ import annotations

from dyad import extract, to_record


def test_prime_minister_of_kuwait_is_read_whole() -> None:
    body = "5月3日,越南政府总理范明政会见了科威特首相艾哈迈德·萨巴赫(Ahmad Al-Sabah)。"
    text = f"越南总理会见科威特首相\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    people = {p["name"]: p for e in to_record(extract(text))["events"] for p in e["source"] + e["target"]}
    assert "艾哈迈德·萨巴赫" in people, people
    assert people["艾哈迈德·萨巴赫"]["country"] == "KWT", people


def test_hong_kong_chief_executive_stays_an_office() -> None:
    body = "5月3日,越南政府总理范明政会见了香港特首李家超。"
    text = f"越南总理会见香港特首\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    people = {p["name"] for e in to_record(extract(text))["events"] for p in e["source"] + e["target"]}
    assert "李家超" in people, people
