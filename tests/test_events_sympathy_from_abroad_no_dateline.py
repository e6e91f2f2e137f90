"""``越通社河内——…日本首相向越南灾区人民表示深切慰问``: sympathy voiced by a leader of another
country in a roundup is told from nowhere in particular, like a letter; the dateline city is not
its place. A Vietnamese speaker, or an envoy posted to the dateline's country, keeps it.
Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of


def _support(body: str) -> dict:
    (ev,) = [e for e in events_of(body) if e["type"] == "SUPPORT"]
    return ev


def test_foreign_leaders_sympathy_has_no_dateline_place() -> None:
    ev = _support("2024年9月9日,新西兰总理约翰·史密斯向越南北部灾区人民表示深切慰问。")
    assert ev["location"] is None, ev


def test_home_spokespersons_sympathy_keeps_the_dateline() -> None:
    ev = _support("2024年9月9日,越南外交部发言人阮氏兰向新西兰地震灾民表示深切慰问。")
    assert ev["location"] == "河内", ev


def test_envoy_posted_here_keeps_the_dateline() -> None:
    ev = _support("2024年9月9日,新西兰驻越南大使约翰·史密斯向越南北部灾区人民表示深切慰问。")
    assert ev["location"] == "河内", ev
