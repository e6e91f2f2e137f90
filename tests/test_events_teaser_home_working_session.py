"""A teaser's working session (工作会议) of a Vietnamese leader with Viet Nam's own bodies is domestic
work: OTHER, as the annotators code domestic news. A working session with a foreign side, or with a
Vietnamese mission abroad, stays a meeting."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def _teaser_types(teaser: str) -> list[tuple[str, str | None]]:
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    return [(e["type"], e["mode"]) for e in rec["events"] if e["section"] == "related"]


def test_session_with_own_bodies_is_other() -> None:
    teaser = (
        "越共中央总书记苏林与中央办公厅举行工作会议\n\n"
        "3月5日上午,越共中央总书记苏林在党中央总部与中央办公厅举行工作会议,听取年度工作汇报。\n"
    )
    assert _teaser_types(teaser) == [("OTHER", None)]


def test_session_with_foreign_side_stays_a_meeting() -> None:
    teaser = (
        "越南外交部长黎怀忠与老挝外交部举行工作会议\n\n"
        "3月5日上午,越南外交部长黎怀忠在河内与老挝外交部代表团举行工作会议。\n"
    )
    assert _teaser_types(teaser) == [("CONSULT", "meeting")]
