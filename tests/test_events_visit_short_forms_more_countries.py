"""A visit told with the one-character form of any country the tables give one (访美, 访澳, 访印, 访古,
访意, 访荷) is a visit to that country, as 访泰 and 访匈 are; not 访澳门 (Macao), nor the country's full
name after 拜访 (拜访古巴驻河内大使馆), nor the visit named as a topic (…访印对…的意义). Sentences
written for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _visits(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


@pytest.mark.parametrize(
    ("short", "iso"),
    [("美", "USA"), ("澳", "AUS"), ("印", "IND"), ("古", "CUB"), ("意", "ITA"), ("荷", "NLD")],
)
def test_one_character_form_in_headline_is_a_visit(short: str, iso: str) -> None:
    visits = _visits(
        f"国家主席阮文甲访{short}取得圆满成功\n\n越通社河内——3月4日,越南国家主席阮文甲结束访问回到河内。"
        "(越通社-VNA)\n"
    )
    assert len(visits) == 1, visits
    assert visits[0]["source"][0]["name"] == "阮文甲"
    assert [p["country"] for p in visits[0]["target"]] == [iso], visits


def test_macao_is_not_australia() -> None:
    visits = _visits(
        "越南代表团访澳门\n\n越通社河内——3月4日,越南文化部副部长阮文甲率团访澳门。(越通社-VNA)\n"
    )
    assert all(p["country"] != "AUS" for v in visits for p in v["target"]), visits


def test_call_at_an_embassy_is_no_visit_to_its_country() -> None:
    visits = _visits(
        "越南友好组织慰问古巴大使馆\n\n越通社河内——3月4日下午,越南某协会主席阮氏乙拜访古巴驻河内大使馆,"
        "探望并慰问古巴驻越南大使卡洛斯·佩雷斯。(越通社-VNA)\n"
    )
    assert all(v["location"] != "古巴" for v in visits), visits


def test_visit_as_a_topic_is_not_doubled() -> None:
    visits = _visits(
        "越南国会主席访问印度\n\n越通社河内——越南国会主席阮文甲于3月4日至6日对印度进行正式访问。"
        "对于阮文甲访印对两国关系的意义,副外长陈丙表示,此访具有重要意义。(越通社-VNA)\n"
    )
    assert len(visits) == 1, visits
