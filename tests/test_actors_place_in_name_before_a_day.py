"""A name read after an office that holds a place (``市委书记阮青海``: 青海 is also a province of
China) is vouched for by the act after it, even with the day between (``阮青海9日会见了…``)."""

from __future__ import annotations

from dyad import extract, to_record


def test_a_day_between_name_and_act_still_vouches_for_the_name() -> None:
    text = (
        "岘港市领导会见日本新任总领事\n\n越通社岘港——岘港市委书记阮青海9日会见了日本新任驻岘港总领事山本健。"
        "(越通社-VNA)\n越通社\n"
    )
    [ev] = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    assert {m["name"] for m in ev["source"] + ev["target"]} == {"阮青海", "山本健"}


def test_a_name_ending_in_a_city_before_an_act_is_read_whole() -> None:
    # 成都 is a city of China and 都 alone a word ("all"): the whole 范成都 is the name
    text = (
        "莱州省与老挝加强合作\n\n越通社莱州省——4月24日,莱州省人民委员会主席范成都向老挝丰沙里省代表团通报了该省情况。"
        "双方举行了会谈。(越通社-VNA)\n越通社\n"
    )
    doc = extract(text)
    assert "范成都" in {m.name for m in doc.mentions if m.kind == "person"}


def test_a_vietnamese_name_holding_a_place_before_its_office() -> None:
    """``阮德宏大使``, ``黎玉林部长``: 德宏 and 玉林 are places of China, here a given name wholly
    inside the name before its office; ``平阳省委书记`` stays a province's office."""
    doc = extract(
        "两国加强合作\n\n越通社河内——5月3日,阮德宏大使会见日本客人。黎玉林部长会见老挝客人。"
        "平阳省委书记会见韩国客人。(越通社-VNA)\n越通社\n"
    )
    people = {m.name for m in doc.mentions if m.kind == "person"}
    assert {"阮德宏", "黎玉林"} <= people, people
    assert not any("平阳" in p for p in people), people
