"""Turning stored text into safe HTML and CSV: highlighted article parts, snippets, links.

Pages hold whatever the crawl brought, ``<script>`` and ``javascript:`` URLs included. So
every piece of page text goes through ``markupsafe.escape`` on its way into HTML, the only
tags we emit are our own, and a URL from page data becomes a link only when it is http(s).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

__all__ = ["csv_text", "highlight", "safe_href", "safe_snippet", "url_path"]

# Kinds of highlight, in the order their classes are written (the CSS gives each a colour).
KINDS = ("evidence", "office", "actor", "date", "place", "amount", "trigger")


def safe_href(url: object) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host and no control characters, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > 2048 or any(ord(c) < 0x20 or c in "\x7f \\" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def url_path(value: object) -> str:
    """One path segment for an id (actor ids hold ``:`` and Chinese): percent-encoded."""
    return quote(str(value), safe="")


_MARK_TAG = re.compile(r"(</?mark>)")


def safe_snippet(snippet_html: str | None) -> Markup:
    """The store's snippet HTML reduced to text and ``<mark>`` tags, whatever it holds.

    Each piece between the tags is unescaped and escaped again, so nothing but ``<mark>``
    can come out as markup even if the snippet code changes.
    """
    import html as _html

    out: list[str] = []
    for piece in _MARK_TAG.split(snippet_html or ""):
        if piece in ("<mark>", "</mark>"):
            out.append(piece)
        else:
            out.append(str(escape(_html.unescape(piece))))
    return Markup("".join(out))


def _office_marks(text: str, start: int, end: int, offices: Iterable[str]) -> list[dict[str, Any]]:
    """Where the document's office titles stand in ``text[start:end]`` (longest first, no overlaps)."""
    found: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    part = text[start:end]
    for title in offices:
        if not title:
            continue
        pos = part.find(title)
        while pos >= 0:
            s, e = start + pos, start + pos + len(title)
            if all(e <= a or s >= b for a, b in taken):
                taken.append((s, e))
                found.append({"kind": "office", "start": s, "end": e, "label": title})
            pos = part.find(title, pos + len(title))
    return found


def highlight(
    text: str,
    start: int,
    end: int,
    marks: Iterable[dict[str, Any]],
    offices: Iterable[str] = (),
    *,
    link_actors: bool = True,
) -> Markup:
    """``text[start:end]`` as HTML, each stored span in it wrapped in a classed element.

    Spans may overlap (a trigger inside an evidence sentence, a date shared by events): the
    part is cut at every span boundary and each piece carries the classes of all spans that
    cover it, so the markup never nests. An actor piece links to the actor's page; an
    evidence piece lists its events in ``data-ev`` so the page can light up one event's
    sentence. Every text piece is escaped.
    """
    end = min(end, len(text))
    if start >= end:
        return Markup("")
    inside = [m for m in marks if m["start"] < end and m["end"] > start and m["end"] > m["start"]]
    inside += _office_marks(text, start, end, offices)
    cuts = sorted(
        {start, end, *(max(start, m["start"]) for m in inside), *(min(end, m["end"]) for m in inside)}
    )
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = escape(text[a:b])
        cover = [m for m in inside if m["start"] <= a and m["end"] >= b]
        if not cover:
            out.append(str(piece))
            continue
        kinds = {m["kind"] for m in cover}
        classes = " ".join(f"hl-{k}" for k in KINDS if k in kinds)
        attrs = [f'class="hl {classes}"']
        evidence = sorted({m["event_id"] for m in cover if m["kind"] == "evidence" and m.get("event_id")})
        if evidence:
            attrs.append(f'data-ev="{escape(" ".join(evidence))}"')
        triggers = sorted({m["event_id"] for m in cover if m["kind"] == "trigger" and m.get("event_id")})
        if triggers:
            attrs.append(f'data-event="{escape(triggers[0])}"')
        titles = []
        for m in cover:
            if m["kind"] in ("trigger", "place", "amount") and m.get("label"):
                titles.append(f"{m['kind']}: {m['label']}")
            elif m["kind"] == "date" and m.get("value"):
                titles.append(f"date: {m['value']}")
            elif m["kind"] == "office":
                titles.append("office")
        if titles:
            attrs.append(f'title="{escape("; ".join(dict.fromkeys(titles)))}"')
        actor = next((m.get("actor_id") for m in cover if m["kind"] == "actor" and m.get("actor_id")), None)
        if actor and link_actors:
            out.append(f'<a href="/actors/{escape(url_path(actor))}" {" ".join(attrs)}>{piece}</a>')
        else:
            out.append(f"<span {' '.join(attrs)}>{piece}</span>")
    return Markup("".join(out))


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value  # a spreadsheet must not run page text as a formula
    return value


def csv_text(rows: Iterable[dict[str, Any]], columns: list[str] | None = None) -> str:
    """Rows as CSV (header first); nested values as JSON; formula-like text defused."""
    rows = list(rows)
    if columns is None:
        columns = []
        for row in rows:
            columns += [k for k in row if k not in columns]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    return buf.getvalue()
