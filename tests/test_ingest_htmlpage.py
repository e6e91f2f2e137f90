"""HTML pages: the layout adapters (selectors as data), the trafilatura fallback, and the
promise that an HTML page and its text-dump twin come out as the same Document."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from dyad.document import Document, DyadInputError
from dyad.ingest.htmlpage import bounded_depth, clean_text, iso_date, load_layouts, parse_html_page
from dyad.ingest.textpage import parse_text_page
from dyad.pipeline import parse_page
from dyad.record import to_record

TITLE = "越中两国外交部长举行会谈"
LEAD = "4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。"
PARAS = [
    "越通社河内——4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。",
    "范平明强调,越南党和政府重视并希望越中全面战略合作伙伴关系进一步向前发展。",
    "会谈后,双方举行记者会,介绍会谈的内容和结果。(越通社——VNA)",
]
CAPTIONS = ["会谈场景。越通社记者 林庆 摄"]
TEASERS = [
    {
        "caption": "阮文台(左)和黎忠科(右)。",
        "title": "越南公安部通缉阮文戴、黎忠科两名嫌犯",
        "summary": "据越南公安部消息,2025年12月5日,公安部安全调查局对嫌犯阮文台发布通缉令。",
        "href": "/tin-1-post100.vnp",
    },
    {
        "caption": None,
        "title": "越南领导人向白俄罗斯新任总理亚历山大·图尔钦致贺电",
        "summary": None,
        "href": "/t2.vnp",
    },
    {
        "caption": "越南祖国阵线中央委员会主席裴氏明怀接见了中国驻越南大使何炜。图自越通社",
        "title": "越南与中国加强人文交流",
        "summary": "12月4日下午,裴氏明怀亲切接见了中国驻越南大使何炜。",
        "href": "https://zh.vietnamplus.vn/t3.vnp",
    },
]


def spans_slice_text(doc: Document) -> None:
    for span in doc.all_spans():
        assert 0 <= span.start <= span.end <= len(doc.text)
        piece = doc.text[span.start : span.end]
        assert piece == piece.strip() and piece, (span, piece)


@pytest.fixture
def page(vnp_html) -> str:
    return vnp_html(TITLE, LEAD, PARAS, CAPTIONS, TEASERS)


def test_layouts_are_data_and_every_selector_parses() -> None:
    layouts, drop = load_layouts()
    names = [lay.name for lay in layouts]
    assert {"vnp-article", "vnp-details", "generic"} <= set(names)
    assert len(names) == len(set(names))
    tree = LexborHTMLParser("<html><body><p>x</p></body></html>")
    selectors = list(drop)
    for lay in layouts:
        selectors += [lay.detect, lay.paragraph, lay.figure, lay.image_alt]
        for chain in (lay.title, lay.lead, lay.body, lay.caption, lay.published, lay.canonical, lay.skip):
            selectors += chain
        for value in lay.related.values():
            selectors += [value] if isinstance(value, str) else list(value)
    for sel in selectors:
        tree.css(sel.rpartition("@")[0] if "@" in sel else sel)  # raises on a malformed selector


def test_sample_layout_gives_every_part(page: str) -> None:
    doc = parse_html_page(page, url=None)
    rec = to_record(doc)
    assert doc.source_format == "html" and doc.meta["layout"] == "vnp-article"
    assert rec["title"] == TITLE
    assert rec["lead"] == LEAD
    assert rec["captions"] == CAPTIONS
    assert rec["dateline"] == "越通社河内——" and rec["dateline_place"] == "河内"
    assert rec["signature"] == "(越通社——VNA)"
    last = "会谈后,双方举行记者会,介绍会谈的内容和结果。"
    assert rec["body"] == [PARAS[0].removeprefix("越通社河内——"), PARAS[1], last]
    assert [(t["caption"], t["title"], t["summary"]) for t in rec["related"]] == [
        (t["caption"], t["title"], t["summary"]) for t in TEASERS
    ]
    assert [t["url"] for t in rec["related"]] == [
        "https://zh.vietnamplus.vn/tin-1-post100.vnp",
        "https://zh.vietnamplus.vn/t2.vnp",
        "https://zh.vietnamplus.vn/t3.vnp",
    ]
    assert doc.published == "2019-04-10"
    assert doc.url == "https://zh.vietnamplus.vn/article-post1.vnp"  # canonical, as no URL was given
    spans_slice_text(doc)


def test_caller_url_wins_over_canonical(page: str) -> None:
    doc = parse_html_page(page, url="https://mirror.example/a.html")
    assert doc.url == "https://mirror.example/a.html"
    assert doc.teasers[0].url == "https://mirror.example/tin-1-post100.vnp"


def test_text_is_a_text_dump_rendering(page: str) -> None:
    """Scripts, styles, nav, ads and footer never reach the text; the text reads like a dump."""
    doc = parse_html_page(page, url=None)
    assert "not me" not in doc.text and "ADS" not in doc.text and "首页" not in doc.text
    assert "版权所有" not in doc.text and "<" not in doc.text
    lines = doc.text.split("\n\n")
    assert lines[0] == TITLE and lines[1] == LEAD and lines[2] == CAPTIONS[0]
    assert "更多" in lines


def test_html_and_text_dump_twins_agree(page: str) -> None:
    """The same article as HTML and as a text dump gives the same parts."""
    dump = "\n\n".join(
        [TITLE, LEAD + "\n" + f"{TITLE} ảnh 1{CAPTIONS[0]}", *PARAS, "越通社", "更多"]
        + [x for t in TEASERS for x in (t["caption"], t["title"], t["summary"]) if x]
    )
    a, b = to_record(parse_html_page(page, None)), to_record(parse_text_page(dump))
    for key in ("title", "lead", "body", "captions", "dateline", "signature"):
        assert a[key] == b[key], key
    strip = [{k: t[k] for k in ("caption", "title", "summary")} for t in a["related"]]
    assert strip == [{k: t[k] for k in ("caption", "title", "summary")} for t in b["related"]]


def test_rendered_text_reparses_to_the_same_parts(page: str) -> None:
    """``doc.text`` is a text dump: the text reader cuts it the way the HTML reader did."""
    html_doc = parse_html_page(page, None)
    again = parse_text_page(html_doc.text)
    for key in ("title", "lead", "body", "captions", "dateline", "signature"):
        assert to_record(again)[key] == to_record(html_doc)[key], key
    assert len(again.teasers) == len(html_doc.teasers)


def test_entities_nbsp_inline_tags_and_breaks(vnp_html) -> None:
    html = vnp_html(TITLE, LEAD, ["PLACEHOLDER"]).replace(
        "<p>PLACEHOLDER</p>",
        "<p>越通社河内——法国开发署副署长<strong>Philippe&nbsp;Bauduin</strong>与"
        '<a href="/x">瓦莱丽·佩克雷斯</a>举行会谈&amp;交流。</p>'
        "<p>第一行<br>第二行\n继续</p><p>&amp;lt;不是标签&amp;gt;。</p><p> &nbsp; </p>",
    )
    rec = to_record(parse_html_page(html, None))
    assert rec["body"] == [
        "法国开发署副署长Philippe Bauduin与瓦莱丽·佩克雷斯举行会谈&交流。",
        "第一行",
        "第二行继续",  # a line break between Chinese characters is no space
        "<不是标签>。",  # double-escaped entities from the CMS are unescaped too
    ]


def test_clean_text_and_iso_date() -> None:
    assert clean_text("  a\u00a0\u00a0b \n c\u200b ") == "a b c"
    assert clean_text("越南\n  中国") == "越南中国"
    assert clean_text("越南 中国") == "越南 中国"
    assert iso_date("2019-04-10T09:30:00+07:00") == "2019-04-10"
    assert iso_date("2019-04-10 09:30") == "2019-04-10"
    assert iso_date("10/04/2019 09:30") == "2019-04-10"
    assert iso_date("发布于 2021年11月2日") == "2021-11-02"
    assert iso_date("2019-02-30") is None and iso_date("soon") is None and iso_date(None) is None


def test_alt_text_is_a_caption_only_when_it_is_not_the_title(vnp_html) -> None:
    html = vnp_html(TITLE, LEAD, PARAS).replace(
        '<div class="article__body zce-content-body cms-body">',
        '<div class="article__body zce-content-body cms-body">'
        f'<figure><img alt="{TITLE} ảnh 1"></figure>'
        f'<figure><img alt="{TITLE}"></figure>'
        '<figure><img alt="photo.jpg"></figure>'
        f'<figure><img alt="{TITLE} ảnh 2河内街景。图自越通社"></figure>',
    )
    assert to_record(parse_html_page(html, None))["captions"] == ["河内街景。图自越通社"]


def test_inline_links_and_credit_paragraphs_follow_text_rules(vnp_html) -> None:
    paras = [PARAS[0], "[越柬关系50周年:两国关系将继续向前发展]", "附图 图自越通社", *PARAS[1:], "越通社"]
    rec = to_record(parse_html_page(vnp_html(TITLE, LEAD, paras), None))
    assert rec["captions"] == ["附图 图自越通社"]
    assert len(rec["body"]) == 3 and rec["signature"] == "(越通社——VNA)"


def test_older_details_layout() -> None:
    html = (
        "<html><head><title>x</title></head><body><div class='details'>"
        f"<h1 class='details__headline cms-title'>{TITLE}</h1>"
        "<div class='source'><time datetime='2019-04-01 10:30'>01/04/2019 10:30</time></div>"
        f"<div class='details__summary cms-desc'>{LEAD}</div>"
        "<div class='content article-body cms-body AdAsia'>"
        "<div class='article-photo'><img src='a.jpg' alt=''>"
        f"<figcaption>{CAPTIONS[0]}</figcaption></div>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "<div class='details__morenews'><h2>更多</h2>"
        "<article class='story'><h2><a href='/a.vnp'>越南公安部通缉两名嫌犯</a></h2></article>"
        "<article class='story'><h2><a href='/b.vnp'>越南与中国加强人文交流</a></h2></article></div>"
        "</div></div></body></html>"
    )
    doc = parse_html_page(html, "https://zh.vietnamplus.vn/x/1.vnp")
    rec = to_record(doc)
    assert doc.meta["layout"] == "vnp-details"
    assert rec["title"] == TITLE and rec["lead"] == LEAD and rec["captions"] == CAPTIONS
    assert rec["body"][0].startswith("4月1日下午") and rec["body"][-1].endswith("内容和结果。")
    assert [t["title"] for t in rec["related"]] == ["越南公安部通缉两名嫌犯", "越南与中国加强人文交流"]
    assert rec["related"][1]["url"] == "https://zh.vietnamplus.vn/b.vnp"
    assert doc.published == "2019-04-01"
    spans_slice_text(doc)


def test_older_details_layout_with_details_content() -> None:
    """The pre-2023 markup as crawled in 2016: the body in div.details__content (no
    article-body), photos in table.picture, the date only in <meta name="pubdate">, the
    headline printed again in the summary slot and at the top of the body."""
    html = (
        "<html><head><meta name='pubdate' content='2016-09-03T17:45:00+07:00'>"
        f"<title>{TITLE} | 越通社</title></head><body><div class='details'>"
        f"<h1 class='details__headline'>{TITLE}</h1>"
        "<div class='details__meta'><span class='time'>03/09/2016 17:45</span></div>"
        f"<div class='details__summary cms-desc'>{LEAD}</div>"
        "<div class='details__content'>"
        f"<p>{TITLE}</p>"
        "<table class='picture'><tr><td class='pic'><img src='a.jpg' alt='会谈'></td></tr>"
        f"<tr><td class='caption'>{CAPTIONS[0]}</td></tr></table>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</div></div><div class='details__morenews'><h2 class='title'>更多</h2>"
        "<article class='story'><h2 class='story__heading'><a href='/a.vnp'>越南公安部通缉两名嫌犯</a></h2>"
        "<div class='story__summary'>12月5日,公安部安全调查局发布通缉令。</div></article></div>"
        "</body></html>"
    )
    doc = parse_html_page(html, "https://zh.vietnamplus.vn/x/1.vnp")
    rec = to_record(doc)
    assert doc.meta["layout"] == "vnp-details"
    assert rec["title"] == TITLE and rec["lead"] == LEAD and rec["captions"] == CAPTIONS
    assert rec["body"][0].startswith("4月1日下午") and len(rec["body"]) == 3
    assert [t["title"] for t in rec["related"]] == ["越南公安部通缉两名嫌犯"]
    assert doc.published == "2016-09-03"
    spans_slice_text(doc)
    twice = html.replace(f"<div class='details__summary cms-desc'>{LEAD}</div>", f"<div class='details__summary'>{TITLE}</div>")
    rec = to_record(parse_html_page(twice, "https://zh.vietnamplus.vn/x/1.vnp"))
    assert rec["lead"] is None and rec["body"][0].startswith("4月1日下午")


def test_unknown_site_goes_through_trafilatura() -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        '<html><head><meta charset="utf-8"><title>新闻</title>'
        '<meta property="article:published_time" content="2019-04-01T10:00:00+07:00"></head>'
        '<body><header><nav><a href="/">首页</a><a href="/a">时政</a></nav></header><main><article>'
        f"<h1>{TITLE}</h1><p>{LEAD}</p>"
        f'<figure><img src="x.jpg"><figcaption>{CAPTIONS[0]}</figcaption></figure>{body}</article>'
        "<aside><h2>更多</h2><ul>"
        "<li><a href='/t1'>越南公安部通缉两名嫌犯</a>"
        "<p>据越南公安部消息,公安部安全调查局对嫌犯发布通缉令。</p></li>"
        "<li><a href='/t2'>越南与中国加强人文交流</a>"
        "<p>12月4日下午,裴氏明怀亲切接见了中国驻越南大使何炜。</p></li>"
        "</ul></aside></main><footer>版权所有</footer></body></html>"
    )
    doc = parse_html_page(html, "https://example.org/news/1.html")
    rec = to_record(doc)
    assert doc.meta["layout"] == "trafilatura" and doc.source_format == "html"
    assert rec["title"] == TITLE and rec["lead"] == LEAD
    assert rec["captions"] == CAPTIONS
    assert rec["dateline"] == "越通社河内——" and rec["signature"] == "(越通社——VNA)"
    assert rec["body"][-1] == "会谈后,双方举行记者会,介绍会谈的内容和结果。"
    assert [t["title"] for t in rec["related"]] == ["越南公安部通缉两名嫌犯", "越南与中国加强人文交流"]
    assert doc.published == "2019-04-01" and doc.url == "https://example.org/news/1.html"
    spans_slice_text(doc)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>首页</a></nav><footer>版权</footer></body></html>",
        "<html><head><title>越通社</title></head><body></body></html>",
        "<html><body><div class='article__body'></div></body></html>",
        "<html><body><p>Hello, this is an English page with no Chinese article at all.</p></body></html>",
    ],
)
def test_html_without_an_article_is_refused(html: str) -> None:
    parse_html_page(html, None)  # the reader itself does not raise
    with pytest.raises(DyadInputError) as err:
        parse_page(html.encode())
    assert err.value.reason == "not-an-article"


def test_truncated_and_malformed_html(vnp_html) -> None:
    html = vnp_html(TITLE, LEAD, PARAS, CAPTIONS, TEASERS)
    cut = html[: html.index("范平明强调") + 20]  # cut in the middle of the body
    doc = parse_page(cut.encode())
    assert to_record(doc)["title"] == TITLE and doc.body
    broken = html.replace("</p>", "").replace("</div>", "").replace("</figure>", "<div><span><b>")
    doc = parse_page(broken.encode())
    assert doc.slice(doc.title) == TITLE and len(doc.body) >= 3
    spans_slice_text(doc)


@pytest.mark.parametrize(
    ("tag", "levels"), [("div", 10_000), ("span", 10_000), ("b", 10_000), ("div", 100_000)]
)
def test_deeply_nested_html_does_not_recurse_to_death(vnp_html, tag: str, levels: int) -> None:
    """No recursion, and no quadratic parse either: tags past a sane depth are dropped, text kept."""
    deep = f"<{tag}>" * levels + "深处的段落也是正文。" + f"</{tag}>" * levels
    html = vnp_html(TITLE, LEAD, PARAS).replace("<p>范平明强调", f"{deep}<p>范平明强调")
    doc = parse_page(html.encode())
    assert "深处的段落也是正文。" in [doc.slice(s) for s in doc.body]
    unknown = "<html><body>" + "<div>" * levels + "越南" + "</div>" * levels + "</body></html>"
    with pytest.raises(DyadInputError):
        parse_page(unknown.encode())


def test_bounded_depth_keeps_shallow_pages_and_text() -> None:
    shallow = "<div><p>越南</p></div>" * 3000
    assert bounded_depth(shallow) is shallow
    deep = "<div>" * 6000 + "<br>越南<img src='a.png'/>" + "</div>" * 6000
    flat = bounded_depth(deep)
    assert flat.count("<div>") == 2000 and flat.count("</div>") == 2000
    assert "<br>越南<img src='a.png'/>" in flat


def test_generic_page_visible_date_and_teaser_links() -> None:
    """A blog-like page: the date is only visible text, the 更多 list is plain links."""
    html = (
        "<html><body><div class='post'>"
        f"<h1 class='entry-title'>{TITLE}</h1><span class='post-date'>发布于 2019年4月2日</span>"
        "<div class='entry'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
        "<div class='more'><h3>更多</h3><ul>"
        "<li><a href='/archives/1'>越南公安部通缉两名嫌犯</a></li>"
        "<li><a href='/archives/2'>越南与中国加强人文交流</a></li></ul></div></div></body></html>"
    )
    doc = parse_html_page(html, "https://blog.example/2019/04/a.html")
    assert doc.meta["layout"] == "trafilatura" and doc.published == "2019-04-02"
    assert [(doc.slice(t.title), t.url) for t in doc.teasers] == [
        ("越南公安部通缉两名嫌犯", "https://blog.example/archives/1"),
        ("越南与中国加强人文交流", "https://blog.example/archives/2"),
    ]
    spans_slice_text(doc)
