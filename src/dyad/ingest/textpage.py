"""Read a plain-text page dump (what a crawl of the agency's site yields) into a Document."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from dyad.document import Document, Span, Teaser
from dyad.ingest import layout

__all__ = ["Line", "group_teasers", "parse_text_page", "split_lines"]


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line, trimmed: ``start``/``end`` are offsets of its first and last+1 char."""

    start: int
    end: int
    text: str


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-blank lines of ``text[start:end]`` with surrounding white space trimmed off."""
    end = len(text) if end is None else end
    out: list[Line] = []
    for m in re.finditer(r"[^\r\n]+", text[start:end]):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        s = start + m.start() + lead
        out.append(Line(s, s + len(stripped), stripped))
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def group_teasers(items: list[tuple[str, Span]]) -> list[Teaser]:
    """Group classified teaser lines into teasers; every teaser has a title.

    A caption opens a teaser; a title opens one unless the open teaser has a caption and no
    title yet; a summary closes the open teaser. A sentence-like line with no open titled
    teaser is a caption of the next one.
    """
    teasers: list[Teaser] = []
    cur: Teaser | None = None
    for role, span in items:
        if role == "summary" and (cur is None or cur.title is None):
            role = "caption" if cur is None or cur.caption is None else "title"
        if role == "summary" and cur is not None and cur.summary is not None:
            role = "title"
        if role == "caption":
            if cur is not None and cur.title is not None:
                teasers.append(cur)
                cur = None
            if cur is None:
                cur = Teaser(caption=span)
            elif cur.caption is not None:  # two captions in a row: second is the title
                cur.title = span
        elif role == "title":
            if cur is not None and cur.title is not None:
                teasers.append(cur)
                cur = None
            if cur is None:
                cur = Teaser()
            cur.title = span
        else:  # summary
            assert cur is not None
            cur.summary = span
    if cur is not None:
        if cur.title is None:  # a caption alone at the end (cut page): its text is all we have
            cur.title, cur.caption = cur.caption, None
        teasers.append(cur)
    return teasers


def _paragraph_first(line: str) -> bool:
    """A paragraph, not a headline: long, with clause commas, ending a sentence."""
    s = line.strip()
    return len(s) > 80 and s.endswith(("。", "。”")) and s.count(",") + s.count("，") >= 2


def parse_text_page(text: str, url: str | None = None) -> Document:
    """Cut a text dump into title, lead, captions, dateline, body, signature and teasers."""
    doc = Document(text=text, url=url, source_format="text")
    norm = doc.norm
    lines = split_lines(norm)
    if not lines:
        return doc
    if layout.DATELINE.match(lines[0].text) and len(lines) > 1:
        # a dump that opens on the dateline (``越通社河内——10月26日,…``) has lost its headline: the
        # line is the body's first paragraph, and the agency in it is no actor
        rest = lines
    elif _paragraph_first(lines[0].text) and layout.REPORTER_DATELINE.match(lines[0].text) and len(lines) > 1:
        # a dump that lost its headline and opens on a reporter's dateline and a long paragraph of
        # clauses ending a sentence (``据越通社驻新德里记者报道,…将于…进行国事访问,并认为,…。``): no
        # title, the body's first paragraph (its dateline is the reporter's)
        rest = lines
    else:
        doc.title = Span(lines[0].start, lines[0].end, "title")
        rest = lines[1:]
        glued = layout.PHOTO_LABEL.search(lines[0].text)
        before = lines[0].text[: glued.start()].strip() if glued else ""
        if glued and before and lines[0].text[glued.end() :].strip():
            # "<title> hinh anh 1<caption>": a dump that lost its headline line opens on the first
            # photo's alt text, which is the title, glued to the photo's caption
            doc.title = Span(lines[0].start, lines[0].start + len(before), "title")
            doc.captions.append(_caption_span(norm, lines[0]))
    while doc.title is not None and rest and layout.repeats_title(rest[0].text, norm[doc.title.start : doc.title.end]):
        rest = rest[1:]  # the title printed twice: the copy is neither lead nor body
    more = next((i for i, ln in enumerate(rest) if layout.MORE_MARKER.match(ln.text)), None)
    if more is not None:
        main_lines, teaser_lines = rest[:more], rest[more + 1 :]
    else:
        end = _article_end(rest)
        main_lines, teaser_lines = (rest, []) if end is None else (rest[: end + 1], rest[end + 1 :])

    paragraphs: list[Line] = []
    for i, ln in enumerate(main_lines):
        if layout.IMAGE_FILE.match(ln.text) or layout.INLINE_LINK.match(ln.text):
            continue
        if (
            doc.title is not None
            and _bare_photo_label(ln.text, norm[doc.title.start : doc.title.end])
            and i + 1 < len(main_lines)
            and _caption_below(main_lines[i + 1].text)
        ):
            continue  # "<title> ảnh 1" alone, its caption on the next line: one photo, one caption
        if layout.is_caption(ln.text):
            doc.captions.append(_caption_span(norm, ln))
            continue
        paragraphs.append(ln)
    _read_body(doc, paragraphs)

    items = []
    for ln in teaser_lines:
        if layout.IMAGE_FILE.match(ln.text):
            continue
        role = layout.classify_teaser_line(ln.text)
        span = _caption_span(norm, ln) if role == "caption" else Span(ln.start, ln.end)
        items.append((role, span))
    doc.teasers = group_teasers(_undated_summaries(norm, _photo_alt_titles(norm, items)))
    return doc


def _article_end(rest: list[Line]) -> int | None:
    """With no ``更多`` heading, the lines after the article's signature (the agency's bare name
    aside) are still the list of other articles the page shows: the index of the last line of the
    article (the signed paragraph or the bare agency line after it) when more lines follow. A photo
    caption that ends on the agency's credit (``… ảnh 1大使接受记者专访。(越通社-VNA)``) signs the
    photo, not the article."""
    end = next(
        (i for i, ln in enumerate(rest) if layout.SIGNATURE.search(ln.text) and not layout.PHOTO_LABEL.search(ln.text)),
        None,
    )
    if end is None:
        # no bracketed signature: the agency's name or the desk's credit on a line of its own
        # below the text signs it all the same (a publication time alone does not)
        end = next(
            (
                i - 1
                for i, ln in enumerate(rest)
                if i > 0 and layout.BARE_AGENCY.match(ln.text) and not ln.text.lstrip()[:1].isdigit()
            ),
            None,
        )
    if end is None:
        return None
    while end + 1 < len(rest) and layout.BARE_AGENCY.match(rest[end + 1].text):
        end += 1
    return end if end + 1 < len(rest) else None


def _photo_alt_titles(norm: str, items: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A teaser whose photo has no caption prints the title as the photo's text: two title lines
    in a row that say the same (the second one cut short when the list ends on it) are the photo
    and the title of one teaser, not two teasers."""
    out = list(items)
    for i in range(len(items) - 1):
        if out[i][0] != "title" or items[i + 1][0] != "title":
            continue
        a = _SPACE.sub("", norm[items[i][1].start : items[i][1].end]).rstrip("。.")
        b = _SPACE.sub("", norm[items[i + 1][1].start : items[i + 1][1].end]).rstrip("。.")
        last = i + 1 == len(items) - 1
        if a == b or (last and len(b) >= 6 and a.startswith(b)):
            out[i] = ("caption", items[i][1])
    return out


