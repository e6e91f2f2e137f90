"""A statement about the story's visit (这是…时隔N年访问X) that names an earlier visit dated by its
year and closed by 之后 (A于2005年对智利进行访问之后, B于2008年访问秘鲁之后) tells that earlier visit, a
background visit to the country named, by A or B; the statement's own visit is not told again, and
what follows 之后 is no side of the earlier one. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "越南国会主席访问智利\n\n越通社圣地亚哥——越南国会主席黎明山11月26日抵达圣地亚哥,开始对智利进行正式访问。\n\n"
    "这是越南国会主席阮文平2005年对智利进行访问之后越南国会主席时隔12年访问智利,以及越南国会主席黎光2008年"
    "访问秘鲁之后越南国会主席时隔9年再次访问秘鲁。(越通社-VNA)\n"
)


def _visits() -> dict[str, list[str]]:
    out = {}
    for e in to_record(extract(_PAGE))["events"]:
        if e["section"] == "main" and e["mode"] == "visit":
            out[e["source"][0]["name"]] = [t["name"] for t in e["target"]]
    return out


def test_earlier_dated_visits_inside_the_statement() -> None:
    got = _visits()
    assert sorted(got) == ["阮文平", "黎光", "黎明山"], got
    assert got["阮文平"] == ["智利"]
    assert got["黎光"] == ["秘鲁"]
