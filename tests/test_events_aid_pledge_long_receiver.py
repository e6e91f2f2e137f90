"""Aid to come told with 将向 and a long description of those given to (``将向于9月初遭受台风严重影响的
…灾区居民提供…``) is a pledge, as with a short name (``将向越南提供``). Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[tuple[str | None, list[str]]]:
    rec = to_record(extract(f"两国合作\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [(e["mode"], [m["name"] for m in e["target"]]) for e in rec["events"] if e["type"] == "AID"]


def test_long_receiver_pledge() -> None:
    body = "挪威将向于9月初至今遭受台风和洪涝灾害严重影响的越南北部各省受灾最严重的灾区居民提供总额为80万欧元的援助资金。"
    assert _aid(body) == [("pledge", ["越南"])]


def test_short_receiver_pledge_unchanged() -> None:
    assert _aid("挪威将向越南提供80万欧元的援助资金。") == [("pledge", ["越南"])]
