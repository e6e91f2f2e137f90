"""A delegation going to an embassy to bring New Year greetings to its staff is a greeting visit
(SUPPORT, visit), like a congratulation call there; 望 ends Lao names (萨雅望)."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"老挝大使向越南大使馆拜年\n\n{body}\n\n越通社万象——{body}(越通社-VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_greetings_brought_to_an_embassy_staff_are_a_visit() -> None:
    evs = _events("2月3日,老挝驻日本大使通萨·萨雅望率团前往越南驻日本大使馆,向大使馆全体工作人员致以新春祝福。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert visits[0]["type"] == "SUPPORT", visits
    assert [p["name"] for p in visits[0]["source"]] == ["通萨·萨雅望"], visits


def test_lao_name_ending_in_tun_keeps_its_last_character() -> None:
    evs = _events("2月3日,老挝万象市长辛拉冯·库派吞率团前往越南驻老挝大使馆,向大使馆全体工作人员致以新春祝福。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [p["name"] for p in visits[0]["source"]] == ["辛拉冯·库派吞"], visits
