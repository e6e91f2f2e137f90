"""Japan's land, infrastructure, transport and tourism ministry as VNA writes it, with 、 (and a
stray space after it): its minister is Japanese and the whole ministry is his office."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[dict]:
    text = f"越南副总理会见日本客人\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


def test_the_minister_of_the_ministry_written_with_a_comma_is_japanese() -> None:
    body = "5月6日,越南政府副总理黎文明在河内会见前来访问的日本土地、基础设施与交通旅游省大臣田中一郎。"
    guests = [p for e in _meetings(body) for p in e["source"] + e["target"] if p["name"] == "田中一郎"]
    assert guests and guests[0]["country"] == "JPN", _meetings(body)


def test_a_space_after_the_comma_changes_nothing() -> None:
    body = "5月6日,越南政府副总理黎文明在河内会见前来访问的日本土地、 基础设施与交通旅游省大臣田中一郎。"
    guests = [p for e in _meetings(body) for p in e["source"] + e["target"] if p["name"] == "田中一郎"]
    assert guests and guests[0]["country"] == "JPN", _meetings(body)
