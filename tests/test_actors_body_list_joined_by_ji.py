"""A list of bodies whose last two are joined by 及 (``…、政府及某国某阵线中央委员会``) reads as the
same list joined by 和: the 及 before a named body or a country joins no two fields of one
committee, so the last body is not glued to the one before it."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    text = f"标题\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _targets(joiner: str) -> list[str]:
    evs = main_events(
        "6月1日,越南共产党中央委员会、国家主席、国会和政府向老挝人民革命党中央委员会、国家主席、"
        f"国会、政府{joiner}老挝建国阵线中央委员会致贺电。"
    )
    (msg,) = [e for e in evs if e["mode"] == "message"]
    return [p["name"] for p in msg["target"]]


def test_ji_before_a_named_front_ends_the_list_as_he_does() -> None:
    assert _targets("及") == _targets("和")
    assert "老挝建国阵线中央委员会" in _targets("及")


def test_ji_before_the_vietnamese_front_keeps_it_a_target() -> None:
    evs = main_events(
        "9月2日,老挝人民革命党中央委员会、国家主席、政府和国会向越南共产党中央委员会、国家主席、"
        "政府、国会及越南祖国阵线中央委员会致贺电。"
    )
    (msg,) = [e for e in evs if e["mode"] == "message"]
    assert "越南祖国阵线中央委员会" in [p["name"] for p in msg["target"]], evs
