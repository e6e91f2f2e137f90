"""``美国驻越南外交使团``: a country's diplomatic mission posted somewhere is a body of that country,
like its embassy or its delegation."""

from __future__ import annotations

from dyad import extract, to_record


def test_diplomatic_mission_is_a_body_of_its_country() -> None:
    body = "4月9日,加拿大驻老挝外交使团与万象市人民委员会在万象联合举办加老友好交流活动。"
    text = f"加老友好交流活动在万象举行\n\n越通社万象——{body}\n\n(越通社——VNA)\n越通社\n"
    events = [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]
    got = [([(m["name"], m["country"]) for m in e["source"]], [(m["name"], m["country"]) for m in e["target"]]) for e in events]
    assert got == [([("加拿大驻老挝外交使团", "CAN")], [("万象市人民委员会", "LAO")])], events
