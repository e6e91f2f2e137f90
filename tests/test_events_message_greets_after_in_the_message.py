"""``A在贺电中向B致以热烈祝贺``: a message told by 在贺电中 names its addressee after it, between
向/对 and 致以; B is the target, not nobody."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "标题\n\n越通社河内——3月31日,越共中央政治局委员黎文甲当选越南国会主席。\n\n"
    "老挝国会主席宋甲·丰乙在贺电中向黎文甲致以最热烈的祝贺。(越通社——VNA)\n"
)


def test_addressee_after_in_the_message() -> None:
    messages = [e for e in to_record(extract(PAGE))["events"] if e["mode"] == "message"]
    assert messages, messages
    assert [p["name"] for p in messages[0]["target"]] == ["黎文甲"], messages
