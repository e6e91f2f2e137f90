"""Audit round 4, UN agencies and people-to-people exchanges: each test on a sentence written for it."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def page_events(title: str, lead: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{lead}\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_meetings_listed_after_a_semicolon_keep_the_visit_frame() -> None:
    """``访问越南期间,X开展多项活动,如拜会A;与B举行会谈;会见C。``: every piece of the list happened
    during the visit, not on the day the story is told (the day X left)."""
    lead = "2023年5月9日,某国总统张三已离开河内,圆满结束于5月7日至8日对越南进行的国事访问。"
    body = lead + "访问越南期间,张三开展多项活动,如拜会越共中央总书记阮富仲;与国家主席阮春福举行会谈;会见政府总理范明政。"
    evs = page_events("某国总统圆满结束对越南的国事访问", lead, body)
    dated = {names(e["target"])[0]: e["date"] for e in evs if e["mode"] in {"meeting", "talks"}}
    assert dated == {
        "阮富仲": "2023-05-07/2023-05-08",
        "阮春福": "2023-05-07/2023-05-08",
        "范明政": "2023-05-07/2023-05-08",
    }, evs


def test_praise_for_a_visit_is_no_visit_of_the_one_praising() -> None:
    """``A在会见X时高度评价X在…之际访问越南``: the praise points at the story's visit; A visits nothing."""
    lead = "2023年5月9日,某国总统张三圆满结束于5月7日至8日对越南进行的国事访问。"
    body = lead + "阮富仲在会见张三时高度评价张三在两国建交50周年之际访问越南,认为此访意义重大。"
    evs = page_events("某国总统圆满结束对越南的国事访问", lead, body)
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["source"]) for e in visits] == [["张三"]], evs
