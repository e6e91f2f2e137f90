"""A visit recalled with 曾 ("once") and no time in its sentence (``年轻时,我曾来越访问``) is undated
background, no event; dated (``2009年,我曾来越访问``) it stays, and the surname 曾 (曾庆红) is no "once"."""

from __future__ import annotations

from dyad import extract, to_record


def _visitors(body: str) -> list[list[str]]:
    text = f"老挝总理接受越通社专访\n\n越通社河内3月5日——老挝总理通邢接受越通社记者采访。\n{body}(越通社——VNA)\n越通社\n"
    return [[p["name"] for p in e["source"]] for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_undated_once_visit_is_no_event() -> None:
    assert _visitors("老挝总理通邢说:“年轻时,我曾来越访问,受到了越南政府的热情接待。”") == []


def test_dated_once_visit_stays() -> None:
    assert _visitors("老挝总理通邢说:“2009年,我曾来越访问,受到了越南政府的热情接待。”") != []


def test_surname_zeng_is_not_once() -> None:
    got = _visitors("3月4日,中国国家副主席曾庆红对越南进行正式访问。")
    assert ["曾庆红"] in got, got
