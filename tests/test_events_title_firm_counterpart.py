"""A headline meeting whose counterpart is a firm described by what it does (``会见中国领先的电子
公司总经理``) is the body's meeting with the person who heads it: one event, the body's."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _meetings(title: str) -> list[dict[str, Any]]:
    text = (
        f"{title}\n\n"
        "越通社河内——3月9日下午,越南政府总理阮文安在政府总部会见了中国大华电子集团总经理林志强先生。\n\n"
        "阮文安欢迎林志强扩大对越投资。(完)\n"
    )
    evs = to_record(extract(text))["events"]
    return [e for e in evs if e["section"] == "main" and e["mode"] == "meeting"]


def test_a_headline_firm_is_the_body_meetings_counterpart() -> None:
    meetings = _meetings("政府总理阮文安会见中国领先的电子公司总经理")
    assert len(meetings) == 1, meetings
    assert "林志强" in [p["name"] for e in meetings for p in e["source"] + e["target"]]


def test_a_headline_naming_the_person_stays_one_event() -> None:
    assert len(_meetings("政府总理阮文安会见中国大华电子集团总经理林志强")) == 1
