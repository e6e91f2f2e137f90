"""A place named before 时间 and a day (``柏林时间6月12日``) only says whose clock tells the day, as
``当地时间`` does: it is no side of the event. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def test_place_of_the_clock_is_no_side() -> None:
    teaser = (
        "汉堡越南文化节。图自越通社\n\n"
        "在德国北方港口城市传播越南文化\n\n"
        "越通社驻德国记者报道,柏林时间6月12日,在德国汉堡市“越南周”活动框架内,"
        "汉堡市政府同越南驻德国大使馆在市立图书馆联合举行越南语和文化节。\n"
    )
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "related"]
    assert [a["name"] for a in ev["source"]] == ["汉堡市政府"]
    assert [a["name"] for a in ev["target"]] == ["越南驻德国大使馆"]
