"""Aid in currencies the press names in short (``5万新元``, Singapore dollars; ``港元``; ``林吉特``)
carries its amount and ISO currency, like ``新加坡元``."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize(("words", "value", "currency"), [("5万新元", 50000, "SGD"), ("20万港元", 200000, "HKD"), ("10万林吉特", 100000, "MYR")])
def test_short_currency_name(words: str, value: int, currency: str) -> None:
    rec = to_record(extract(f"多方援助越南灾区\n\n越通社河内——9月12日,新加坡红十字会向越南红十字会捐赠{words}。\n"))
    aid = [e for e in rec["events"] if e["type"] == "AID"]
    assert [(e["amount"]["value"], e["amount"]["currency"]) for e in aid] == [(value, currency)], rec["events"]
