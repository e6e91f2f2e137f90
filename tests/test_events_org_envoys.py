"""Meetings with the envoys and officials of international organisations (World Bank, UN agencies):
who calls on whom, written for the tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def page_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def meetings(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "CONSULT" and e["mode"] == "meeting"]


def test_title_with_a_short_name_yields_to_the_placed_telling() -> None:
    # the title names the guest by his surname only, the text in full and with the place
    evs = page_events(
        "政府副总理黎文安会见亚行副行长史密斯",
        "3月5日,越南政府副总理黎文安在政府总部会见了亚洲开发银行副行长约翰·史密斯(John Smith)。"
        "黎文安感谢亚行的支持。",
    )
    (ev,) = meetings(evs)
    assert names(ev["source"]) == ["约翰·史密斯"] and names(ev["target"]) == ["黎文安"]
