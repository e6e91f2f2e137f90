"""Read an HTML page into a Document shaped like a text dump.

Known site layouts are data (``dyad/data/site_layouts.json``): CSS selectors for the title,
lead, body, figures, captions, date, canonical URL and the ``更多`` list. Any other page goes
through trafilatura and then the text-dump reader. Either way we *write* ``doc.text``
ourselves, as the plain-text rendering a crawler's text dump would hold (title, blank line,
lead, captions and paragraphs as blank-line separated lines, ``更多``, teasers), and record
every part's span while writing it. Downstream stages therefore see one shape whatever the
input format, and every span slices ``doc.text`` exactly.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import html as htmllib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any
from urllib.parse import urljoin, urlparse

from selectolax.lexbor import LexborHTMLParser, LexborNode

from dyad.document import Document, DyadInputError, Span, Teaser
from dyad.ingest import layout
from dyad.ingest.textpage import _photo_alt_titles, _repeats_lead, _undated_summaries, group_teasers

__all__ = ["Layout", "bounded_depth", "clean_text", "iso_date", "load_layouts", "parse_html_page"]

# Tags that end a line of text when a browser renders them; everything else is inline.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_CJK = re.compile(r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]")
_PHOTO_LABEL = layout.PHOTO_LABEL

# HTML tree builders (lexbor, libxml2) spend time quadratic in nesting depth: 10k levels
# parse in 0.2 s, 50k in 10 s, 200k in minutes. Real pages nest < 100 deep, so tags below
# _MAX_DEPTH are dropped (their text kept) before parsing. The exact scan runs only on pages
# with more than _SCAN_ABOVE tags: with fewer, the depth cannot do much harm.
_MAX_DEPTH = 2000
_SCAN_ABOVE = 5000
_TAG_MARK = re.compile(r"<(/?)[A-Za-z]")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
# AMP's image elements (``<amp-img src=… alt=…>``): read as <img>, so figures keep their image
# (trafilatura places the caption by the image's src; alt text stands in for a missing caption)
_AMP_IMAGE = re.compile(r"<(/?)amp-(?:img|anim)\b", re.I)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track"}
    | {"wbr"}
)


# --------------------------------------------------------------------------- layouts as data


@dataclass(frozen=True, slots=True)
class Layout:
    """One site layout: selector chains read from ``site_layouts.json``."""

    name: str
    hosts: tuple[str, ...]
    detect: str
    title: tuple[str, ...]
    lead: tuple[str, ...]
    body: tuple[str, ...]
    paragraph: str
    figure: str
    caption: tuple[str, ...]
    image_alt: str
    published: tuple[str, ...]
    canonical: tuple[str, ...]
    related: dict[str, Any] = field(default_factory=dict)
    skip: tuple[str, ...] = ()

    def matches_host(self, host: str | None) -> bool:
        return bool(host) and any(fnmatch.fnmatch(host or "", pat) for pat in self.hosts)


def _chain(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@lru_cache(maxsize=1)
def load_layouts() -> tuple[tuple[Layout, ...], tuple[str, ...]]:
    """The packaged layouts and the global drop list (cached: read once per process)."""
    raw = json.loads(resources.files("dyad.data").joinpath("site_layouts.json").read_text("utf-8"))
    layouts = tuple(
        Layout(
            name=item["name"],
            hosts=_chain(item.get("hosts")),
            detect=item["detect"],
            title=_chain(item["title"]),
            lead=_chain(item.get("lead")),
            body=_chain(item["body"]),
            paragraph=item.get("paragraph", "p"),
            figure=item.get("figure", "figure"),
            caption=_chain(item.get("caption", "figcaption")),
            image_alt=item.get("image_alt", "img@alt"),
            published=_chain(item.get("published")),
            canonical=_chain(item.get("canonical")),
            related=dict(item.get("related") or {}),
            skip=_chain(item.get("skip")),
        )
        for item in raw["layouts"]
    )
    return layouts, _chain(raw.get("drop"))


# --------------------------------------------------------------------------- text helpers


def _squeeze(m: re.Match[str]) -> str:
    """A white-space run becomes one space, or nothing where a line break sat between CJK."""
    s, a, b = m.string, m.start(), m.end()
    broken = "\n" in m.group() or "\r" in m.group()
    if broken and a > 0 and b < len(s) and _CJK.match(s[a - 1]) and _CJK.match(s[b]):
        return ""
    return " "


def clean_text(s: str) -> str:
    """One rendered line: entities unescaped (also double-escaped ones), NBSP folded, spaces squeezed."""
    if "&" in s and _ENTITY.search(s):
        s = htmllib.unescape(s)
    s = _ZERO_WIDTH.sub("", s)
    return _SPACES.sub(_squeeze, s).strip()


def iso_date(value: str | None) -> str | None:
    """The first date in a date-bearing value: ``2019-04-10T09:30:00+07:00``, ``10/04/2019``
    (Vietnamese day/month/year) or ``发布于 2021年11月2日`` -> ISO ``YYYY-MM-DD``."""
    if not value:
        return None
    if m := re.search(r"(?<!\d)(\d{4})(?:[-/.]|年\s*)(\d{1,2})(?:[-/.]|月\s*)(\d{1,2})(?!\d)", value):
        y, mo, d = (int(g) for g in m.groups())
    elif m := re.search(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)", value):
        d, mo, y = (int(g) for g in m.groups())
    else:
        return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _select(node: LexborNode, selector: str) -> str | None:
    """``sel`` gives the first match's text, ``sel@attr`` its attribute; None when absent."""
    sel, _, attr = selector.rpartition("@") if "@" in selector else (selector, "", "")
    hit = node.css_first(sel)
    if hit is None:
        return None
    value = hit.attributes.get(attr) if attr else _node_text(hit)
    value = clean_text(value or "")
    return value or None


