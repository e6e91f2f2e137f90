"""``此前一天`` (the day before) is a day, one before the date just told, not the vague ``此前``
(earlier): a signing told so is dated and kept, while ``此前,X曾访问…`` with no time stays an undated
background event the annotators leave out."""

from __future__ import annotations

from dyad import extract, to_record

HEAD = "两国领导人举行会谈\n\n越通社万象——2025年1月9日,越南政府总理范明政与老挝总理宋赛·西潘敦在万象举行会谈。\n\n"


def test_the_day_before_dates_a_signing() -> None:
    rec = to_record(extract(HEAD + "此前一天,越南工贸部长阮鸿延与老挝工贸部长马莱通·冈玛西签署了两国贸易协定。\n"))
    signed = [e for e in rec["events"] if e["mode"] == "sign"]
    assert [(e["date"], e["source"][0]["name"]) for e in signed] == [("2025-01-08", "阮鸿延")], rec["events"]
    assert any(t["text"] == "此前一天" and t["start"] == "2025-01-08" for t in rec["times"])


def test_earlier_without_a_time_stays_out() -> None:
    rec = to_record(extract(HEAD + "此前,阮鸿延曾访问老挝。\n"))
    assert [e["mode"] for e in rec["events"]] == ["talks"], rec["events"]
