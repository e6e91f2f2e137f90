"""A print view of no known layout: every line a <p>, the 更多 marker too, each teaser's headline
a paragraph holding one link. The list is read from the markup (trafilatura drops link-only
lines), and a linked headline's next paragraph is its summary even when the site cut it short."""

from __future__ import annotations

from dyad.ingest.htmlpage import parse_html_page
from dyad.record import to_record

TITLE = "越南与乌拉圭加强议会合作"
PARAS = [
    "越通社蒙得维的亚——6月11日,越南国会副主席陈光芳在蒙得维的亚会见乌拉圭众议院议长塞瓦斯蒂安·安杜哈尔。",
    "双方同意加强两国议会间的交流。(越通社——VNA)",
]
FULL_SUMMARY = "6月9日,越南驻阿根廷大使杜春红会见阿根廷外交部副部长。"
CUT_SUMMARY = "6月10日,越南驻巴拉圭大使阮文明在亚松森会见巴拉圭外交部长胡利奥·阿里奥拉,双方就"


def _page(marker: str, second_summary: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<html><head><meta charset="utf-8"><title>打印</title></head><body><div class="print">'
        f"<h1>{TITLE}</h1>{body}{marker}"
        f"<p><a href='/n/7.html'>越南与阿根廷推动经贸合作</a></p><p>{FULL_SUMMARY}</p>"
        f"<p><a href='/n/8.html'>越南与巴拉圭加强友好关系</a></p><p>{second_summary}</p>"
        "</div></body></html>"
    )


def test_print_view_more_paragraph_starts_the_list() -> None:
    for marker in ("<p>更多</p>", "<p><strong>更多</strong></p>", "<b>更多</b>"):
        rec = to_record(parse_html_page(_page(marker, FULL_SUMMARY.replace("9日", "8日")), "https://example.org/p/1"))
        assert [t["title"] for t in rec["related"]] == ["越南与阿根廷推动经贸合作", "越南与巴拉圭加强友好关系"]
        assert rec["body"][-1] == "双方同意加强两国议会间的交流。"


def test_linked_headline_keeps_its_cut_summary() -> None:
    rec = to_record(parse_html_page(_page("<p>更多</p>", CUT_SUMMARY), "https://example.org/p/2"))
    assert [t["title"] for t in rec["related"]] == ["越南与阿根廷推动经贸合作", "越南与巴拉圭加强友好关系"]
    assert [t["summary"] for t in rec["related"]] == [FULL_SUMMARY, CUT_SUMMARY]
