"""A wish told with a bare 愿 (``X愿对Y国进行访问``, ``X愿与Y举行会谈``) is no event, as 愿意/希望
already are. 愿景 (a vision, in a document's name) and 祝愿 (a good wish for an act that
happens) are no wish for the act."""

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


def test_a_visit_wished_with_yuan_is_no_event() -> None:
    assert _events("4月3日,越南国家主席黎文丙表示,越南国家主席黎文丙愿对文莱进行国事访问。", "愿对") == []


def test_a_talk_wished_with_yuan_is_no_event() -> None:
    assert _events("4月3日,越南政府总理范文安愿与文莱能源部长哈吉·穆达举行会谈。", "范文安") == []


def test_a_talk_held_stays() -> None:
    assert _events("4月3日,越南政府总理范文安与文莱能源部长哈吉·穆达举行会谈。", "范文安")
