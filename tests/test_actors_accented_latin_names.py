"""A foreign name written in Latin letters keeps its accented letters (é, á, ñ, Đ, ễ)."""

from __future__ import annotations

from dyad import extract, to_record


def _page(body: str) -> str:
    return f"越南领导人会见外宾\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"


def _names(evs: list[dict], side: str) -> list[str]:
    return [p["name"] for e in evs for p in e[side]]


def test_a_glued_latin_name_is_not_cut_at_its_first_accent() -> None:
    body = "越南国会副主席阮德海6月2日会见正在对越南进行访问的墨西哥参议院副议长Ramón Ibáñez Peña一行。"
    evs = to_record(extract(_page(body)))["events"]
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting and _names(meeting, "source") == ["Ramón Ibáñez Peña"], meeting
    assert meeting[0]["source"][0]["latin"] == "Ramón Ibáñez Peña", meeting


def test_a_latin_name_opening_on_an_accented_capital_keeps_it() -> None:
    body = "越南驻法国大使阮明俊5月9日会见法国参议院副议长Élise Durand。"
    evs = to_record(extract(_page(body)))["events"]
    meeting = [e for e in evs if e["mode"] == "meeting"]
    assert meeting and "Élise Durand" in _names(meeting, "target"), meeting
