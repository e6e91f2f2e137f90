"""A headline that names a sender by office alone (``…中央委员会总书记致电祝贺…``: the office's
body read as the sender) tells the message the text tells with the office-holder's name: one event,
the person's."""

from __future__ import annotations

from dyad import extract


def test_headline_office_and_named_holder_are_one_message() -> None:
    page = (
        "老挝人民革命党中央委员会总书记致电祝贺越南国家主席黎文平\n\n"
        "越通社河内——老挝人民革命党中央委员会总书记坎代·西帕已致电祝贺越南国家主席黎文平再次当选。(完)\n越通社\n"
    )
    doc = extract(page)
    (ev,) = [e for e in doc.events if e.section == "main"]
    assert [m.name for m in ev.source] == ["坎代·西帕"]
    assert [m.name for m in ev.target] == ["黎文平"]
