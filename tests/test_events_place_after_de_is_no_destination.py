"""``会见了赴越履新的日本新任驻越南大使X``: the country after 的 describes the envoy; it is not
where anyone went, so not the meeting's place (the dateline's city is)."""

from __future__ import annotations

from dyad import extract, to_record


def _locations(text: str) -> list[str | None]:
    return [e["location"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_envoys_country_is_not_the_meetings_place() -> None:
    text = (
        "河内市领导会见日本新任大使\n\n越通社河内——河内市委书记王庭惠8日会见了赴越履新的日本新任驻越南大使山田滝雄。"
        "\n\n王庭惠表示,希望两国加强合作。(越通社-VNA)\n"
    )
    assert _locations(text) == ["河内"]
