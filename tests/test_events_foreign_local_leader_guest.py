"""A foreign province's leader met in Viet Nam (``越南外交部长黎明会见了中国云南省委书记王强`` told
from 河内) came there: he is the visitor, so the source, as the annotators code a host's meetings,
even when no visit is told. A leader of a foreign country (no local office) is left as told."""

from __future__ import annotations

from dyad import extract, to_record


def _sides(text: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([m["name"] for m in e["source"]], [m["name"] for m in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["section"] == "main" and e["type"] == "CONSULT"
    ]


_PAGE = "越南外交部长会见{guest}\n\n越通社河内——越南外交部长黎明3月30日会见了{guest}。\n\n双方一致同意加强合作。(越通社-VNA)\n越通社\n"


def test_a_foreign_provinces_leader_met_at_home_is_the_source() -> None:
    assert _sides(_PAGE.format(guest="中国云南省委书记王强")) == [(["王强"], ["黎明"])]
    assert _sides(_PAGE.format(guest="老挝占巴塞省省长宋普")) == [(["宋普"], ["黎明"])]


def test_a_foreign_minister_met_with_no_visit_told_is_left_as_told() -> None:
    assert _sides(_PAGE.format(guest="老挝外交部长宋普")) == [(["黎明"], ["宋普"])]


def test_a_host_who_led_the_delegation_there_is_the_visitor() -> None:
    text = (
        "越南代表团访问中国云南省\n\n越通社河内——3月9日,越南外交部长黎明率领的越南代表团会见了中国云南省委领导。"
        "黎明会见了云南省委书记王强。(越通社-VNA)\n越通社\n"
    )
    assert (["黎明"], ["王强"]) in _sides(text)
