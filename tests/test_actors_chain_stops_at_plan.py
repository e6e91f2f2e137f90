"""A name ends before the 计划/拟 of a planned trip (``总理X计划于11月中旬访问越南``), as before 将: the
visitor is the person, not his country."""

from __future__ import annotations

from dyad import extract, to_record

HOST = (
    "越南与新西兰举行政治磋商\n\n越通社河内——2024年5月6日,越南外交部副部长阮明武与新西兰外交贸易部副秘书长"
    "在河内举行第五次政治磋商。\n\n双方同意加强合作。\n\n越通社\n\n更多\n\n"
)


def _related(title: str) -> list[dict]:
    page = HOST + f"{title} 图自越通社\n\n{title}\n\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "related"]


def test_planned_visit_runs_from_the_named_leader() -> None:
    related = _related("澳大利亚总理沃伦计划于11月中旬访问越南和泰国")
    assert len(related) == 1, related
    assert related[0]["type"] == "CONSULT" and related[0]["mode"] == "visit", related
    assert [p["name"] for p in related[0]["source"]] == ["沃伦"], related


def test_name_ends_before_ni_of_a_planned_trip() -> None:
    related = _related("新西兰总理希普金斯拟于下月访问越南")
    assert [p["name"] for p in related[0]["source"]] == ["希普金斯"], related
