"""``越南对印度发生的恐怖袭击事件表示强烈谴责``: the country named as where an attack happened is
not the one condemned; a condemnation of a named actor (``谴责以色列对加沙地带发动的空袭``) stays."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _accusations(body: str) -> list[dict[str, Any]]:
    text = f"越南外交部发言人表态\n\n越通社河内——5月8日,越南外交部发言人范秋姮表示,{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["type"] == "ACCUSE"]


def test_attack_in_a_country_does_not_accuse_it() -> None:
    assert _accusations("越南对巴基斯坦发生的恐怖袭击事件表示强烈谴责。") == []


def test_named_actor_stays_accused() -> None:
    (ev,) = _accusations("越南强烈谴责以色列对加沙地带发动的空袭。")
    assert [p["country"] for p in ev["target"]] == ["ISR"]


def test_violence_in_a_country_does_not_accuse_it() -> None:
    body = "越南对叙利亚暴力升级现象深表担忧,同时谴责针对平民的残暴行为。"
    assert all(p["country"] != "SYR" for e in _accusations(body) for p in e["target"])


def test_situation_in_a_country_does_not_accuse_it() -> None:
    body = "越南对苏丹局势表示关切,并谴责一切袭击平民的行为。"
    assert all(p["country"] != "SDN" for e in _accusations(body) for p in e["target"])
