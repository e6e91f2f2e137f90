"""``在河内召开越南—非洲人民友好大会。…一同出席大会。``: the forum's name starts after the verb
that convenes it (召开, 举行, 举办), never with the place and the verb before it."""

from __future__ import annotations

from dyad import extract, to_record


def _forums(body: str) -> list[str]:
    text = f"友好大会在河内召开\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [
        m["name"]
        for e in to_record(extract(text))["events"]
        if e["mode"] == "multilateral"
        for m in e["target"]
    ]


def test_forum_convened_in_a_city_is_named_without_the_verb() -> None:
    body = (
        "9月8日,越南友好组织联合会和越南外交部协调在河内召开越南—非洲人民友好大会。"
        "南非驻越南大使马丁(John Martin)、越南外交部副部长黎明山一同出席大会。"
    )
    assert _forums(body) == ["越南—非洲人民友好大会"]


def test_forum_held_in_a_city_is_named_without_the_verb() -> None:
    body = (
        "9月8日,越南友好组织联合会在岘港举行越南—拉美青年友好大会。"
        "古巴驻越南大使佩雷斯(Orlando Perez)一同出席大会。"
    )
    assert _forums(body) == ["越南—拉美青年友好大会"]
