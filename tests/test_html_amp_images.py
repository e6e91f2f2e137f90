"""An AMP page of no known layout: its figures hold <amp-img> (closed by </amp-img>), not <img>.
Their captions must be kept as those of <img> figures are."""

from __future__ import annotations

from dyad.ingest.htmlpage import parse_html_page
from dyad.record import to_record

TITLE = "越南与冰岛推动渔业合作"
CAPTION = "越南驻挪威兼冰岛大使阮文华会见冰岛渔业部长。图自越通社"
PARAS = [
    "越通社雷克雅未克——8月3日,越南驻挪威兼冰岛大使阮文华在雷克雅未克会见冰岛渔业部长约恩·古纳松。",
    "双方同意推动渔业技术合作。(越通社——VNA)",
]


def test_amp_figure_keeps_its_caption() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        '<!doctype html><html amp lang="zh"><head><meta charset="utf-8"><title>新闻</title>'
        '<link rel="canonical" href="https://example.org/n/9.html"></head><body>'
        f"<article><h1>{TITLE}</h1>"
        '<figure><amp-img src="/img/a9.jpg" width="600" height="400" layout="responsive"></amp-img>'
        f"<figcaption>{CAPTION}</figcaption></figure>{body}</article></body></html>"
    )
    rec = to_record(parse_html_page(html, "https://example.org/n/9.html"))
    assert rec["title"] == TITLE
    assert rec["captions"] == [CAPTION]
    assert rec["body"][-1] == "双方同意推动渔业技术合作。"
