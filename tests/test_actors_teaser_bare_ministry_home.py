"""A bare ministry office before a Vietnamese-read name in a teaser (外交部副部长阮国安) is Viet Nam's,
as in the agency's own article, whatever the main article's dateline or story."""

from __future__ import annotations

from dyad import extract, to_record

_TEASER = (
    "外交部副部长阮国安与某国驻越南大使马丁·科瓦奇出席仪式。图自越通社\n\n"
    "越南向某国移交援助物资\n\n"
    "6月5日上午,越南外交部举行仪式,向匈牙利移交越南政府援助匈牙利的20万美元现金和部分医疗物资。"
    "外交部副部长阮国安和匈牙利驻越南大使马丁·科瓦奇(Martin Kovacs)出席仪式。\n"
)


def _aid(main: str) -> dict:
    text = f"{main}\n\n更多\n\n{_TEASER}"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert len(evs) == 1, evs
    return evs[0]


def test_the_giver_in_person_without_an_agency_dateline() -> None:
    ev = _aid("两省加强边境合作\n\n在联合工作组第五次会议上,某国两省与中国某省达成多项共识,各方同意加强边境管理合作。")
    assert ev["type"] == "AID", ev
    assert [(p["name"], p["country"]) for p in ev["source"]] == [("阮国安", "VNM")], ev
    assert [p["name"] for p in ev["target"]] == ["马丁·科瓦奇"], ev


def test_the_same_reading_under_an_agency_dateline() -> None:
    a = _aid("两省加强边境合作\n\n越通社河内——在联合工作组第五次会议上,两省达成多项共识。(完)")
    b = _aid("两省加强边境合作\n\n在联合工作组第五次会议上,某国两省与中国某省达成多项共识,各方同意加强边境管理合作。")
    assert (a["source"], a["target"]) == (b["source"], b["target"]), (a, b)
