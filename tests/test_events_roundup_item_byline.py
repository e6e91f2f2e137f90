"""The byline of one item of a roundup (``*越通社驻X记者报道,…``) does not place the whole story."""

from __future__ import annotations

from dyad import extract, to_record


def _places(body: str) -> list[str | None]:
    page = f"各国纪念活动\n\n越通社河内——{body}\n\n(越通社-VNA)\n"
    return [e["location"] for e in to_record(extract(page))["events"] if e["section"] == "main" and e["type"] == "COOPERATE"]


def test_byline_of_a_roundup_item_does_not_place_the_story() -> None:
    places = _places(
        "值此建国纪念日之际,越南驻智利、秘鲁、阿根廷等国家代表机构纷纷举行纪念活动。\n\n"
        "*越通社驻东京记者报道,2031年5月19日,越南驻大阪总领事馆与日本京都府政府联合举行纪念活动。"
    )
    assert "东京" not in places, places


def test_byline_of_the_story_still_places_it() -> None:
    places = _places(
        "越通社驻利马记者报道,2031年5月19日,越南驻秘鲁大使馆与秘鲁外交部联合举行纪念活动。"
    )
    assert places == ["利马"], places