def _first(node: LexborNode | None, chain: tuple[str, ...]) -> str | None:
    if node is None:
        return None
    for selector in chain:
        value = _select(node, selector)
        if value:
            return value
    return None


def _node_text(node: LexborNode) -> str:
    return node.text(deep=True, separator="")


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _ids(root: LexborNode, selector: str | tuple[str, ...]) -> set[int]:
    selector = selector if isinstance(selector, str) else ", ".join(selector)
    return {n.mem_id for n in root.css(selector)} if selector else set()


# --------------------------------------------------------------------------- the page model


@dataclass(slots=True)
class _Item:
    """A teaser as the layout found it: its parts, each optional."""

    caption: str | None = None
    title: str | None = None
    summary: str | None = None
    url: str | None = None


@dataclass(slots=True)
class _Page:
    """What a layout read, before the text-layout rules and the writing."""

    title: str | None = None
    lead: str | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # ("paragraph"|"caption", text)
    more: str | None = None
    items: list[_Item] = field(default_factory=list)
    published: str | None = None
    canonical: str | None = None
    layout: str = ""
    links: dict[str, str] = field(default_factory=dict)  # teaser line -> href, for guessed teasers
    roles: dict[str, str] = field(default_factory=dict)  # teaser line -> role its markup gives


class _Writer:
    """Writes blank-line separated lines and hands back the span of each."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def line(self, text: str, label: str = "") -> Span:
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return Span(start, self.pos, label)

    def text(self) -> str:
        return "".join(self.parts) + ("\n" if self.parts else "")


# --------------------------------------------------------------------------- reading a layout


def _caption_of(fig: LexborNode, lay: Layout, title: str | None) -> str | None:
    """A figure's caption: its caption element, else the image's alt text unless that is the title."""
    cap = _first(fig, lay.caption)
    if cap:
        return _strip_photo_label(cap, title)
    alt = _select(fig, lay.image_alt)
    if not alt or layout.IMAGE_FILE.match(alt):
        return None
    return _strip_photo_label(alt, title)


def _strip_photo_label(text: str, title: str | None) -> str | None:
    """Drop a leading ``<title> ảnh N`` (the CMS glues it to captions); None when nothing is left."""
    labels = list(_PHOTO_LABEL.finditer(text))
    if labels:
        last = labels[-1]
        text = text[last.end() :]
    elif title and text.startswith(title):
        text = text[len(title) :]
    text = text.strip()
    return text or None


def _body_blocks(
    body: LexborNode, lay: Layout, title: str | None, skip: set[int], after: int | None = None
) -> list[tuple[str, str]]:
    """Walk the body in document order (an explicit stack: 10k nested tags must not recurse).

    Figures give captions, paragraph elements give paragraphs (split at ``<br>``), loose text
    and inline tags between blocks form paragraphs of their own. With ``after`` (a node id),
    only what follows that node counts.
    """
    figures, captions, paragraphs = _ids(body, lay.figure), _ids(body, lay.caption), _ids(body, lay.paragraph)
    blocks: list[tuple[str, str]] = []
    buf: list[str] = []

    def flush() -> None:
        text = clean_text("".join(buf))
        buf.clear()
        if text:
            blocks.append(("paragraph", text))

    stack: list[LexborNode | None] = list(reversed(_children(body)))
    while stack:
        node = stack.pop()
        if node is None:  # end of a block element
            flush()
            continue
        tag = node.tag
        if tag == "-text":
            buf.append(node.text(deep=False))
            continue
        if not node.is_element_node or node.mem_id in skip:
            continue
        mid = node.mem_id
        if mid == after:
            blocks.clear()
            buf.clear()
            after = None
            continue
        if mid in figures or mid in captions:
            flush()
            cap = _caption_of(node, lay, title) if mid in figures else _strip_photo_label(
                clean_text(_node_text(node)), title
            )
            if cap:
                blocks.append(("caption", cap))
            continue
        if tag == "br":
            flush()
            continue
        block = mid in paragraphs or tag in _BLOCK_TAGS
        if block:
            flush()
            stack.append(None)
        stack.extend(reversed(_children(node)))
    flush()
    return [] if after is not None else blocks


def _related(
    tree: LexborHTMLParser, spec: dict[str, Any]
) -> tuple[LexborNode | None, str | None, list[_Item]]:
    section = None
    for sel in _chain(spec.get("section")):
        section = tree.css_first(sel)
        if section is not None:
            break
    if section is None:
        return None, None, []
    heading = _first(section, _chain(spec.get("heading")))
    items: list[_Item] = []
    taken: set[int] = set()
    for node in section.css(spec.get("item", "article")):
        if node.mem_id in taken:  # lexbor lists a node once per selector of a list it matches
            continue
        parent, nested = node.parent, False
        for _ in range(8):  # an item inside an item already taken (li in article.story)
            if parent is None:
                break
            if parent.mem_id in taken:
                nested = True
                break
            parent = parent.parent
        if nested:
            continue
        taken.add(node.mem_id)
        item = _Item(
            caption=_first(node, _chain(spec.get("caption"))),
            title=_first(node, _chain(spec.get("title"))),
            summary=_first(node, _chain(spec.get("summary"))),
            url=_first(node, _chain(spec.get("link"))),
        )
        if item.caption and (item.caption == item.title or layout.IMAGE_FILE.match(item.caption)):
            item.caption = None
        if item.summary and item.summary == item.title:
            item.summary = None
        if item.title is None:
            item.title, item.caption = item.caption, None
        if item.title:
            items.append(item)
    return section, heading, items


def _read_layout(tree: LexborHTMLParser, lay: Layout) -> _Page | None:
    """Read a page with one layout; None when the layout's title or body is not there."""
    root = tree.root
    if root is None or tree.css_first(lay.detect) is None:
        return None
    body = next((n for sel in lay.body if (n := tree.css_first(sel)) is not None), None)
    title = _first(root, lay.title)
    if body is None or not title:
        return None
    page = _Page(title=title, layout=lay.name)
    page.lead = _first(root, lay.lead)
    section, heading, page.items = _related(tree, lay.related)
    skip = _ids(body, lay.skip)
    if section is not None:
        skip.add(section.mem_id)
    page.blocks = _body_blocks(body, lay, title, skip)
    if page.items:
        page.more = heading if heading and layout.MORE_MARKER.match(heading) else "更多"
    page.published = next((d for sel in lay.published if (d := iso_date(_select(root, sel)))), None)
    page.canonical = _first(root, lay.canonical)
    return page


