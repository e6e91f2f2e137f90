"""A page of no known layout whose 更多 box is empty in the saved HTML (a browser's script fills
it): what follows the box (footer, side bar headings) must not be read as teasers. A heading
wrapped in a box of its own still finds the list beside that box."""

from __future__ import annotations

from dyad.ingest.htmlpage import parse_html_page
from dyad.record import to_record

TITLE = "越南与智利加强农业合作"
PARAS = [
    "越通社圣地亚哥——5月7日,越南驻智利大使黎明德会见智利农业部副部长罗德里戈·贝拉斯科。",
    "双方同意加强水果出口合作。(越通社——VNA)",
]


def _page(more: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<html><head><meta charset="utf-8"><title>新闻</title></head><body>'
        f"<main><article><h1>{TITLE}</h1>{body}</article>{more}</main>"
        "<div class='side'><h4>热门新闻</h4></div><footer><p>版权所有 越南通讯社</p></footer></body></html>"
    )


def test_empty_more_box_gives_no_teasers() -> None:
    for box in (
        "<aside class='related'><h3>更多</h3><ul></ul></aside>",
        "<section class='related'><div class='hd'><h3>更多</h3></div><div class='list'></div></section>",
    ):
        rec = to_record(parse_html_page(_page(box), "https://example.org/a/2.html"))
        assert rec["related"] == []
        assert rec["body"][-1] == "双方同意加强水果出口合作。"


def test_heading_in_its_own_box_still_finds_the_list() -> None:
    box = (
        "<section class='related'><div class='hd'><h3>更多</h3></div>"
        "<ul><li><h3><a href='/n/5.html'>越南与秘鲁加强渔业合作</a></h3></li></ul></section>"
    )
    rec = to_record(parse_html_page(_page(box), "https://example.org/a/3.html"))
    assert [t["title"] for t in rec["related"]] == ["越南与秘鲁加强渔业合作"]
