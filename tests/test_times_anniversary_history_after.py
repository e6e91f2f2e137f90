"""A date-less message on an anniversary is not dated by the historic day its content recalls."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, lead: str) -> list[dict[str, Any]]:
    text = f"多国领导人致贺电祝贺越南国庆\n\n{lead}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_historic_day_told_after_an_undated_message_does_not_date_it() -> None:
    lead = "值此越南南方解放、国家统一50周年之际,多国领导人向越南领导人致贺电。"
    evs = _main(
        lead + "\n\n蒙古国总统向越南国家主席梁强致贺电。\n\n"
        "贺电回顾,1975年4月30日的胜利是越南民族历史上的光辉篇章。",
        lead,
    )
    sent = [e for e in evs if e["type"] == "SUPPORT" and any(p["name"] == "梁强" for p in e["target"])]
    assert sent, evs
    assert all(not (e["date"] or "").startswith("1975") for e in sent), [e["date"] for e in sent]
