"""A visit's target is its inviter, also when a teaser's summary names him in a later sentence
(``此次访越是应…邀请进行的``) or a main article does so after the visit (``此访是应…的邀请进行的``).
Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def _visits(text: str, section: str) -> list[tuple[list[str], list[str]]]:
    rec = to_record(extract(text.encode("utf-8")))
    return [
        ([a["name"] for a in e["source"]], [a["name"] for a in e["target"]])
        for e in rec["events"]
        if e["section"] == section and (e["type"], e["mode"]) == ("CONSULT", "visit")
    ]


def test_teaser_inviter_told_after_the_visit() -> None:
    teaser = (
        "蒙古国总统圆满结束对越南的国事访问\n\n"
        "蒙古国总统呼日勒苏赫10月28日下午离开河内,圆满结束对越南进行的国事访问。此次访越是应越南国家主席梁强邀请进行的。\n"
    )
    assert _visits(ARTICLE + teaser, "related") == [(["呼日勒苏赫"], ["梁强"])]


def test_main_inviter_told_after_the_visit() -> None:
    page = (
        "蒙古国总统访问越南\n\n越通社河内——10月27日,蒙古国总统呼日勒苏赫抵达河内,开始对越南进行国事访问。"
        "此访是应越南国家主席梁强的邀请进行的。\n\n双方将举行会谈。(完)\n"
    )
    assert _visits(page, "main") == [(["呼日勒苏赫"], ["梁强"])]
