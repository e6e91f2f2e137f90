"""People and bodies of one country meeting at home are no interaction between two sides; a
leader's call on his own country's embassy abroad stays."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, dateline: str) -> list[dict[str, Any]]:
    text = f"越南加强对外合作\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] != "OTHER"]


def test_home_ministry_delegation_talks_with_a_province_is_no_event() -> None:
    evs = _main(
        "4月9日,由越南工贸部副部长黎文光率领的工贸部代表团与嘉莱省人民委员会举行工作会谈。",
        "嘉莱",
    )
    assert not evs


def test_call_on_own_embassy_abroad_stays() -> None:
    evs = _main(
        "4月9日,越南政府副总理黎文光在东京看望了越南驻日本大使馆工作人员。",
        "东京",
    )
    assert [e["type"] for e in evs] == ["CONSULT"]
