"""祝 and 贺 are surnames, but 祝贺, 祝福, 贺电, 贺信 and 贺函 before an office are the message, not a
person: ``已致电祝贺越共中央总书记、国家主席X`` names X only (the first office of the chain has
no name after it, and the word before it is no name either)."""

from __future__ import annotations

from dyad import extract


def _page(body: str) -> str:
    return f"老挝领导人致电越南领导人\n\n越通社河内——{body}(完)\n越通社\n"


def test_congratulate_before_a_chain_of_offices_is_no_person() -> None:
    doc = extract(_page("老挝人民革命党中央委员会总书记坎代·西帕已致电祝贺越共中央总书记、国家主席黎文平再次当选。"))
    people = sorted(m.name for m in doc.mentions if m.kind == "person")
    assert people == ["坎代·西帕", "黎文平"]
    (ev,) = [e for e in doc.events if e.section == "main"]
    assert [m.name for m in ev.target] == ["黎文平"]


def test_message_words_before_an_office_are_no_person() -> None:
    for word in ("祝福", "贺电", "贺信", "贺函"):
        doc = extract(_page(f"老挝国家主席坎代·西帕发来{word}越共中央总书记、国家主席黎文平表示感谢。"))
        assert word not in {m.name for m in doc.mentions if m.kind == "person"}, word
