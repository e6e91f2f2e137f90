"""A message whose own words follow ``贺电说:`` / ``贺信写道:`` at the end of a paragraph: those words
(``…谨代表…,向…致以热烈的祝贺``) are the message already told, not a second message."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"甲国执政党致电祝贺乙国执政党代表大会召开\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _supports(body: str) -> list[dict[str, Any]]:
    return [e for e in _main_events(body) if e["type"] == "SUPPORT"]


def test_words_after_he_dian_shuo_are_no_second_message() -> None:
    msgs = _supports(
        "老挝人民革命党第九次全国代表大会2011年3月17日在万象开幕。值此之际,越南共产党中央委员会已致电祝贺。贺电说:\n\n"
        "在大会隆重召开之际,越南共产党中央委员会谨代表越南共产党和越南人民,向老挝人民革命党第九次全国代表大会致以热烈的祝贺。\n\n"
        "两党友谊源远流长。"
    )
    assert len(msgs) == 1, msgs


def test_words_after_he_xin_xie_dao_are_no_second_message() -> None:
    msgs = _supports(
        "2013年4月2日,古巴共产党中央委员会致信祝贺越南共产党中央委员会成立纪念日。贺信写道:\n\n"
        "古巴共产党中央委员会谨代表古巴共产党,向越南共产党中央委员会致以最热烈的祝贺。"
    )
    assert len(msgs) == 1, msgs


def test_a_quote_on_the_same_line_keeps_a_later_message() -> None:
    # the colon does not end its paragraph: only the in-line rule of quoted words applies, and a
    # message told in a later paragraph stays an event
    msgs = _supports(
        "2013年4月2日,古巴共产党中央委员会致电越南共产党中央委员会表示祝贺。贺电说:“两党友谊万古长青。”\n\n"
        "同日,柬埔寨人民党中央委员会也向越南共产党中央委员会致贺电。"
    )
    assert len(msgs) == 2, msgs
