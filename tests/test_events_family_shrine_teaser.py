"""A teaser about a leader offering incense at a late leader's family shrine (``前往X省Y祠(胡志明主席
家族祠堂)进香``) is a domestic ceremony: its one headline event is OTHER, not a visit to the late
leader."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南政府副总理会见老挝外长\n\n越通社河内——3月2日,越南政府副总理黎明海在河内会见了老挝外长宋赛。\n\n"
    "(越通社——VNA)\n越通社\n\n更多\n\n越南国家主席在清化省进香缅怀胡志明主席\n\n"
    "值此新春之际,2月3日上午,越南国家主席阮文安率工作代表团前往清化省南山祠(胡志明主席家族祠堂)进香献花。\n"
)


def test_incense_at_a_family_shrine_is_no_visit_to_the_late_leader() -> None:
    related = [e for e in to_record(extract(PAGE))["events"] if e["section"] == "related"]
    assert len(related) == 1, related
    assert related[0]["type"] == "OTHER", related
    assert not any(p["name"] == "胡志明" for p in related[0]["target"]), related