# --------------------------------------------------------------------------- writing the Document


def _render(page: _Page, url: str | None) -> Document:
    """Apply the text-layout rules to the blocks and write the text, recording spans."""
    w = _Writer()
    title = w.line(page.title or "", "title")
    if page.lead and page.title and layout.repeats_title(page.lead, page.title):
        page.lead = None  # a headline repeated in the summary slot: no lead
    lead = w.line(page.lead, "lead") if page.lead else None

    # Layout rules on the main blocks: inline links and file names go, caption-like lines
    # are captions, a 更多 marker inside the body starts the teasers.
    main: list[tuple[str, str]] = []
    loose: list[str] = []
    for i, (role, text) in enumerate(page.blocks):
        if role == "paragraph" and not main and page.title and layout.repeats_title(text, page.title):
            continue  # the headline printed again at the top of the body
        if role == "paragraph" and layout.MORE_MARKER.match(text):
            loose = [t for _, t in page.blocks[i + 1 :]]
            break
        if role == "paragraph" and (layout.IMAGE_FILE.match(text) or layout.INLINE_LINK.match(text)):
            continue
        if role == "paragraph" and layout.is_caption(text):
            role, text = "caption", _strip_photo_label(text, page.title) or text
        main.append((role, text))
    while main and main[-1][0] == "paragraph" and layout.BARE_AGENCY.match(main[-1][1]):
        main.pop()

    paras = [i for i, (role, _) in enumerate(main) if role == "paragraph"]
    dl = next((k for k, i in enumerate(paras[:3]) if layout.DATELINE.match(main[i][1])), None)
    before = set(paras[:dl]) if dl is not None else set()
    if dl is None and lead is None and len(paras) > 1:
        # no dateline and no lead element (a page trafilatura read): as in a text dump, a first
        # paragraph that a later one repeats (bare or after a reporter's byline) is the lead
        first = main[paras[0]][1]
        rep = next((k for k, i in enumerate(paras[1:], 1) if _repeats_lead(main[i][1], first, next_to_it=k == 1)), None)
        if rep is not None:
            before = set(paras[:rep])
    warnings: list[str] = []
    captions: list[Span] = []
    body: list[Span] = []
    lead_parts: list[Span] = []
    dateline = place = signature = None
    signed = False
    for i, (role, text) in enumerate(main):
        if role == "caption":
            captions.append(w.line(text, "caption"))
            continue
        span = w.line(text)
        if i in before:
            if lead is None:
                lead_parts.append(span)
            else:
                warnings.append("text before the dateline left out of the body")
            continue
        if signed:  # after the signature: editor's notes, not the article
            continue
        start, end = span.start, span.end
        if dl is not None and i == paras[dl]:
            m = layout.DATELINE.match(text)
            assert m is not None
            dateline = Span(start, start + m.end(), "dateline")
            if m.group("place"):
                place = Span(start + m.start("place"), start + m.end("place"), "place")
            start += m.end()
        elif not body and dateline is None and (rep := layout.REPORTER_DATELINE.match(text)):
            dateline = Span(start + rep.start(), start + rep.end(), "dateline")
            place = Span(start + rep.start("place"), start + rep.end("place"), "place")
        sig = layout.SIGNATURE.search(text)
        if sig and sig.end() >= len(text):
            s0 = span.start + sig.start()
            signature = Span(s0 + len(sig.group()) - len(sig.group().lstrip()), span.end, "signature")
            end, signed = s0, True
        trimmed = _trim(text, span.start, start, end)
        if trimmed is not None:
            body.append(trimmed)
    if lead is None and lead_parts:
        lead = Span(lead_parts[0].start, lead_parts[-1].end, "lead")

    teasers: list[Teaser] = []
    if page.items or loose:
        w.line(page.more or "更多")
        for item in page.items:
            teasers.append(
                Teaser(
                    caption=w.line(item.caption, "caption") if item.caption else None,
                    title=w.line(item.title, "title") if item.title else None,
                    summary=w.line(item.summary, "summary") if item.summary else None,
                    url=_link(item.url, url or page.canonical),
                )
            )
        loose = [t for t in loose if not layout.IMAGE_FILE.match(t)]
        written = {(sp := w.line(t)).start: (t, sp) for t in loose}
        # a line printed twice (a photo's caption repeating the headline) is one text with two
        # roles: the markup's role, keyed by text, cannot tell them apart, so the text rules do
        once = {t for t, n in Counter(loose).items() if n == 1}
        guessed = [
            ((page.roles.get(t) if t in once else None) or layout.classify_teaser_line(t), sp)
            for t, sp in written.values()
        ]
        # then the text dump's rules on the list: a headline printed twice is a photo's text and
        # the headline of one teaser; a short undated sentence after a headline is its summary
        so_far = "".join(w.parts)
        guessed = _undated_summaries(so_far, _photo_alt_titles(so_far, guessed))
        for teaser in group_teasers(guessed):
            if teaser.title is not None:
                line_text = written[teaser.title.start][0]
                teaser.url = _link(page.links.get(line_text), url or page.canonical)
            teasers.append(teaser)

    text = w.text()
    doc = Document(
        text=text,
        url=url or page.canonical,
        source_format="html",
        title=title if page.title else None,
        lead=lead,
        captions=captions,
        dateline=dateline,
        dateline_place=place,
        body=body,
        signature=signature,
        teasers=teasers,
        published=page.published,
        warnings=warnings,
    )
    doc.meta["layout"] = page.layout
    return doc


