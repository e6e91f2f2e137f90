"""Going to a mission to attend the mourning held there (``前往越南驻X大使馆参加…Y大将吊唁仪式``) is a
condolence visit to the mission (SUPPORT/visit), not a visit to the one mourned, named with his
rank before 吊唁仪式. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

PAGE = (
    "越南驻马来西亚大使馆为原国家主席黄文德举行吊唁仪式\n\n"
    "越通社吉隆坡——3月6日,马来西亚外交部长阿齐兹和外交部代表团前往越南驻马来西亚大使馆"
    "参加原越共中央政治局委员、原国家主席黄文德大将吊唁仪式。(完)\n"
)


def test_attending_the_mourning_at_a_mission_is_a_condolence_visit_to_it() -> None:
    rec = to_record(extract(PAGE.encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "main"]
    assert (ev["type"], ev["mode"]) == ("SUPPORT", "visit")
    assert [a["name"] for a in ev["target"]] == ["越南驻马来西亚大使馆"]
    assert all(a["name"] != "黄文德" for a in ev["source"] + ev["target"])
