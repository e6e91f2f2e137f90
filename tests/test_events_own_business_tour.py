"""A leader abroad touring his own country's businesses there (参观了在泰国投资的越南企业) meets no
foreign side: no visit. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events(text: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_touring_own_businesses_abroad_is_no_visit() -> None:
    evs = events(
        "越南总理访问泰国\n\n越通社河内——越南政府总理黎文安于2019年5月2日至4日对泰国进行正式访问。\n\n"
        "访问期间,黎文安还参观了许多正在泰国投资经商的越南企业。(越通社——VNA)\n"
    )
    assert not [e for e in evs if any("企业" in p["name"] for p in e["target"])], evs
