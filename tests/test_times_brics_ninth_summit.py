"""The ninth BRICS summit (Xiamen, 3-5 September 2017) in ``recurring_meetings.tsv``: a
year-less day told with 金砖国家领导人第九次会晤 is dated 2017."""

from __future__ import annotations

from dyad import extract, to_record


def test_ninth_brics_summit_fixes_the_year() -> None:
    rec = to_record(
        extract(
            "泰国总理会见中国领导人\n\n越通社北京——9月4日,在中国厦门出席金砖国家领导人第九次会晤期间,"
            "泰国总理阿南会见了中国国务院总理。\n"
        )
    )
    dated = [e["date"] for e in rec["events"] if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert dated == ["2017-09-04"], rec["events"]
