"""A pair compound whose second character the tables leave out (``越阿签署了…``: 阿 begins several
countries) reads as the one side the page names; a signing told with one side only takes the
other from the pair opening the document's title (``签署的《越法联合声明》``)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _agree(body: str) -> list[dict[str, Any]]:
    text = f"越外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]


def _sides(ev: dict[str, Any]) -> tuple[list[str | None], list[str | None]]:
    return [m["country"] for m in ev["source"]], [m["country"] for m in ev["target"]]


def test_viet_and_an_ambiguous_character_reads_as_the_named_side() -> None:
    evs = _agree("他说,越南与阿尔及利亚关系发展良好。2012年,越阿签署了合作协定。")
    assert len(evs) == 1
    assert _sides(evs[0]) == (["VNM"], ["DZA"])


def test_ambiguous_character_with_two_candidate_sides_stays_unread() -> None:
    evs = _agree("越南与阿根廷和阿尔及利亚关系发展良好。2012年,越阿签署了合作协定。")
    assert not any(_sides(ev) in ((["VNM"], ["DZA"]), (["VNM"], ["ARG"])) for ev in evs)


def test_other_side_from_the_title_pair() -> None:
    evs = _agree("法国共产党代表团访问越南。越南党和政府本着2015年3月签署的《越法联合声明》精神积极落实越法战略伙伴关系。")
    assert len(evs) == 1
    assert _sides(evs[0]) == (["VNM"], ["FRA"])
