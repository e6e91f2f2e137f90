"""A signing told back and dated only by the year or month written before its trigger
(``2009年,两国签署了…联合声明``) gets no place from outside its sentence (the dateline's city);
one told within a visit in its sentence keeps the visit's place."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南国家主席会见丹麦首相\n\n"
    "越通社哥本哈根——近日,越南国家主席陈文丁在哥本哈根会见了丹麦首相拉尔斯·汉森。\n\n"
    "2009年,两国签署了建立全面伙伴关系的联合声明。(越通社——VNA)\n"
)


def _signings() -> list[dict]:
    events = to_record(extract(PAGE))["events"]
    return [e for e in events if e["type"] == "AGREE" and e["section"] == "main"]


def test_background_signing_has_no_place_from_the_dateline() -> None:
    signs = _signings()
    assert signs and all(e["location"] is None for e in signs), signs


def test_todays_meeting_keeps_its_place() -> None:
    events = to_record(extract(PAGE))["events"]
    meets = [e for e in events if e["mode"] == "meeting" and e["section"] == "main"]
    assert meets and meets[0]["location"] == "哥本哈根", meets
