"""A meeting told as the frame of a speech or a view (``X在会见中发表讲话时…``, ``在会晤中重申…``)
points back at the meeting already told; it is no second meeting."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _meetings(evs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "meeting"]


def test_speech_in_the_meeting_is_no_second_meeting() -> None:
    evs = main_events(
        "海阳省与中国广西深化合作",
        "海阳省人民委员会副主席陈文甲5月6日会见了由中国广西壮族自治区人大常委会副主任李明为首的广西代表团。\n\n"
        "李明在会见中发表讲话时为两国关系日益发展感到高兴。",
    )
    (meet,) = _meetings(evs)
    assert [p["name"] for p in meet["source"]] == ["李明"], evs


def test_view_in_the_talks_is_no_second_meeting() -> None:
    evs = main_events(
        "海阳省与中国广西深化合作",
        "海阳省人民委员会副主席陈文甲5月6日会晤了中国广西壮族自治区人大常委会副主任李明。\n\n"
        "李明在会晤中重申,广西重视与海阳省的合作。",
    )
    assert len(_meetings(evs)) == 1, evs
