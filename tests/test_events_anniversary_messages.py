"""Anniversary messages (h69 audit): ``A和B(已)与C互致贺电`` keeps A and B together as the senders
(the 和 joins two leaders of one country, the 与 names the other side)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"两国领导人互致贺电\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_two_senders_joined_by_he_before_yi_yu() -> None:
    evs = _main_events(
        "2019年6月3日,越南国家主席阮文甲和国会主席黎氏乙已与老挝国家主席通伦·西苏里互致贺电,庆祝两国建交周年。"
    )
    msgs = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(msgs) == 1, evs
    assert _names(msgs[0]["source"]) == ["阮文甲", "黎氏乙"], msgs
    assert _names(msgs[0]["target"]) == ["通伦·西苏里"], msgs


def test_two_senders_joined_by_he_before_yu_without_adverb() -> None:
    evs = _main_events(
        "2019年6月3日,越南国家主席阮文甲和国会主席黎氏乙与老挝国家主席通伦·西苏里互致贺电。"
    )
    msgs = [e for e in evs if e["type"] == "SUPPORT"]
    assert _names(msgs[0]["source"]) == ["阮文甲", "黎氏乙"], msgs


def test_leaders_told_by_country_quoting_a_message_told_before_are_no_new_message() -> None:
    evs = _main_events(
        "2019年6月3日,越南国家主席阮文甲与老挝国家主席通伦·西苏里互致贺电,庆祝两国建交周年。"
        "越南领导人在贺电中写道,1962年9月5日是两国关系史上的重要里程碑。"
    )
    msgs = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(msgs) == 1, evs
    assert msgs[0]["date"] == "2019-06-03", msgs


def test_congratulation_inside_a_letter_told_before_is_no_second_event() -> None:
    body = "值此老挝成功举办2024年东盟峰会之际,越南国家主席阮文甲向老挝国家主席通伦·西苏里致贺信。"
    text = (
        f"越南国家主席致信祝贺\n\n{body}\n\n越通社河内——{body}\n\n"
        "阮文甲在贺信中对老挝成功举办2024年东盟峰会之际向老挝人民革命党中央总书记、国家主席通伦·西苏里"
        "致以最热烈的祝贺。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "SUPPORT"]
    assert len(evs) == 1, evs
    assert evs[0]["mode"] == "message", evs


def test_message_on_an_election_told_with_jiu_goes_to_the_one_elected() -> None:
    evs = _main_events("2021年4月6日,老挝国家主席通伦·西苏里已就武文赏当选越南国家主席一职致贺电。")
    msgs = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(msgs) == 1, evs
    assert _names(msgs[0]["target"]) == ["武文赏"], msgs


def test_words_of_a_message_quoted_after_ru_xia_are_no_second_event() -> None:
    evs = _main_events(
        "2021年1月13日,越南共产党中央委员会已致电老挝人民革命党第十一次全国代表大会,热烈祝贺大会隆重召开。"
        "电文摘要如下:\n\n值此大会召开之际,越南共产党中央委员会向老挝人民革命党中央委员会致以热烈的祝贺。"
    )
    msgs = [e for e in evs if e["type"] == "SUPPORT"]
    assert len(msgs) == 1, msgs
