"""``A与B对此表示,C总统将访问越南``: the 与 joins the two speakers; C, named after the speech verb,
is the one who travels (the visit had gone to A, the first speaker)."""

from __future__ import annotations

from dyad import extract, to_record


def test_visitor_is_named_after_the_speakers() -> None:
    page = (
        "测试标题\n\n越通社河内——5月3日,越南外长阮文甲与美国国务卿约翰·史密斯(John Smith)举行会谈。\n\n"
        "史密斯与美国商务部长大卫·琼斯(David Jones)对此表示,美国总统特朗普将赴越出席2019年东盟峰会并访问越南。(越通社——VNA)\n"
    )
    visits = [e for e in to_record(extract(page))["events"] if e["mode"] == "visit"]
    assert [[p["name"] for p in e["source"]] for e in visits] == [["特朗普"]], visits
