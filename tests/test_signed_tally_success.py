"""A tally of documents signed told as a success (;成功签署并落实多项协议) is no signing."""

from __future__ import annotations

from test_events import events_of


def test_successfully_signed_many_agreements_is_a_tally() -> None:
    evs = events_of(
        "越南国会主席王廷惠于2023年9月8日下午与新西兰议长约翰·布朗举行会谈。"
        "双方保持高层互访;成功签署并有效落实多项重要合作协议。"
    )
    assert [e["mode"] for e in evs] == ["talks"], evs
