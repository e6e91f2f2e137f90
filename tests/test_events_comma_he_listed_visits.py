"""A list of dated past visits may add its last item after a comma with 和
(``A于2017年3月访问老挝,和B于2018年5月访问老挝``): B makes that visit, not A again; a 和 that
opens a clause with no visit of its own (``和B举行会谈``) still names the subject's partner."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"越老关系不断发展\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return to_record(extract(text))["events"]


def test_the_visitor_after_comma_he_makes_the_last_visit() -> None:
    evs = _events(
        "黄文明表示,继越共中央总书记阮富仲2017年3月访问老挝和老挝国家主席本扬2017年8月访问越南,"
        "和越南政府总理阮春福2018年5月访问老挝之后,此次访问意义重大。"
    )
    got = [[p["name"] for p in e["source"]] for e in evs if e["mode"] == "visit"]
    assert got == [["阮富仲"], ["本扬"], ["阮春福"]], got


def test_comma_he_with_talks_keeps_the_subject() -> None:
    evs = _events("越南国家主席阮春福2018年5月访问老挝,和老挝国家主席本扬举行会谈。")
    got = [[p["name"] for p in e["source"]] for e in evs if e["mode"] == "talks"]
    assert got == [["阮春福"]], got