def _undated_summaries(norm: str, items: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A short sentence with no date and no photo credit, right after a title: the title's
    summary (``范明政总理在东京会见了…会长。``), unless it restates the next title, as a photo
    caption of the next teaser does."""
    out = list(items)
    for i, (role, span) in enumerate(items):
        if role != "caption" or i == 0 or items[i - 1][0] != "title":
            continue
        line = norm[span.start : span.end]
        if layout.is_caption(line):
            continue  # a credit (图自越通社): a caption
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is not None and nxt[0] == "title" and _restates(line, norm[nxt[1].start : nxt[1].end]):
            continue
        out[i] = ("summary", span)
    # (a dated sentence with no title before it, "2025年9月1日,X会见了Y。", is that photo's caption too)
    opener = len(out) >= 3 and (
        out[-3][0] == "caption" or (out[-3][0] == "summary" and (len(out) == 3 or out[-4][0] == "summary"))
    )
    if opener and out[-1][0] == "title" and out[-2][0] == "title":
        # caption, title, then a line the crawl cut ("在中东地区军事冲突日益升"): a teaser with a
        # photo and a title goes on with its summary, the next teaser would open on its photo
        out[-1] = ("summary", out[-1][1])
    elif len(out) >= 2 and out[-1][0] == "title" and out[-2][0] == "title":
        # "值此2025年圣诞节来临之际,12月19日下午,越共中央政治局委": the list cut inside the last
        # teaser's summary, short enough to pass for a title; a clause comma tells it is a sentence
        last = norm[out[-1][1].start : out[-1][1].end]
        if _CUT_SENTENCE.search(last):
            out[-1] = ("summary", out[-1][1])
    return out


# a clause comma after a date or an opening phrase, then more words: a sentence, not a headline
_CUT_SENTENCE = re.compile(r"(?:日|月|年|上午|下午|晚|之际|期间|时)[,，][^,，]{2,}")


def _restates(a: str, b: str) -> bool:
    """Most of the shorter line's characters, in pairs, are in the longer one."""
    short, long_ = sorted((a.strip("。 "), b.strip("。 ")), key=len)
    pairs = {short[k : k + 2] for k in range(len(short) - 1)}
    return bool(pairs) and sum(p in long_ for p in pairs) / len(pairs) >= 0.5


def _bare_photo_label(line: str, title: str) -> bool:
    """``<title> ảnh 1`` with nothing after the label: a photo's alt text (the article's title),
    whose caption, if any, is printed on a line of its own. (A caption written before its label,
    ``范明政…举行欢迎仪式。ảnh 1``, is a caption line of its own.)"""
    labels = list(layout.PHOTO_LABEL.finditer(line))
    if not labels or line[labels[-1].end() :].strip():
        return False
    return layout.repeats_title(line[: labels[0].start()], title)


def _caption_below(line: str) -> bool:
    """The line under a bare photo label is that photo's caption: a caption by its credit, with no
    label of its own (a label would open the next photo)."""
    return bool(line.strip()) and layout.is_caption(line) and layout.PHOTO_LABEL.search(line) is None


def _caption_span(norm: str, ln: Line) -> Span:
    """A caption line often starts with the article title and ``ảnh N``: keep what follows."""
    labels = list(layout.PHOTO_LABEL.finditer(norm[ln.start : ln.end]))
    start = ln.start + labels[-1].end() if labels else ln.start
    return _trim(norm, start, ln.end) or Span(ln.start, ln.end)


def _read_body(doc: Document, paragraphs: list[Line]) -> None:
    # Drop the bare agency line(s) that follow the signature.
    while paragraphs and layout.BARE_AGENCY.match(paragraphs[-1].text):
        paragraphs = paragraphs[:-1]
    if not paragraphs:
        return
    dl_index = next((i for i, p in enumerate(paragraphs) if layout.DATELINE.match(p.text)), None)
    if dl_index is not None and dl_index > 2:  # a dateline deep in the text is a quote, not ours
        dl_index = None
    # a lead that opens on a dateline of its own, then the dateline paragraph: the second opens the body
    nxt = paragraphs[dl_index + 1].text if dl_index is not None and dl_index + 1 < len(paragraphs) else ""
    if dl_index is not None and dl_index < 2 and layout.DATELINE.match(nxt):
        dl_index += 1
    if dl_index is not None:
        if dl_index > 0:
            first = paragraphs[0]
            doc.lead = Span(first.start, paragraphs[dl_index - 1].end, "lead")
        p = paragraphs[dl_index]
        m = layout.DATELINE.match(p.text)
        assert m is not None
        doc.dateline = Span(p.start, p.start + m.end(), "dateline")
        if m.group("place"):
            doc.dateline_place = Span(p.start + m.start("place"), p.start + m.end("place"), "place")
        body = [Span(p.start + m.end(), p.end, "paragraph")] + [
            Span(q.start, q.end, "paragraph") for q in paragraphs[dl_index + 1 :]
        ]
    else:
        doc.lead = Span(paragraphs[0].start, paragraphs[0].end, "lead")
        lead_text = paragraphs[0].text
        # (the repeat opens the body: a paragraph deep in the article that says what the lead says,
        # as a closing sentence may, leaves the paragraphs before it in the body)
        repeat = next(
            (
                i
                for i, q in enumerate(paragraphs[1 : _REPEAT_WITHIN + 1], 1)
                if _repeats_lead(q.text, lead_text, next_to_it=i == 1)
            ),
            None,
        )
        start = repeat if repeat is not None else 0
        if repeat is not None:
            doc.meta["lead_restated"] = True
        if repeat is None and len(paragraphs) > 1 and any(
            paragraphs[0].end <= c.start and c.end <= paragraphs[1].start for c in doc.captions
        ):
            # "张晋创从9月28至30日对古巴进行正式访问。" / a photo's caption / "应…邀请,张晋创从9月28至
            # 30日…。值此之际,…": the summary above the page's photo is the lead, the body starts below it
            start = 1
        body = [Span(q.start, q.end, "paragraph") for q in paragraphs[start:]]
        rep = layout.REPORTER_DATELINE.match(paragraphs[start].text)
        if rep:
            s0 = paragraphs[start].start
            doc.dateline = Span(s0 + rep.start(), s0 + rep.end(), "dateline")
            doc.dateline_place = Span(s0 + rep.start("place"), s0 + rep.end("place"), "place")
    doc.body = _cut_signature(doc, [b for b in body if b.end > b.start])


_SPACE = re.compile(r"\s+")
_LEAD_MAX = 400
_REPEAT_WITHIN = 3  # paragraphs after the lead where its repeat may open the body
_LATIN_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z .'’-]{1,40}[)）]")


def _repeats_lead(text: str, lead: str, next_to_it: bool = False) -> bool:
    """The body's first paragraph repeats the lead, bare or after a reporter's dateline
    (``据越通社驻东京记者报道,`` + the lead): the lead above it is not part of the body.

    Right after the lead, the repetition may differ in spaces (``(Andrew Little)`` glued) or
    tell more (a time before it, a sentence after it): the lead is still a summary of it when
    nearly all of the lead is found, in order, in a paragraph at most three times as long.
    """
    if text == lead:
        return True
    rep = layout.BYLINE.match(text)
    body = text[rep.end() :] if rep else text
    if body.strip() == lead.strip():
        return True
    if not next_to_it:
        return False
    # the body's copy glosses names in Latin letters the lead leaves out (磅通(Kampongthom)、蒙多基里
    # (Mudulkiri)): compared without those brackets, unless the lead has them too
    a, b = _SPACE.sub("", lead), _SPACE.sub("", body)
    if not _LATIN_GLOSS.search(a):
        b = _LATIN_GLOSS.sub("", b)
    if len(a) < 20 or len(b) > 3 * len(a):
        return False
    if b.startswith(a.rstrip("。.")):
        return True
    if len(a) > _LEAD_MAX:  # a lead is a sentence or two; the matcher's cost grows with the square
        return False
    found = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(m.size for m in found if m.size >= 8) >= 0.9 * len(a)


def _cut_signature(doc: Document, body: list[Span]) -> list[Span]:
    """Cut ``(越通社——VNA)``/``(完)`` off the paragraph that ends the article; drop what follows."""
    norm = doc.norm
    for i, span in enumerate(body):
        m = layout.SIGNATURE.search(norm, span.start, span.end)
        if m and m.end() >= span.end:
            lead_space = len(m.group()) - len(m.group().lstrip())
            doc.signature = Span(m.start() + lead_space, span.end, "signature")
            kept = _trim(norm, span.start, m.start())
            return body[:i] + ([Span(kept.start, kept.end, "paragraph")] if kept else [])
    return _drop_cut_title_repeat(doc, body)


def _drop_cut_title_repeat(doc: Document, body: list[Span]) -> list[Span]:
    """A copy cut short inside a photo's ``<title> ảnh N<caption>`` line ends on the first part of
    the title (``政府副总理X会见亚洲开发银行副``): no paragraph of the article, the title told again."""
    if not body or doc.signature is not None or doc.title is None:
        return body
    title = _SPACE.sub("", doc.norm[doc.title.start : doc.title.end])
    last = _SPACE.sub("", doc.norm[body[-1].start : body[-1].end])
    if 6 <= len(last) < len(title) and title.startswith(last):
        return body[:-1]
    return body
