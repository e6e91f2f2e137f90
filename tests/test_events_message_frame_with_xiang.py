"""A message told as the frame of what is said, with 向 and 的 before the message word and no 致
(``X在向Y的国庆贺电中高度评价…``), is a message from X to Y, like ``在致Y的贺电中``."""

from __future__ import annotations

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    text = f"多国领导人致电祝贺越南国庆\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_national_day_message_framed_with_xiang() -> None:
    evs = _main("智利总统博里奇(Gabriel Boric)在向越南国家主席梁强的国庆贺电中高度评价越南取得的成就。")
    msgs = [e for e in evs if e["type"] == "SUPPORT" and e["mode"] == "message"]
    assert len(msgs) == 1, evs
    assert [p["name"] for p in msgs[0]["source"]] == ["博里奇"], msgs
    assert [p["name"] for p in msgs[0]["target"]] == ["梁强"], msgs


def test_a_message_with_zhi_is_still_one_message() -> None:
    evs = _main("智利总统博里奇在向越南国家主席梁强致国庆贺电中高度评价越南取得的成就。")
    msgs = [e for e in evs if e["mode"] == "message"]
    assert len(msgs) == 1 and [p["name"] for p in msgs[0]["target"]] == ["梁强"], evs
