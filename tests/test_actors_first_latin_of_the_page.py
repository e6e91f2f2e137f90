"""A person's Latin form is the first one the page's part writes: the lead's ``(Khamphan Sitha)``
over the body's ``(KhamphanSitha)``, whichever sentence the event comes from. Page written for
this test."""

from __future__ import annotations

from dyad import extract, to_record


def test_latin_form_is_the_first_written() -> None:
    lead = "3月2日下午,越南河静省委书记黄忠英受到老挝国会副主席坎潘·西塔(Khamphan Sitha)的接见。"
    body = "3月2日下午,越南河静省委书记黄忠英受到老挝国会副主席坎潘·西塔(KhamphanSitha)的接见。"
    text = f"老挝领导会见河静省代表团\n\n{lead}\n\n越通社万象——{body}(越通社——VNA)\n越通社\n"
    rec = to_record(extract(text))
    latins = {p["latin"] for e in rec["events"] for p in e["source"] + e["target"] if p["name"] == "坎潘·西塔"}
    assert latins == {"Khamphan Sitha"}, rec["events"]
