"""``A向B致唁信;A在信中向C致以哀悼``: the clause after the semicolon tells what the message says."""

from __future__ import annotations

from test_events import events_of, names, only


def test_letter_content_after_semicolon_adds_no_addressee() -> None:
    evs = events_of(
        "2031年4月9日,智利总统罗德里戈·萨拉斯向越南国家主席黎文泰致唁信;"
        "萨拉斯在信中向越南人民致以最深切的哀悼。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["target"]) == ["黎文泰"], ev
    assert names(ev["source"]) == ["罗德里戈·萨拉斯"], ev


def test_sympathy_cable_content_after_semicolon_adds_no_addressee() -> None:
    evs = events_of(
        "2031年4月9日,秘鲁外交部长卡洛斯·门多萨向越南外交部长范氏兰致慰问电;"
        "门多萨在慰问电中向越南北部受灾群众致以诚挚的慰问。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["target"]) == ["范氏兰"], ev


def test_two_messages_in_one_sentence_still_two_sides() -> None:
    evs = events_of(
        "2031年4月9日,智利总统罗德里戈·萨拉斯向越南国家主席黎文泰致贺电;"
        "秘鲁总统卡洛斯·门多萨向越南政府总理范文德致贺电。"
    )
    srcs = sorted(n for e in evs if e["type"] == "SUPPORT" for n in names(e["source"]))
    assert "卡洛斯·门多萨" in srcs and "罗德里戈·萨拉斯" in srcs, evs


def test_clause_opening_with_the_message_adds_no_sender() -> None:
    evs = events_of(
        "2031年4月9日,智利总统罗德里戈·萨拉斯、秘鲁总统卡洛斯·门多萨等各国领导人向越南国家主席黎文泰致贺电;"
        "贺电中,各国领导对黎文泰主席表示热烈祝贺,并相信两国关系将日益向前发展。"
    )
    ev = only(evs, "SUPPORT", "message")
    assert names(ev["target"]) == ["黎文泰"], ev
    assert "黎文泰" not in names(ev["source"]), ev
