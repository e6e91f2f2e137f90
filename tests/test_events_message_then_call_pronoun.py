"""``A就X当选…向他致贺电并通电话表示祝贺``: the one written to, named only by the pronoun after 向,
is the one called too; the call is an event of its own. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

PAGE = (
    "各国领导人祝贺越南新任国家主席\n\n"
    "越通社河内——4月5日,越南国会副主席陈光明当选越南国家主席。\n\n"
    "老挝国家主席坎平就陈光明当选越南社会主义共和国主席向他致贺电并通电话表示祝贺。\n\n"
    "坎平强调,两国关系良好。(完)\n"
)


def test_call_after_a_message_to_a_pronoun_reaches_the_one_named_before() -> None:
    rec = to_record(extract(PAGE.encode("utf-8")))
    by_mode = {e["mode"]: e for e in rec["events"] if e["section"] == "main"}
    assert set(by_mode) == {"message", "phone"}
    call = by_mode["phone"]
    assert [a["name"] for a in call["source"]] == ["坎平"]
    assert [a["name"] for a in call["target"]] == ["陈光明"]
