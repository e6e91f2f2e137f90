"""A teaser whose title names a meeting of two people keeps its sides when the summary recalls an
earlier fact of other people (``A表示,不久前C对B国进行了国事访问``): the recalled visit is not pooled
into the headline. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def test_recalled_visit_of_others_is_not_pooled() -> None:
    teaser = (
        "越南国会主席陈青敏会见柬埔寨卫生部长蒙·本亨\n\n"
        "陈青敏表示,不久前越共中央总书记苏林对柬埔寨进行了国事访问,两国关系取得新进展。\n"
    )
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "related"]
    assert (ev["type"], ev["mode"]) == ("CONSULT", "meeting")
    names = [a["name"] for a in ev["source"] + ev["target"]]
    assert "苏林" not in names and "陈青敏" in names
