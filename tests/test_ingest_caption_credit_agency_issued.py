"""A photo caption credited "越通社发" (issued by the agency) after its sentence is a caption,
also where no figure marks it (an HTML page whose image and caption sit in a plain paragraph)."""

from __future__ import annotations

from dyad.ingest import layout
from dyad.ingest.htmlpage import parse_html_page
from dyad.record import to_record

CAPTION = "国会副主席陈文明会见秘鲁驻越大使卡洛斯·莫拉。越通社发"


def test_agency_issued_credit_makes_a_caption() -> None:
    assert layout.is_caption(CAPTION)
    assert layout.is_caption("越南国会副主席陈文明5月3日会见秘鲁驻越大使。新华社发")
    assert not layout.is_caption("报道称,此消息由越通社发布。")
    assert not layout.is_caption("越通社发")


def test_caption_in_a_plain_paragraph_is_no_lead() -> None:
    html = (
        '<html><head><meta charset="utf-8"><title>新闻</title></head><body><main><article>'
        "<h1>越南与秘鲁加强议会合作</h1>"
        f"<p><img src='/i/3.jpg'><br><em>{CAPTION}</em></p>"
        "<p>越通社河内——5月3日,越南国会副主席陈文明在河内会见秘鲁驻越大使卡洛斯·莫拉。</p>"
        "<p>双方同意加强两国议会交流。(越通社-VNA)</p>"
        "</article></main></body></html>"
    )
    rec = to_record(parse_html_page(html, "https://example.org/c/3.html"))
    assert rec["lead"] is None
    assert rec["captions"] == [CAPTION]
