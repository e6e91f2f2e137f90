"""A Document as the plain record ``dyad extract`` prints and the store keeps.

The keys follow the shared gold SCHEMA ("What dyad extract prints"): doc, title, body,
captions, related, published, events; we add the parts' offsets, actors and times.
"""

from __future__ import annotations

from typing import Any

from dyad.document import Document, Span

__all__ = ["to_record"]


def _span(doc: Document, span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_dict(doc.text)


def _as_dict(item: Any, text: str) -> Any:
    to_dict = getattr(item, "to_dict", None)
    return to_dict(text) if callable(to_dict) else item


def to_record(doc: Document, name: str | None = None) -> dict[str, Any]:
    """The JSON-ready record of a document. ``name`` is the input path or URL (key ``doc``)."""
    return {
        "doc": name or doc.url or "",
        "url": doc.url,
        "format": doc.source_format,
        "title": doc.slice(doc.title),
        "lead": doc.slice(doc.lead) or None,
        "body": [doc.slice(s) for s in doc.body],
        "captions": [doc.slice(s) for s in doc.captions],
        "dateline": doc.slice(doc.dateline) or None,
        "dateline_place": doc.slice(doc.dateline_place) or None,
        "signature": doc.slice(doc.signature) or None,
        "related": [
            {
                "caption": doc.slice(t.caption) or None,
                "title": doc.slice(t.title) or None,
                "summary": doc.slice(t.summary) or None,
                "url": t.url,
            }
            for t in doc.teasers
        ],
        "published": doc.published,
        "spans": {
            "title": _span(doc, doc.title),
            "lead": _span(doc, doc.lead),
            "body": [_span(doc, s) for s in doc.body],
            "captions": [_span(doc, s) for s in doc.captions],
            "related": [
                {k: _span(doc, getattr(t, k)) for k in ("caption", "title", "summary")} for t in doc.teasers
            ],
        },
        "actors": [_as_dict(a, doc.text) for a in doc.actors],
        "times": [_as_dict(t, doc.text) for t in doc.times],
        "events": [_as_dict(e, doc.text) for e in doc.events],
        "stats": dict(doc.stats),
        "warnings": list(doc.warnings),
    }
