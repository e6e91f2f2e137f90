"""A teaser's talks ``A与B举行会谈`` whose summary says ``应A的邀请``: B came at A's invitation, so B is
the source, even when the summary is cut before the visit it tells. Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record

ARTICLE = "越南代表团访问老挝\n\n越通社万象——3月2日,越南代表团抵达万象。\n\n代表团参观了当地学校。(完)\n\n更多\n\n"


def _related(teaser: str) -> dict:
    rec = to_record(extract((ARTICLE + teaser).encode("utf-8")))
    (ev,) = [e for e in rec["events"] if e["section"] == "related"]
    return ev


def test_the_invited_guest_is_the_source_of_talks() -> None:
    ev = _related(
        "国会主席黎文安和波兰众议院议长马雷克·诺瓦克。图自越通社\n\n"
        "国会主席黎文安与波兰众议院议长马雷克·诺瓦克举行会谈\n\n"
        "应越南国会主席黎文安的邀请,由波兰\n"
    )
    assert (ev["type"], ev["mode"]) == ("CONSULT", "talks")
    assert [a["name"] for a in ev["source"]] == ["马雷克·诺瓦克"]
    assert [a["name"] for a in ev["target"]] == ["黎文安"]


def test_an_inviter_on_the_target_side_keeps_the_order() -> None:
    ev = _related(
        "国会主席黎文安与波兰众议院议长马雷克·诺瓦克举行会谈\n\n"
        "应波兰众议院议长马雷克·诺瓦克的邀请,越南国会主席黎文安对波兰进行正式访问。\n"
    )
    assert [a["name"] for a in ev["source"]] == ["黎文安"]