def _trim(text: str, base: int, start: int, end: int) -> Span | None:
    """The paragraph span ``[start, end)`` (absolute offsets) without its edge white space."""
    while start < end and text[start - base].isspace():
        start += 1
    while end > start and text[end - 1 - base].isspace():
        end -= 1
    return Span(start, end, "paragraph") if end > start else None


def _link(href: str | None, base: str | None) -> str | None:
    if not href or href.startswith(("javascript:", "#", "mailto:")):
        return None
    return _join(base, href) if base else href


def _join(base: str, href: str) -> str | None:
    """``urljoin``, or None for what urllib refuses (``http://[x``: "Invalid IPv6 URL")."""
    try:
        return urljoin(base, href)
    except ValueError:
        return None


# --------------------------------------------------------------------------- the fallback


_IMAGE_LINE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)[^)]*\)$")


def _generic() -> Layout:
    """The selectors used on pages no layout fits (the ``generic`` entry of the data file)."""
    layouts, _ = load_layouts()
    return next(lay for lay in layouts if lay.name == "generic")


def _captions_by_src(
    tree: LexborHTMLParser, lay: Layout, title: str | None, base: str | None
) -> dict[str, str]:
    """Figure captions keyed by their image's src (as written and resolved against the page URL),
    to put back where trafilatura left the image."""
    out: dict[str, str] = {}
    for fig in tree.css(lay.figure):
        img = fig.css_first("img")
        src = (img.attributes.get("src") or "").strip() if img is not None else ""
        cap = _caption_of(fig, lay, title) if src else None
        if cap:
            out.setdefault(src, cap)
            joined = _join(base, src) if base else None
            if joined:
                out.setdefault(joined, cap)
    return out


