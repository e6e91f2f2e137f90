"""A wrap-up article tells a two-country trip by its end; the call the traveller paid at his own
country's embassy in the first country is no telling of that trip, so both legs are kept."""

from __future__ import annotations

from dyad import extract, to_record


def test_embassy_call_keeps_the_first_leg_of_an_ended_trip() -> None:
    text = (
        "越南国会主席陈明德圆满结束对法国和摩纳哥的访问\n\n越通社河内——越南时间6月3日,越南国会主席陈明德一行已抵达河内,"
        "圆满结束对法国进行的正式访问和对摩纳哥的访问之旅。\n\n"
        "陈明德还走访越南驻法国大使馆,与大使馆干部和旅居法国越南人代表举行亲切交谈。(越通社——VNA)\n越通社\n"
    )
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    targets = {m["name"] for e in visits for m in e["target"]}
    assert {"法国", "摩纳哥", "越南驻法国大使馆"} <= targets, visits
