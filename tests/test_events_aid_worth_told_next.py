"""A gift told with no sum, followed by a sentence that names it (上述物资, 这批大米) and gives its
worth (总价值为N), takes that worth as its amount. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _aid(body: str) -> list[dict]:
    rec = to_record(extract(f"越南援助邻国\n\n越通社河内——{body}(越通社-VNA)\n"))
    return [e for e in rec["events"] if e["type"] == "AID"]


def test_worth_in_the_next_paragraph() -> None:
    evs = _aid(
        "6月2日下午,越南外交部副部长阮文甲在外交部总部将越南政府捐赠的防疫物资移交给老挝和泰国。\n\n"
        "上述防疫物资包括口罩和防护服,总价值为35万美元。"
    )
    assert evs and all(e["amount"] and e["amount"]["value"] == 350000 for e in evs)
    assert evs[0]["amount"]["currency"] == "USD"


def test_worth_in_the_next_sentence() -> None:
    evs = _aid("6月2日下午,越南外交部副部长阮文甲将越南政府捐赠的大米移交给老挝。这批大米总价值约120亿越盾。")
    assert len(evs) == 1
    assert evs[0]["amount"]["value"] == 12000000000


def test_a_next_sentence_about_something_else_gives_nothing() -> None:
    evs = _aid("6月2日下午,越南外交部副部长阮文甲将越南政府捐赠的大米移交给老挝。两国贸易总额为10亿美元。")
    assert len(evs) == 1
    assert evs[0]["amount"] is None
