"""The eighth GMS summit (Kunming, November 2024) in ``recurring_meetings.tsv``: a year-less day
told with it, its Latin short name in brackets before the number, is dated 2024."""

from __future__ import annotations

from dyad import extract, to_record


def test_eighth_gms_summit_fixes_the_year() -> None:
    rec = to_record(
        extract(
            "越南总理出席次区域合作会议\n\n越通社昆明——11月7日,越南政府总理阮文甲在中国云南省昆明市出席"
            "大湄公河次区域经济合作(GMS)第八次领导人会议期间会见了泰国总理。\n"
        )
    )
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert dated == ["2024-11-07"], rec["events"]
