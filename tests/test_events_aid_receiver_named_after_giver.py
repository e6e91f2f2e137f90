"""A gift handed over by a person to a body (A向外交部移交…捐款) is received by the one the next
sentence says received it (B代表越南外交部接受了上述捐款), even though the giver is already named in
person; the people of the ceremony are still sought only when no one is named. (A gift among one
country's own bodies and people at home is no AID at all: the giver here is a foreign envoy.)
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    rec = to_record(extract(f"捐款移交\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AID"]


def test_receiver_standing_for_a_body_without_country() -> None:
    evs = _aid(
        "5月4日下午,老挝驻越南大使森通·本玛在外交部驻地代表老挝政府向外交部移交20亿越盾的捐款,"
        "为海外越南人提供援助。越南外交部副部长黎文平代表越南外交部接受了上述捐款。"
    )
    assert len(evs) == 1
    assert [p["name"] for p in evs[0]["source"]] == ["森通·本玛"]
    assert [p["name"] for p in evs[0]["target"]] == ["黎文平"]


def test_receiver_of_the_recipient_country() -> None:
    evs = _aid("5月4日下午,越南红十字会主席阮氏红向老挝红十字会移交20亿越盾的捐款。老挝驻越南大使森通·本玛接受了上述捐款。")
    assert len(evs) == 1
    assert [p["name"] for p in evs[0]["target"]] == ["森通·本玛"]


def test_a_guest_of_the_giver_side_receives_nothing() -> None:
    evs = _aid("5月4日下午,越南红十字会主席阮氏红向老挝红十字会移交20亿越盾的捐款。越南外交部副部长黎文平出席了仪式。")
    assert len(evs) == 1
    assert [p["name"] for p in evs[0]["target"]] == ["老挝红十字会"]
