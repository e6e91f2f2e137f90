"""Agreements named as the footing of what follows (``在已签署协议的基础上,双方一致同意…``) tell no
signing of their own; a signing told with its year stays."""

from __future__ import annotations

from test_events import events_of


def test_signed_agreements_as_a_footing_are_no_signing() -> None:
    evs = events_of("11月4日,越南国防部副部长阮志咏上将同新加坡国防部长黄永宏举行会谈。在已签署协议的基础上,双方一致同意加强海军合作。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_dated_signing_named_as_a_footing_stays() -> None:
    evs = events_of("11月4日,越南国防部副部长阮志咏上将同新加坡国防部长黄永宏举行会谈。在两国2009年签署协议的基础上,双方一致同意加强海军合作。")
    assert [e for e in evs if e["type"] == "AGREE"], evs
