"""A print view's 更多 list where a teaser's photo text repeats its headline (two lines, the
second a link): as in a text dump, the two lines are one teaser's photo and headline."""

from __future__ import annotations

from dyad.ingest.htmlpage import parse_html_page
from dyad.record import to_record

HEADLINE = "越南与巴拿马深化友好合作"
SUMMARY = "7月2日,越南驻墨西哥兼巴拿马大使阮文海在巴拿马城会见巴拿马外交部副部长卡洛斯·鲁伊斯,双方就"


def test_headline_printed_twice_is_one_teaser() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>打印</title></head><body><div class="print">'
        "<h1>越南与哥斯达黎加加强经贸合作</h1>"
        "<p>越通社圣何塞——7月1日,越南驻墨西哥大使阮文海在圣何塞会见哥斯达黎加贸易部副部长。</p>"
        "<p>双方同意推动两国贸易往来。(越通社-VNA)</p>"
        f"<p>更多</p><p>{HEADLINE}</p><p><a href='/n/11.html'>{HEADLINE}</a></p><p>{SUMMARY}</p>"
        "</div></body></html>"
    )
    rec = to_record(parse_html_page(html, "https://example.org/p/11"))
    assert len(rec["related"]) == 1
    teaser = rec["related"][0]
    assert teaser["title"] == HEADLINE and teaser["caption"] == HEADLINE and teaser["summary"] == SUMMARY
