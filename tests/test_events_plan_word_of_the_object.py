"""A plan word inside the phrase describing the one an act is done to (``向即将结束在越南任期的X授予…``,
the term ending ahead) does not make the act a plan: the award given now is kept. A plan word of
the act itself still does (``即将向X授予``). Sentences written for the test; the medal of a friendship
body (``纪念章``) is an honour awarded like a ``勋章``."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def _main(body: str) -> list[dict]:
    page = "向泰国大使授予纪念章\n\n越通社河内——" + body + "(完)\n"
    rec = to_record(extract(page.encode("utf-8")))
    return [e for e in rec["events"] if e["section"] == "main"]


def test_award_to_an_envoy_ending_his_term_is_kept() -> None:
    body = (
        "越南友好组织联合会副主席陈文明3月5日向即将结束在越南任期的泰国驻越特命全权大使颂萨"
        "授予越南友好组织联合会“致力于各民族和平友谊”纪念章。"
    )
    (ev,) = _main(body)
    assert ev["type"] == "SUPPORT"
    assert [a["name"] for a in ev["source"]] == ["陈文明"]
    assert [a["name"] for a in ev["target"]] == ["颂萨"]


def test_award_still_to_come_stays_a_plan() -> None:
    body = "越南友好组织联合会副主席陈文明即将向泰国驻越特命全权大使颂萨授予友谊勋章。"
    assert _main(body) == []
