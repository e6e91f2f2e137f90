"""Worker-side work for one document: the record plus everything the writer must not compute.

``prepare`` runs in the ingest worker processes, next to ``dyad.extract``: it turns a
Document into a ``Prepared`` bundle (record, hashes, MinHash signature and band keys, search
tokens, matching keys) so the single writer process only executes SQL.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from dyad.document import Document
from dyad.record import to_record
from dyad.store import dedup
from dyad.store.search import index_text

__all__ = ["Failed", "Prepared", "content_hash", "prepare"]


def content_hash(data: bytes | str) -> str:
    """sha256 of the raw bytes (a str is hashed as its UTF-8 bytes): the unit of idempotence."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


@dataclass(slots=True)
class Prepared:
    """A document ready to write: the ``to_record`` JSON and its derived keys."""

    name: str
    source: str
    content_hash: str
    record: dict[str, Any]
    raw_text: str
    encoding: str | None
    fetched_at: str | None
    text_hash: str
    body: str
    extra: str
    title_key: str
    lead_key: str | None
    minhash: bytes | None
    bands: list[int]
    fts: tuple[str, str, str, str]
    event_fts: list[tuple[str, str]]  # (evidence, location) tokens
    teaser_keys: list[tuple[str | None, str | None]] = field(default_factory=list)


@dataclass(slots=True)
class Failed:
    """A page the pipeline refused (DyadInputError) or failed on, with the reason."""

    name: str
    source: str
    reason: str
    message: str
    content_hash: str | None = None


def prepare(
    doc: Document,
    name: str,
    *,
    digest: str | None = None,
    source: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Prepared:
    """Bundle ``doc`` for the writer. ``digest`` is the raw bytes' sha256 (else the text's)."""
    rec = to_record(doc, name=name)
    title = rec["title"] or ""
    lead = rec["lead"]
    body = "\n".join(rec["body"])
    extra_lines = list(rec["captions"])
    for t in rec["related"]:
        extra_lines += [v for v in (t.get("caption"), t.get("title"), t.get("summary")) if v]
    extra = "\n".join(extra_lines)
    text_hash, sig = dedup.page_keys(title, body)
    events = rec.get("events") or []
    return Prepared(
        name=name,
        source=source or name,
        content_hash=digest or content_hash(doc.text),
        record=rec,
        raw_text=doc.text,
        encoding=doc.meta.get("encoding"),
        fetched_at=(meta or doc.meta).get("fetched_at"),
        text_hash=text_hash,
        body=body,
        extra=extra,
        title_key=dedup.key(title) or "",
        lead_key=dedup.key(lead or (rec["body"][0] if rec["body"] else None), dedup.KEY_CHARS),
        minhash=sig.to_bytes() if sig else None,
        bands=sig.bands if sig else [],
        fts=(index_text(title), index_text(lead), index_text(body), index_text(extra)),
        event_fts=[
            (index_text((e.get("evidence") or {}).get("text")), index_text(e.get("location"))) for e in events
        ],
        teaser_keys=[
            (dedup.key(t.get("title")), dedup.key(t.get("summary"), dedup.KEY_CHARS)) for t in rec["related"]
        ],
    )
