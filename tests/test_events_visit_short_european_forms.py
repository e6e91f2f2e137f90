"""A visit told with the one-character form of a European country (率团访捷, X访德, 访法) is a visit to
that country, as 访柬 and 访泰 are; a frame (访德期间) is not read so, a visit told elsewhere is not
doubled, and the words after 此访 (此访德方…, 此访意义…) name no country visited. Sentences written for
the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _visits(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


@pytest.mark.parametrize(("short", "iso"), [("捷", "CZE"), ("德", "DEU"), ("法", "FRA"), ("匈", "HUN")])
def test_one_character_european_form_is_a_visit(short: str, iso: str) -> None:
    visits = _visits(
        f"越南国会主席会谈\n\n越通社河内——4月12日,越南国会主席阮文甲与参议院主席举行会谈。阮文甲表示高兴能率团访{short}。"
        "(越通社-VNA)\n"
    )
    assert len(visits) == 1, visits
    assert visits[0]["source"][0]["name"] == "阮文甲"
    assert any(p["country"] == iso for p in visits[0]["target"]), visits


def test_visit_told_in_full_is_not_doubled() -> None:
    visits = _visits(
        "越南国会主席访德\n\n越通社柏林——越南国会主席阮文甲于4月11日至13日对德国进行正式访问。"
        "阮文甲表示高兴能率团访德。(越通社-VNA)\n"
    )
    assert len(visits) == 1, visits


@pytest.mark.parametrize("words", ["此访德方高度评价两国合作", "此访意义重大", "此访法方表示欢迎"])
def test_words_after_this_visit_name_no_country_visited(words: str) -> None:
    visits = _visits(
        f"丹麦首相访越\n\n越通社河内——丹麦首相拉斯·汉森(Lars Hansen)于4月11日至13日对越南进行正式访问。{words}。"
        "(越通社-VNA)\n"
    )
    assert len(visits) == 1 and visits[0]["target"][0]["country"] == "VNM", visits
