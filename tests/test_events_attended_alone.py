"""Attending a ceremony with no counterpart named (``出席…文化日开幕式``, ``与…多国领导共同出席…庆典``) is
no interaction between two sides; a meeting told in the same sentence still is."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[tuple[str, str | None]]:
    text = f"访问纪实\n\n越通社河内——{body}\n"
    return [(e["type"], e["mode"]) for e in to_record(extract(text))["events"]]


def test_attending_an_opening_alone_is_no_event() -> None:
    body = "访问期间,越南国会主席阮文甲同智利总统卡洛斯·罗哈斯举行会谈;出席2022年智利越南文化周开幕式。"
    assert ("COOPERATE", None) not in _events(body)
    assert ("CONSULT", "talks") in _events(body)


def test_attending_a_ceremony_with_a_crowd_of_leaders_is_no_event() -> None:
    body = "越南政府副总理阮文甲与100多个国家和国际组织领导人共同出席在利马举行的总统就职典礼。"
    assert all(t != "COOPERATE" for t, _ in _events(body))
