"""A governor named by his Mexican or Brazilian state, or a Cuban province, alone (``巴伊亚州州长X``,
with no country before the state) is of that state's country, and a visit to the state goes to it."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _people(text: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for e in to_record(extract(text))["events"]:
        for p in e["source"] + e["target"]:
            out[p["name"]] = p["country"]
    return out


@pytest.mark.parametrize(
    ("place", "iso"),
    [("巴伊亚州", "BRA"), ("瓦哈卡州", "MEX"), ("卡马圭省", "CUB")],
)
def test_state_governor_has_its_country(place: str, iso: str) -> None:
    text = (
        "越南大使会见州长\n\n越通社河内——据越通社驻拉丁美洲记者报道,5月12日,越南大使阮文甲在首府会见了"
        f"{place}州长若昂·席尔瓦。双方就加强合作交换意见。(完)\n"
    )
    people = _people(text)
    assert people.get("若昂·席尔瓦") == iso, people
