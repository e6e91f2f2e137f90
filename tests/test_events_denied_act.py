"""An act the sentence denies (``X未对Y国进行访问``, ``X没有与Y举行会谈``, ``双方尚未签署…``) is no
event."""

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


def test_a_denied_visit_is_no_event() -> None:
    assert _events("4月3日,越南国家主席黎文丙未对文莱进行国事访问。", "黎文丙") == []


def test_a_denied_talk_with_a_long_partner_is_no_event() -> None:
    body = "4月3日下午,越南政府总理范文安没有与文莱苏丹、国防部长、财政与经济部长哈吉·穆达举行会谈。"
    assert _events(body, "范文安") == []


def test_a_signing_not_yet_made_is_no_event() -> None:
    assert _events("4月3日,越南工贸部长陈光明与文莱能源部长尚未签署合作协议。", "陈光明") == []


def test_a_done_talk_stays() -> None:
    assert _events("4月3日下午,越南政府总理范文安与文莱能源部长哈吉·穆达举行会谈。", "范文安")


def test_a_denied_talk_with_a_described_partner_is_no_event() -> None:
    body = "4月3日下午,越南政府总理范文安未与正在越南访问的文莱能源部长哈吉·穆达举行会谈。"
    assert _events(body, "范文安") == []


def test_denied_condolences_are_no_event() -> None:
    assert _events("4月3日,越南国家主席黎文丙没有向文莱遇难者家属表示深切慰问。", "黎文丙") == []
