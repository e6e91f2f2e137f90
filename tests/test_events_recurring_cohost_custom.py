"""A co-hosted event described as a custom (``由A和B共同主办,每年在…举办``) holds no event; a
co-hosted event told with its day stays."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _coop(body: str) -> list[dict[str, Any]]:
    text = f"越泰合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "COOPERATE"]


def test_yearly_cohosted_fair_described_is_no_event() -> None:
    assert not _coop("越泰商品博览会由越南工贸部和泰国商业部共同主办,每年在河内和曼谷轮流举办。")


def test_cohosted_fair_with_its_day_stays() -> None:
    assert _coop("5月3日,越南工贸部和泰国商业部在河内共同主办越泰商品博览会,该博览会每年举办一次。")
