"""A person first named bare (``X总理回国``) takes the country his later office chain gives, on
sentences and names invented for these tests (the names are in no lexicon)."""

from __future__ import annotations

from dyad import extract, parse_page
from dyad.extraction.actors import annotate_actors


def _countries(text: str, name: str) -> list[str | None]:
    doc = parse_page(text)
    annotate_actors(doc)
    return [m.country for m in doc.mentions if m.kind == "person" and m.name == name]


def test_title_short_form_takes_the_country_of_the_body_chain() -> None:
    text = (
        "柯明璋总理结束对某国的正式访问\n\n"
        "越通社河内——柯明璋总理一行3月8日下午已抵达河内,圆满结束对泰国的正式访问。\n\n"
        "访问期间,政府总理柯明璋会见了泰国总理。(越通社——VNA)\n"
    )
    got = _countries(text, "柯明璋")
    assert got and all(c == "VNM" for c in got)


def test_earlier_mentions_take_the_country_a_later_mention_states() -> None:
    text = (
        "政府总理农德琨将访问缅甸\n\n"
        "应缅甸总统邀请,政府总理农德琨与夫人于3月9日至11日对缅甸进行正式访问。"
        "这是农德琨再当选越南政府总理后首次访问缅甸。\n"
    )
    got = _countries(text, "农德琨")
    assert got and all(c == "VNM" for c in got)


def test_meeting_participant_keeps_the_country() -> None:
    text = (
        "甘文瑾主席会见老挝客人\n\n"
        "越通社河内——甘文瑾主席5月6日在河内会见了老挝国会副主席。"
        "国家主席甘文瑾表示,越南高度重视同老挝的关系。(越通社——VNA)\n"
    )
    rec = extract(text)
    sides = [p for e in rec.events for p in e.source + e.target if getattr(p, "name", None) == "甘文瑾"]
    assert sides and all(p.country == "VNM" for p in sides)
