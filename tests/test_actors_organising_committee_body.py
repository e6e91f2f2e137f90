"""``东京国际动漫节组委会``, ``秘鲁—越南文化院``: an organising committee and a cultural institute
are bodies named by what they are, like an association."""

from __future__ import annotations

from dyad import extract, to_record


def _joint(body: str) -> list[dict]:
    text = f"文化交流会在国外举行\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]


def test_organising_committee_holds_a_joint_event() -> None:
    events = _joint("日前,越南驻日本大使馆同东京国际动漫节组委会共同举办越南文化周。")
    got = [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in events]
    assert got == [(["越南驻日本大使馆"], ["东京国际动漫节组委会"])], events


def test_cultural_institute_holds_a_joint_event() -> None:
    events = _joint("6月2日,越南驻秘鲁大使馆同秘鲁—越南文化院在利马联合举行图片展。")
    got = [([m["name"] for m in e["source"]], [m["name"] for m in e["target"]]) for e in events]
    assert got == [(["越南驻秘鲁大使馆"], ["秘鲁—越南文化院"])], events
