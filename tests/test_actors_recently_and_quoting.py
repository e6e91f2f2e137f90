"""最近/近期 after a name is an adverb of time, not part of the name; 援引/引述 (quoting) ends an office
chain on its left, so the quoting reporter's words are not the quoted leader's office. Sentences
written for these tests."""

from __future__ import annotations

from test_events import events_of, names, only


def test_recently_after_a_name_is_not_part_of_it() -> None:
    ev = only(events_of("2016年1月5日,柬埔寨首相洪森近期对越南进行正式访问。"), "CONSULT", "visit")
    assert names(ev["source"]) == ["洪森"], ev
    ev = only(events_of("2018年3月2日,老挝总理通伦·西苏里最近对越南进行工作访问。"), "CONSULT", "visit")
    assert names(ev["source"]) == ["通伦·西苏里"], ev


def test_quoting_verb_ends_the_office_chain_of_the_quoted_leader() -> None:
    ev = only(
        events_of("2016年1月5日,越南记者援引柬埔寨首相洪森最近对越南进行正式访问期间所发表的讲话称,两国友谊牢固。"),
        "CONSULT",
        "visit",
    )
    assert names(ev["source"]) == ["洪森"], ev
    assert ev["source"][0]["title"] == "柬埔寨首相" and ev["source"][0]["country"] == "KHM", ev


def test_mutual_call_word_after_a_name_is_not_part_of_it() -> None:
    ev = only(events_of("2021年2月5日晚,老挝总理潘坎·维帕万与越南政府总理范明政互通电话。"), "CONSULT", "phone")
    assert "范明政" in names(ev["source"]) + names(ev["target"]), ev
