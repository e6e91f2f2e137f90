"""A meeting, talk, call or signing told with 曾 ("once": ``X曾与Y举行会谈``, ``两国曾签署…``) or 此前 is
background; with no time in its sentence the annotators leave it out, with one it stays."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "越南与文莱关系良好发展\n\n"
    "越通社河内——文莱外交部长阿卜杜勒·拉赫曼于4月2日在河内会见越南外交部长陈文戊。\n\n"
    "{}(越通社——VNA)\n"
)


def _events(body: str, word: str) -> list[dict]:
    events = to_record(extract(PAGE.format(body)))["events"]
    return [e for e in events if word in e["evidence"]["text"]]


def test_an_undated_talk_told_with_ceng_is_left_out() -> None:
    assert _events("陈文戊回顾说,越南政府总理范文安曾与文莱能源部长哈吉·穆达举行会谈。", "范文安") == []


def test_an_undated_meeting_told_with_ceng_is_left_out() -> None:
    assert _events("陈文戊表示,越南国家主席黎文丙曾会见文莱苏丹哈桑纳尔。", "黎文丙") == []


def test_a_dated_talk_told_with_ceng_stays() -> None:
    body = "陈文戊回顾说,2019年4月3日,越南政府总理范文安曾与文莱能源部长哈吉·穆达举行会谈。"
    assert _events(body, "范文安")


def test_the_surname_zeng_is_no_past() -> None:
    assert _events("中国国家副主席曾庆红在北京会见了越南国家主席黎文丙。", "曾庆红")


def test_an_undated_meeting_told_with_ciqian_is_left_out() -> None:
    assert _events("陈文戊表示,越南国家主席黎文丙此前会见文莱苏丹哈桑纳尔。", "黎文丙") == []


def test_an_undated_visit_told_with_ciqian_is_left_out() -> None:
    assert _events("陈文戊表示,越南国家主席黎文丙此前对文莱进行国事访问。", "黎文丙") == []


def test_a_dated_meeting_told_with_ciqian_stays() -> None:
    assert _events("陈文戊表示,2019年4月3日,越南国家主席黎文丙此前在斯里巴加湾会见文莱苏丹哈桑纳尔。", "黎文丙")