_ROLE_TAGS = "h2, h3, h4, h5, h6, figcaption"


def _link_only(node: LexborNode, text: str) -> bool:
    """Whether the element's whole text is that of one link (a headline in a print view's list)."""
    links = node.css("a")
    return len(links) == 1 and clean_text(_node_text(links[0])) == text


def _markup_roles(box: LexborNode, marker: LexborNode) -> dict[str, str]:
    """Teaser roles the list's markup states, keyed by line text: a heading (other than the
    list's own) or a paragraph that is one link is a headline, the paragraph right after it its summary, a
    ``figcaption`` a caption. Lines the markup says nothing of are left to the text rules, which
    take a summary the site cut short (no full stop) for a headline of its own."""
    roles: dict[str, str] = {}
    for node in box.css(_ROLE_TAGS + ", p"):
        if node.mem_id == marker.mem_id:
            continue
        text = clean_text(_node_text(node))
        if not text or layout.MORE_MARKER.match(text):
            continue
        if node.tag == "p" and not _link_only(node, text):
            continue
        if node.tag == "figcaption":
            roles.setdefault(text, "caption")
            continue
        roles.setdefault(text, "title")
        sib = node.next
        while sib is not None and sib.tag == "-text" and not (sib.text(deep=False) or "").strip():
            sib = sib.next
        if sib is not None and sib.tag in ("p", "div") and not sib.css_first(_ROLE_TAGS):
            summary = clean_text(_node_text(sib))
            if summary and not _link_only(sib, summary):
                roles.setdefault(summary, "summary")
    return roles


