"""The one pure pipeline: raw page -> Document -> actors, times, events. No I/O in here.

``extract`` is what the CLI, the HTTP API, the tests and the Spark job all call. Each stage
is a function over the Document, registered in ``STAGES`` in the order it must run, so a
stage can be tested alone and a later issue adds one by appending to the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from dyad.document import Document, DyadInputError
from dyad.ingest.decode import MAX_PAGE_BYTES, decode_page, looks_like_html
from dyad.ingest.textpage import parse_text_page

__all__ = ["MAX_ARTICLE_CHARS", "STAGES", "Stage", "extract", "parse_page"]

Stage = Callable[[Document], None]


def _default_stages() -> list[tuple[str, Stage]]:
    from dyad.extraction.actors import annotate_actors
    from dyad.extraction.events import annotate_events
    from dyad.extraction.times import annotate_times

    # Actors first: year inference from tenure needs the (person, office) pairs.
    return [("actors", annotate_actors), ("times", annotate_times), ("events", annotate_events)]


STAGES: list[tuple[str, Stage]] = _default_stages()

# The stages weigh each mention, date and trigger against others in its sentence or section,
# so their time grows faster than the text: the limit bounds the worst page (a crafted one,
# not an article) to seconds. The longest agency articles are ~20,000 characters.
MAX_ARTICLE_CHARS = 100_000
# A page lists ~5-20 teasers (更多); the stages look each one up among all of them, so a
# crafted page of 11,000 took minutes. Past this many, the rest are not read.
MAX_TEASERS = 200


def parse_page(
    page: bytes | str,
    url: str | None = None,
    meta: Mapping[str, Any] | None = None,
    *,
    max_bytes: int = MAX_PAGE_BYTES,
) -> Document:
    """Decode and cut a page into its parts (no extraction). Raises DyadInputError."""
    text, encoding = decode_page(page, max_bytes=max_bytes)
    if "\x00" in text:
        raise DyadInputError("binary", "page holds NUL characters: binary, not text")
    if looks_like_html(text):
        from dyad.ingest.htmlpage import parse_html_page

        doc = parse_html_page(text, url=url)
    else:
        doc = parse_text_page(text, url=url)
    if len(doc.teasers) > MAX_TEASERS:
        doc.warnings.append(f"{len(doc.teasers)} teasers: only the first {MAX_TEASERS} are read")
        doc.teasers = doc.teasers[:MAX_TEASERS]
    doc.meta = {**doc.meta, **dict(meta or {}), "encoding": encoding}  # keep what the reader noted
    published = _iso_day((meta or {}).get("published")) or _iso_day((meta or {}).get("fetched_date"))
    if doc.published is None and published:
        doc.published = published
    if (doc.title is None and doc.dateline is None) or not doc.body or not _has_cjk(doc):
        raise DyadInputError("not-an-article", "no title and Chinese body text found: not an article page")
    return doc


def _iso_day(value: object) -> str | None:
    """The caller's date when it is a real day (``2024-05-01``, or a timestamp that starts so):
    crawl metadata is untrusted text, and ``2024-13-01`` must not become a page's date."""
    head = value.strip()[:10] if isinstance(value, str) else ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", head):
        return None
    try:
        return date.fromisoformat(head).isoformat()
    except ValueError:
        return None


def _has_cjk(doc: Document) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for span in doc.body[:5] for ch in doc.slice(span)[:200])


def extract(
    page: bytes | str,
    url: str | None = None,
    meta: Mapping[str, Any] | None = None,
    *,
    max_bytes: int = MAX_PAGE_BYTES,
) -> Document:
    """Read one page (bytes or str, text dump or HTML) and run every extraction stage.

    ``meta`` may carry ``published`` (ISO date stated by the caller, e.g. crawl metadata).
    Raises ``DyadInputError`` (with ``.reason``) when the input is not a readable article.
    """
    doc = parse_page(page, url=url, meta=meta, max_bytes=max_bytes)
    if len(doc.text) > MAX_ARTICLE_CHARS:
        raise DyadInputError(
            "too-large", f"article text has {len(doc.text)} characters, over the limit {MAX_ARTICLE_CHARS}"
        )
    for _name, stage in STAGES:
        stage(doc)
    return doc
