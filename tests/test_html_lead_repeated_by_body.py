"""A page of no known layout with no dateline: the summary above the article is a plain
paragraph to trafilatura. As in a text dump, a first paragraph the body repeats (after a
reporter's byline) is the lead, and the byline is the dateline."""

from __future__ import annotations

from dyad.ingest.htmlpage import parse_html_page
from dyad.record import to_record

TITLE = "越南与厄瓜多尔加强两党合作"
LEAD = "由越共中央书记处书记黄明海为首的越南代表团于4月2日至5日对厄瓜多尔进行工作访问。"
BYLINE = "越通社驻基多记者报道,"
PARAS = [
    BYLINE + LEAD.rstrip("。") + ",旨在加强两党关系。",
    "访问期间,黄明海会见了厄瓜多尔议会副议长卡洛斯·门多萨。(越通社-VNA)",
]


def test_lead_paragraph_repeated_after_a_byline() -> None:
    for lead_markup in (f"<p class='sapo'>{LEAD}</p>", f"<h2>{LEAD}</h2>", f"<p>{LEAD}</p>"):
        body = "".join(f"<p>{p}</p>" for p in PARAS)
        html = (
            '<html><head><meta charset="utf-8"><title>新闻</title></head><body>'
            f"<div id='content'><h1>{TITLE}</h1>{lead_markup}{body}</div></body></html>"
        )
        rec = to_record(parse_html_page(html, "https://example.org/q/4.html"))
        assert rec["lead"] == LEAD
        assert rec["dateline"] == BYLINE and rec["dateline_place"] == "基多"
        assert rec["body"][0].endswith("旨在加强两党关系。") and len(rec["body"]) == 2
