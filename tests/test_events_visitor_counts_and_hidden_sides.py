"""Non-diplomatic wording read as sides or visits: ``到访泰国的外国人数`` counts visitors to a place (no
visit), and side words hidden inside ordinary words (更加方便 holds 加方, 越来越方便 越方, 立法方面 法方,
完美方案 美方) stand for no country."""

from __future__ import annotations

from dyad import extract
from test_events import events_of


def test_visitor_counts_are_no_visit() -> None:
    evs = events_of("专家指出,一旦边境重新开放,出行变得更加方便,到访泰国的外国人数也将随之增加。")
    assert not [e for e in evs if e["mode"] == "visit"], evs


def test_side_words_inside_ordinary_words_name_no_country() -> None:
    text = (
        "越南经济稳步增长\n\n越通社河内——专家认为,出行将变得更加方便,手续越来越方便,"
        "两国在立法方面交流经验,这是一个完美方案。(越通社——VNA)\n"
    )
    doc = extract(text)
    countries = {m.country for m in doc.mentions}
    assert not countries & {"CAN", "FRA", "USA"}, [(m.name, m.country) for m in doc.mentions]


def test_a_real_side_word_still_counts() -> None:
    evs = events_of("2021年5月3日,越南外交部长与加拿大外长举行会谈。加方表示愿同越方加强合作。")
    assert [e for e in evs if e["type"] == "CONSULT"], evs
