"""A full stop some pages put between the parts of a transliterated name (约翰.史密斯, 约翰．史密斯):
it is the name dot, so the person is read as a person, and a delegation led by him is his."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record
from dyad.document import normalise_width


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_stop_between_chinese_characters_is_a_name_dot() -> None:
    assert normalise_width("约翰.史密斯") == "约翰·史密斯"
    assert normalise_width("约翰．史密斯") == "约翰·史密斯"
    assert normalise_width("阿尼. 苏克辣") == "阿尼· 苏克辣"


def test_stop_in_numbers_and_latin_is_kept() -> None:
    assert normalise_width("简讯2019.4.15") == "简讯2019.4.15"
    assert normalise_width("(J. Smith)") == "(J. Smith)"


def test_delegation_led_by_a_dotted_name_is_his() -> None:
    evs = main_events(
        "国会副主席会见开发署代表团",
        "2016年6月3日下午,国会副主席阮氏兰会见由联合国开发计划署驻越南首席代表约翰.史密斯(John Smith)"
        "率领的开发署代表团。",
    )
    (meeting,) = [e for e in evs if e["type"] == "CONSULT" and "6月3日" in e["evidence"]["text"]]
    assert [p["name"] for p in meeting["source"]] == ["约翰.史密斯"]
    assert [p["name"] for p in meeting["target"]] == ["阮氏兰"]


def test_dotted_name_after_an_office_is_the_person() -> None:
    evs = main_events(
        "国会副主席会见开发署驻越首席代表",
        "2016年6月3日下午,国会副主席阮氏兰会见联合国开发计划署驻越南首席代表约翰.史密斯。",
    )
    (meeting,) = [e for e in evs if e["type"] == "CONSULT" and "6月3日" in e["evidence"]["text"]]
    assert [p["name"] for p in meeting["source"]] == ["约翰.史密斯"]
