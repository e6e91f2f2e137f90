"""A page of no known layout whose 更多 list is marked up (headline in a heading, summary in the
paragraph after it, caption in a figcaption): the markup, not the text guess, gives each line's
role, so a summary the site cut short stays the summary of its teaser."""

from __future__ import annotations

from dyad.ingest.htmlpage import parse_html_page
from dyad.record import to_record

TITLE = "老挝与越南两省加强农业合作"
PARAS = [
    "越通社万象——3月14日,越南宁平省人民委员会主席黄文岗在万象会见老挝农林部副部长坎佩·西萨瓦。",
    "双方一致同意加强农业技术交流。(越通社——VNA)",
]
CUT_SUMMARY = "3月2日,越南驻智利大使范德安在圣地亚哥会见智利外交部副部长马里奥·贝尔加拉,双方就"
SECOND_SUMMARY = "3月3日,越南驻秘鲁大使阮清河会见秘鲁外交部长代表。"


def _page(item_tag: str, with_caption: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    cap = "<figure><img src='/t/1.jpg'><figcaption>会见场景。图自越通社</figcaption></figure>" if with_caption else ""
    return (
        '<html><head><meta charset="utf-8"><title>新闻</title></head><body>'
        f"<div id='content'><h1>{TITLE}</h1>{body}</div>"
        f"<div class='related'><h3>更多</h3>"
        f"<{item_tag} class='item'>{cap}<h3><a href='/n/1.html'>越南与智利加强双边合作</a></h3>"
        f"<p>{CUT_SUMMARY}</p></{item_tag}>"
        f"<{item_tag} class='item'><h3><a href='/n/2.html'>越南与秘鲁推动经贸往来</a></h3>"
        f"<p>{SECOND_SUMMARY}</p></{item_tag}>"
        "</div><footer>版权所有</footer></body></html>"
    )


def test_cut_summary_under_a_heading_stays_a_summary() -> None:
    for tag in ("div", "li"):
        for with_caption in (False, True):
            rec = to_record(parse_html_page(_page(tag, with_caption), "https://example.org/a/1.html"))
            related = rec["related"]
            assert [t["title"] for t in related] == ["越南与智利加强双边合作", "越南与秘鲁推动经贸往来"]
            assert [t["summary"] for t in related] == [CUT_SUMMARY, SECOND_SUMMARY]
            assert related[0]["caption"] == ("会见场景。图自越通社" if with_caption else None)
