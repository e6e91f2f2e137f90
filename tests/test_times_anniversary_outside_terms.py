"""An anniversary's year that falls outside the years the people named held their offices (a
page's slip: 50周年 written for the 40th) does not date the story; the terms of office do. Sentences
written for the test (the slip is invented)."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"阮春福结束访美之行\n\n越通社河内——{body}(越通社-VNA)\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT" and e["mode"] == "visit"]


def test_an_anniversary_outside_every_term_gives_way_to_tenure() -> None:
    evs = _visits(
        "越南时间6月2日,越南政府总理阮春福抵达河内,圆满结束对美国进行的正式访问。"
        "访美期间,阮春福同美国总统特朗普举行会谈,出席美国国务卿雷克斯·蒂勒森主持的宴会,并出席越南加入联合国50周年纪念典礼。"
    )
    assert evs and evs[0]["date"] == "2017-06-02", evs
    assert evs[0]["date_basis"] == "tenure", evs


def test_an_anniversary_inside_the_terms_still_dates_the_story() -> None:
    evs = _visits(
        "越南时间6月2日,越南政府总理阮春福抵达河内,圆满结束对美国进行的正式访问。"
        "访美期间,阮春福同美国总统特朗普举行会谈,出席美国国务卿雷克斯·蒂勒森主持的宴会,并出席越南加入联合国40周年纪念典礼。"
    )
    assert evs and evs[0]["date"] == "2017-06-02", evs
    assert evs[0]["date_basis"] == "anniversary", evs
