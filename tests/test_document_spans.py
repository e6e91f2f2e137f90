"""Properties every Document keeps, whatever the input: the pipeline returns a Document or
raises DyadInputError (nothing else); every span slices ``doc.text`` to exactly what the
record prints; no two spans cross."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SHARED, render_vnp_html
from dyad.document import Document, DyadInputError, Span, normalise_width
from dyad.pipeline import extract, parse_page
from dyad.record import to_record

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of real pages, so random pages reach the layout rules (datelines, captions, 更多 ...).
WORDS = [
    "越通社河内——", "越通社河内5月29日——", "(越通社——VNA)", "(完)", "越通社", "更多", "ảnh 1",
    "图自越通社", "(图片来源:越通社)", "越通社记者 林庆 摄", "[越柬关系50周年]", "anh-3.png",
    "据越通社驻金边记者报道,", "范平明与王毅举行会谈。", "越南政府副总理兼外交部长范平明",
    "Philippe\u00a0Bauduin", "PhilippeBauduin", "２０２５年１２月５日", "(左)", "会谈场景。", "\u3000", " ",
    "双方一致同意加强合作,",
]
MARKUP = [
    "<p>", "</p>", '<div class="article__body">', "</div>", '<h1 class="article__title">', "</h1>",
    '<figure><img alt="越南 ảnh 1"><figcaption>', "</figcaption></figure>", "&nbsp;", "&amp;", "<br>",
    '<section class="article__related"><article class="story"><h3 class="story__heading"><a href="/x">',
    "</a></h3>", "<script>var a='<p>';</script>", "<!--", "-->", "<html>", "<body>", "\n", "\r\n",
]
line = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), min_size=1, max_size=6).map("".join)
text_pages = st.builds(
    lambda title, lines, sep: sep.join([title, *lines]),
    line,
    st.lists(line, min_size=1, max_size=10),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
html_pages = st.builds(
    lambda title, lead, paras, caps, teasers: render_vnp_html(title, lead, paras, caps, teasers),
    line,
    st.none() | line,
    st.lists(line, min_size=1, max_size=6),
    st.lists(line, max_size=2),
    st.lists(
        st.fixed_dictionaries({"caption": st.none() | line, "title": line, "summary": st.none() | line}),
        max_size=3,
    ),
)
noise = st.lists(st.one_of(st.sampled_from(WORDS + MARKUP), st.text(max_size=12)), max_size=40).map("".join)
pages = st.one_of(text_pages, html_pages, noise)


def assert_spans_sound(doc: Document) -> None:
    """Spans slice the text, the record prints exactly those slices, and no two spans cross."""
    text = doc.text
    assert len(doc.norm) == len(text) and doc.norm == normalise_width(text)
    spans = doc.all_spans()
    for s in spans:
        assert isinstance(s, Span) and 0 <= s.start <= s.end <= len(text)
    rec = to_record(doc)
    printed = rec["spans"]
    pairs: list[tuple[dict | None, Span | None]] = [(printed["title"], doc.title)]
    pairs.append((printed["lead"], doc.lead))
    pairs += list(zip(printed["body"], doc.body, strict=True))
    pairs += list(zip(printed["captions"], doc.captions, strict=True))
    for rel, teaser in zip(printed["related"], doc.teasers, strict=True):
        pairs += [(rel[k], getattr(teaser, k)) for k in ("caption", "title", "summary")]
    for shown, span in pairs:
        if span is None:
            assert shown is None
            continue
        assert shown == {"text": text[span.start : span.end], "start": span.start, "end": span.end}
    assert rec["title"] == doc.slice(doc.title)
    assert rec["body"] == [text[s.start : s.end] for s in doc.body]
    assert rec["captions"] == [text[s.start : s.end] for s in doc.captions]
    for a, b in itertools.combinations(spans, 2):
        disjoint = a.end <= b.start or b.end <= a.start
        nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
        assert disjoint or nested, (a, b, text[a.start : a.end], text[b.start : b.end])


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_document_or_a_reason(data: bytes) -> None:
    try:
        doc = extract(data)
    except DyadInputError as exc:
        assert exc.reason in {"empty", "binary", "undecodable", "not-an-article", "too-large"}
        return
    assert_spans_sound(doc)


@SETTINGS
@given(pages)
def test_arbitrary_text_gives_a_document_or_a_reason(page: str) -> None:
    for data in (page, page.encode("utf-8")):
        try:
            doc = parse_page(data)
        except DyadInputError as exc:
            assert exc.reason in {"empty", "binary", "undecodable", "not-an-article", "too-large"}
            continue
        assert_spans_sound(doc)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_arbitrary_pages_through_the_whole_pipeline(page: str) -> None:
    try:
        doc = extract(page.encode("utf-8"))
    except DyadInputError:
        return
    assert_spans_sound(doc)


SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if SHARED.is_dir() else []


@pytest.mark.parametrize("seed", SEEDS or [None], ids=lambda p: p.name if p else "no-seeds")
def test_seed_spans_are_sound(seed: Path | None, vnp_html) -> None:
    if seed is None:
        pytest.skip("../shared not present: no seeds")
    doc = parse_page(seed.read_bytes())
    assert_spans_sound(doc)
    rec = to_record(doc)
    html = vnp_html(rec["title"], rec["lead"], rec["body"], rec["captions"], rec["related"])
    assert_spans_sound(parse_page(html.encode()))
