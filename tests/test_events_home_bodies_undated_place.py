"""Two home bodies of Viet Nam holding a seminar together, or one's chair speaking at it, on a page
with no dateline and no place told, are a domestic affair: no joint event and no meeting between two
sides. A home leader's call on his country's mission abroad stays."""

from __future__ import annotations

from dyad import extract, to_record


def _main_events(body: str) -> list[dict]:
    text = f"越南民间交流回顾\n\n{body}(越通社-VNA)\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_two_home_bodies_seminar_with_no_place_is_no_event() -> None:
    evs = _main_events(
        "适值越美协会成立60周年(1955.8.5-2015.8.5)之际,8月5日,越南友好组织联合会同越美协会联合举行题为“越美关系中的青年交流”座谈会。\n\n"
        "越南友好组织联合会主席阮文甲出席。"
    )
    assert [(e["type"], e["mode"]) for e in evs] == []


def test_a_call_on_the_own_mission_abroad_with_no_place_stays() -> None:
    evs = _main_events("8月5日,越南国会副主席阮文乙看望了越南驻匈牙利大使馆工作人员。")
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "meeting")]
