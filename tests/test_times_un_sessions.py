"""Numbered sessions of UN bodies (ESCAP's annual session, the FAO Conference) date a year-less day."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越南加强多边合作\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_escap_annual_session_gives_the_year() -> None:
    (ev,) = _events("越南外交部副部长黎文安于5月15日至19日赴曼谷出席联合国亚太经社会第79届年会。")
    assert ev["mode"] == "multilateral" and ev["date"] == "2023-05-15/2023-05-19", ev


def test_fao_conference_session_gives_the_year() -> None:
    (ev,) = _events("越南农业部副部长黎文安于7月3日出席联合国粮食及农业组织部长级大会第40届会议。")
    assert ev["date"] == "2017-07-03", ev
