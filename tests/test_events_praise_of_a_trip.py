"""A praise opened by 对 with a trip told inside it (A对B对芬兰进行正式访问表示高度评价): B made the
trip; A, who praises it, is no visitor, as with 就 (A就B一行对越南进行国事访问的结果接受了采访).
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_one_who_praises_a_trip_is_no_visitor() -> None:
    rec = to_record(
        extract(
            "越南国会主席会见芬兰市长\n\n越通社赫尔辛基——越南国会主席阮文甲9月10日下午在赫尔辛基会见萨洛市市长"
            "特罗·林(Tero Lin)。\n\n萨洛市市长特罗·林对阮文甲对芬兰进行正式访问表示高度评价。(越通社-VNA)\n"
        )
    )
    visits = [e for e in rec["events"] if e["mode"] == "visit"]
    assert [[p["name"] for p in e["source"]] for e in visits] == [["阮文甲"]], visits


def test_a_visit_and_a_second_leg_keep_their_visitor() -> None:
    rec = to_record(
        extract(
            "越南国家主席访问两国\n\n越通社河内——越南国家主席阮文甲于5月3日至5日对老挝进行国事访问"
            "并对柬埔寨进行正式访问。(越通社-VNA)\n"
        )
    )
    legs = [e for e in rec["events"] if e["mode"] == "visit" and e["location"] in {"老挝", "柬埔寨"}]
    assert len(legs) == 2 and all([p["name"] for p in e["source"]] == ["阮文甲"] for e in legs), legs
