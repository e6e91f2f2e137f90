"""An act told in the frame of a visit to another country than the one the page dates
(A于2025年11月3日至5日对越南进行正式访问 … B对老挝进行正式访问期间,双方通过了…) takes no day
from the page's visit: that trip is another, and the page gives it no days. A frame of the
page's own visit keeps its days."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社万象——" + body + "(完)\n"
    return [e for e in to_record(extract(page))["events"] if e["section"] == "main"]


HEAD = "值此老挝总理坎平于2025年11月3日至5日对越南进行正式访问之际,越南驻老挝大使黎明就此访接受了越通社记者的采访。\n\n"


def test_frame_of_a_visit_elsewhere_borrows_no_days() -> None:
    evs = main_events(HEAD + "黎明指出,越南政府总理范文安对老挝进行正式访问期间,双方通过了《越南-老挝合作行动计划》。")
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert [e["date"] for e in agree] == [None], evs


def test_frame_of_the_pages_visit_keeps_its_days() -> None:
    evs = main_events(HEAD + "黎明指出,坎平对越南进行正式访问期间,两国签署了《越南-老挝合作协定》。")
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert agree and all(e["date"] == "2025-11-03/2025-11-05" for e in agree), evs


def test_relations_raised_and_plan_adopted_stay_two_agreements() -> None:
    evs = main_events(
        HEAD
        + "黎明表示,坎平此次访越充分彰显两国自2019年将双边关系提升为全面伙伴关系以来不断深化合作的决心。\n\n"
        + "黎明指出,越南政府总理范文安对老挝进行正式访问期间,双方通过了《越南-老挝合作行动计划》。"
    )
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert len(agree) == 2, agree
