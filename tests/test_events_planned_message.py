"""A message still to be sent (``X将向Y致贺电``, ``X拟就…向Y致慰问电``) with no time of its own is
no event, as other plans are; aid promised with 将向 stays a pledge."""

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


def test_a_message_to_be_sent_is_no_event() -> None:
    assert _events("文莱苏丹哈桑纳尔将向越南国家主席黎文丙致贺电。", "致贺电") == []


def test_a_condolence_message_to_be_sent_is_no_event() -> None:
    assert _events("文莱苏丹哈桑纳尔拟就洪灾向越南国家主席黎文丙致慰问电。", "致慰问电") == []


def test_a_sent_message_stays() -> None:
    assert _events("4月3日,文莱苏丹哈桑纳尔向越南国家主席黎文丙致贺电。", "致贺电")


def test_aid_promised_with_jiang_xiang_stays() -> None:
    events = _events("4月3日,文莱外交部长阿卜杜勒·拉赫曼表示,文莱将向越南提供50万美元无偿援助。", "援助")
    assert [e for e in events if e["type"] == "AID"]