def _generic_more(
    tree: LexborHTMLParser, lay: Layout, title: str | None
) -> tuple[str | None, list[str], dict[str, str], dict[str, str]]:
    """A ``更多``-like heading, the lines of the list under it, the links found there, keyed by
    their text, and the roles the list's markup gives its lines (the rest left to the text rules)."""
    for marker in tree.css(lay.related.get("heading", "h2, h3, h4")):
        heading = clean_text(_node_text(marker))
        if not layout.MORE_MARKER.match(heading):
            continue
        box, inner = marker.parent, marker
        for _ in range(3):
            if box is None:
                break
            lines = [t for _, t in _body_blocks(box, lay, title, set(), after=marker.mem_id)]
            if lines:
                anchors = box.css("a[href]")
                links = {clean_text(_node_text(a)): a.attributes.get("href") or "" for a in anchors}
                return heading, lines, links, _markup_roles(box, marker)
            if any(c.mem_id != inner.mem_id and c.tag in _BLOCK_TAGS for c in _children(box)):
                # the heading's box holds an empty list (filled by script in a browser):
                # what follows the box (footer, side bar) is no teaser
                break
            box, inner = box.parent, box
    return None, [], {}, {}


@lru_cache(maxsize=1)
def _trafilatura_config() -> Any:
    """trafilatura's defaults are tuned for Latin-script pages: 250 extracted characters is a
    whole Chinese news item, below which it falls back to one run-on line. No SIGALRM timeout
    either (it cannot work off the main thread and would fire inside a worker's other code)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "40")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "10")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


# trafilatura's time grows with the page's elements, and that of its justext fallback with
# their square: 10,000 empty <div>s took 12 s, 40,000 three minutes. Past FAST_ABOVE elements
# the fallbacks are skipped; past MAX_ELEMENTS a page no layout fits is refused. News pages
# have a few thousand.
FAST_ABOVE = 3_000
MAX_ELEMENTS = 20_000


def _via_trafilatura(tree: LexborHTMLParser, html: str, url: str | None) -> Document:
    """A page no layout fits: trafilatura finds the article, then the same text rules cut it.

    trafilatura drops figure captions and the ``更多`` list; we put captions back where it left
    the image (matched by src) and read a list under a ``更多`` heading ourselves.
    """
    import trafilatura

    elements = sum(1 for _ in tree.root.traverse()) if tree.root is not None else 0
    if elements > MAX_ELEMENTS:
        raise DyadInputError(
            "too-large", f"{elements} HTML elements and no known layout: over the limit {MAX_ELEMENTS}"
        )
    try:
        res = trafilatura.bare_extraction(
            html,
            url=url,
            fast=elements > FAST_ABOVE,
            config=_trafilatura_config(),
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (RecursionError, ValueError, TypeError, AttributeError, IndexError, AssertionError):
        # malformed beyond what trafilatura survives: no article found (``<math><html>`` makes
        # htmldate drop a parentless element, and lxml's ``drop_tree`` asserts)
        res = None
    if res is None:
        return Document(text="", url=url, source_format="html")
    get = res.get if isinstance(res, dict) else lambda k: getattr(res, k, None)
    lay = _generic()
    title = clean_text(get("title") or "") or None
    by_src = _captions_by_src(tree, lay, title, url)
    more, loose, page_links, roles = _generic_more(tree, lay, title)
    teaser_lines = set(loose)
    published = next((d for sel in lay.published if (d := iso_date(_select(tree.root, sel)))), None)
    page = _Page(title=title, more=more, published=published or iso_date(get("date")), layout="trafilatura")
    page.links, page.roles = page_links, roles
    page.canonical = get("url") or None
    for raw in (get("text") or "").splitlines():
        line = clean_text(raw)
        image = _IMAGE_LINE.match(line)
        if image:
            cap = by_src.get(image.group("src")) or _strip_photo_label(clean_text(image.group("alt")), title)
            if cap and cap != title and not layout.IMAGE_FILE.match(cap):
                page.blocks.append(("caption", cap))
        elif line and line != title and line not in teaser_lines:
            page.blocks.append(("paragraph", line))
    if loose:  # the list as read from the markup, in place of what trafilatura kept of it
        cut = next((i for i, (_, t) in enumerate(page.blocks) if layout.MORE_MARKER.match(t)), len(page.blocks))
        page.blocks = page.blocks[:cut] + [("paragraph", more or "更多")] + [("paragraph", t) for t in loose]
    if not title:
        return Document(text="", url=url or page.canonical, source_format="html")
    return _render(page, url)


# --------------------------------------------------------------------------- entry point


def _choose(tree: LexborHTMLParser, host: str | None) -> _Page | None:
    """Layouts whose hosts match the URL are tried first, then the rest; detection decides."""
    layouts, _ = load_layouts()
    ordered = sorted(layouts, key=lambda lay: not lay.matches_host(host))
    for lay in ordered:
        if lay.name == "generic":
            continue
        page = _read_layout(tree, lay)
        if page is not None and any(role == "paragraph" for role, _ in page.blocks):
            return page
    return None


def bounded_depth(html: str) -> str:
    """The page with tags nested deeper than ``_MAX_DEPTH`` removed (text kept), so parsing
    stays linear; pages that nest less come back unchanged (the usual case, at no cost)."""
    if html.count("<") <= _SCAN_ABOVE:
        return html
    if max(accumulate(-1 if close else 1 for close in _TAG_MARK.findall(html)), default=0) <= _MAX_DEPTH:
        return html  # an upper bound (void tags count as opened): no exact scan needed
    out: list[str] = []
    last = depth = 0
    for m in _TAG.finditer(html):
        if m.group(2).lower() in _VOID or m.group().endswith("/>"):
            continue
        if m.group(1):
            drop, depth = depth > _MAX_DEPTH, max(0, depth - 1)
        else:
            depth += 1
            drop = depth > _MAX_DEPTH
        if drop:
            out.append(html[last : m.start()])
            last = m.end()
    out.append(html[last:])
    return "".join(out)


def parse_html_page(html: str, url: str | None = None) -> Document:
    """Cut an HTML page into title, lead, captions, dateline, body, signature and teasers.

    Never raises for odd markup: a page with no article gives a Document without body, which
    ``dyad.pipeline.parse_page`` turns into ``DyadInputError("not-an-article")``.
    """
    html = bounded_depth(html)
    if "amp-" in html:  # AMP pages: <amp-img> is an image to every reader below
        html = _AMP_IMAGE.sub(r"<\1img", html)
    tree = LexborHTMLParser(html)
    _, drop = load_layouts()
    if drop:
        for node in reversed(tree.css(", ".join(drop))):  # innermost first: no freed parents touched
            node.decompose()
    try:
        host = urlparse(url).hostname if url else None
    except ValueError:  # the caller's URL is untrusted too: http://[x
        host = None
    page = _choose(tree, host)
    if page is None:
        return _via_trafilatura(tree, html, url)
    return _render(page, url)
