"""A message told with a bare 发 (A向B发贺电) is read as one told with 致 (A向B致贺电): the name
before 发贺电 ends there, a sentence of several senders splits at each comma part that sends its
own, a call told right after (向他发贺电并通电话) goes to the one written to, and the one written to
is the addressee of what the message is then said to say. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _events(body: str, title: str = "各国领导人致电祝贺") -> list[dict[str, Any]]:
    rec = to_record(extract(f"{title}\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return sorted(p["name"] for p in side)


def test_two_addressees_of_one_message_sent_with_fa() -> None:
    for verb in ("致贺电", "发贺电"):
        evs = _events(f"5月3日,蒙古国总统巴特·敖其尔分别向越南国家主席阮文甲和国会主席黎氏乙{verb}。")
        msgs = [e for e in evs if e["mode"] == "message"]
        assert len(msgs) == 1, (verb, evs)
        assert _names(msgs[0]["target"]) == ["阮文甲", "黎氏乙"], verb


def test_comma_parts_each_with_their_own_sender() -> None:
    for verb in ("致贺电", "发贺电"):
        body = f"5月3日,蒙古国总统巴特·敖其尔向越南国家主席阮文甲{verb},蒙古国总理钢·巴雅尔向越南政府总理陈文丙{verb}。"
        msgs = [e for e in _events(body) if e["mode"] == "message"]
        assert msgs, verb
        assert _names([p for e in msgs for p in e["source"]]) == ["巴特·敖其尔", "钢·巴雅尔"], (verb, msgs)
        assert _names([p for e in msgs for p in e["target"]]) == ["阮文甲", "陈文丙"], (verb, msgs)


def test_a_call_after_the_message_goes_to_the_one_written_to() -> None:
    for verb in ("致贺电", "发贺电"):
        body = f"5月3日,老挝国家主席坎本·西拉就阮文甲同志当选越南国家主席向他{verb}并通电话表示祝贺。"
        calls = [e for e in _events(body) if e["mode"] == "phone"]
        assert len(calls) == 1, verb
        assert _names(calls[0]["target"]) == ["阮文甲"], verb
