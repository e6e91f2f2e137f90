"""A message told only by what it says: ``A在致B的贺电中强调…`` (no 向B致贺电 before it)."""

from __future__ import annotations

import pytest

from test_events import events_of, names, only


@pytest.mark.parametrize("kind", ["的贺电", "的贺信", "的慰问电"])
def test_a_message_told_by_its_content_is_a_message_from_a_to_b(kind: str) -> None:
    evs = events_of(f"值此之际,老挝国家主席通伦·西苏里在致越南国家主席武文赏{kind}中强调,两国友谊长存。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["通伦·西苏里"] and names(ev["target"]) == ["武文赏"]


def test_the_content_of_a_message_told_before_is_the_same_message() -> None:
    evs = events_of(
        "3月5日,老挝国家主席通伦·西苏里向越南国家主席武文赏致贺电。通伦·西苏里在致武文赏的贺电中强调,两国友谊长存。"
    )
    assert len([e for e in evs if e["type"] == "SUPPORT"]) == 1


def test_a_headline_topic_before_a_colon_sends_no_message() -> None:
    """``越南国庆80周年:各国领导人向越南领导人致以贺电``: 越南 names the occasion, the senders are unnamed."""
    evs = events_of(
        "老挝国家主席通伦·西苏里向越南国家主席武文赏致贺电。",
        title="越南国庆80周年:各国领导人继续向越南领导人致以贺电和贺信",
    )
    assert [names(e["source"]) for e in evs] == [["通伦·西苏里"]], evs


def test_a_colon_inside_a_list_of_senders_in_the_body_keeps_every_sender() -> None:
    evs = events_of("值此之际,泰国国王普密蓬·阿杜德、白俄罗斯总统:亚历山大·卢卡申科等各国领导人向越南新任国家主席陈大光致贺电。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["普密蓬·阿杜德", "亚历山大·卢卡申科"], ev


@pytest.mark.parametrize("kind", ["的贺词", "的贺电"])
def test_a_message_told_by_its_content_without_zai_is_a_message(kind: str) -> None:
    """``A致B的贺词中强调``: no 在 before 致, the sender is the subject; the office chain of B stops at 致."""
    evs = events_of(f"值此之际,老挝国家主席通伦·西苏里致越共中央总书记、国家主席苏林{kind}中强调,两国友谊长存。")
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["source"]) == ["通伦·西苏里"] and names(ev["target"]) == ["苏林"]
    assert ev["target"][0]["country"] == "VNM" and ev["target"][0]["title"] == "国家主席", ev
