"""Leaders who send wreaths (``A、B、C等送花圈表示哀悼``) express sympathy, SUPPORT, to the mourning
told before (the mission holding it); and a list of those who feel for a side keeps a leader whose
office names a people's congress (人民代表大会 is no 代表 "on behalf of"). Sentences written for
this test."""

from __future__ import annotations

from dyad import extract, to_record


def _support(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]


def _names(side: list[dict]) -> list[str]:
    return [m["name"] for m in side]


def test_wreaths_sent_by_listed_leaders() -> None:
    text = (
        "越南驻蒙古大使馆为原国家主席举行吊唁仪式\n\n越通社河内——越南驻蒙古大使馆3月4日上午就原越南国家主席"
        "黎文清逝世举行吊唁仪式并设置吊唁簿。\n\n3月4日上午,蒙古总统巴特尔、蒙古总理孙达瓦等送花圈表示哀悼。"
        "(越通社—VNA)\n"
    )
    ev = [e for e in _support(text) if e["mode"] is None]
    assert len(ev) == 1, _support(text)
    assert _names(ev[0]["source"]) == ["巴特尔", "孙达瓦"]
    assert _names(ev[0]["target"]) == ["越南驻蒙古大使馆"]


def test_congress_chair_stays_in_the_list_of_those_who_feel_for() -> None:
    text = (
        "中国领导人就越南洪灾表示慰问\n\n越通社河内——中国国家主席习近平、全国人民代表大会常务委员会委员长"
        "赵乐际向越南国家主席梁强表示深切慰问。(越通社—VNA)\n"
    )
    ev = _support(text)
    assert ev and _names(ev[0]["source"]) == ["习近平", "赵乐际"], ev
