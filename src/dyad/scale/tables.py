"""A record cut into flat table rows, with the schemas the Parquet tables are written with.

``to_record`` gives one nested dict per page; analysts and the SQL engines want flat tables
(documents, actors, events, participants, errors). The schemas are declared here once, as
plain ``(name, type)`` lists, and turned into Spark or Arrow schemas where needed, so a
table never takes a type Spark inferred from whatever the first partition held.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from dyad.document import DyadInputError
from dyad.scale.sources import PageInput, SourceError

__all__ = [
    "SCHEMAS",
    "TABLES",
    "PageResult",
    "as_tuple",
    "build_tables",
    "content_hash",
    "event_month",
    "prepared_from_row",
    "prepared_row",
    "process_item",
    "process_page",
    "record_rows",
    "text_hash",
]

DOCUMENTS = [
    ("doc_key", "string"),  # the join key of the tables: one per input item (see _doc_key)
    ("doc", "string"),  # the record's name: path or URL
    ("url", "string"),
    ("source", "string"),  # the file the page came from (page file, JSONL, WARC)
    ("fetched_at", "string"),
    ("format", "string"),
    ("title", "string"),
    ("published", "string"),
    ("lead", "string"),
    ("dateline_place", "string"),
    ("body_text", "string"),  # paragraphs joined by newlines
    ("n_paragraphs", "int"),
    ("n_captions", "int"),
    ("n_related", "int"),
    ("n_actors", "int"),
    ("n_events", "int"),
    ("n_chars", "int"),
    ("content_hash", "string"),  # sha256 of the raw page bytes (as the store's documents.content_hash)
    ("text_hash", "string"),  # sha256 of title + body (the store's text_hash): what dedup compares
    ("encoding", "string"),
    ("warnings", "array<string>"),
]
ACTORS = [
    ("doc_key", "string"),
    ("doc", "string"),
    ("actor_id", "string"),
    ("name", "string"),
    ("kind", "string"),
    ("country", "string"),
    ("sector", "string"),
    ("latin", "string"),
    ("reading", "string"),
    ("aliases", "array<string>"),
    ("offices", "array<string>"),
    ("n_mentions", "int"),
]
EVENTS = [
    ("doc_key", "string"),
    ("doc", "string"),
    ("event_uid", "string"),  # doc + "#" + the event's id in its document
    ("event_id", "string"),
    ("section", "string"),
    ("teaser", "int"),
    ("type", "string"),
    ("mode", "string"),
    ("cameo", "string"),
    ("date", "string"),
    ("date_start", "string"),
    ("date_end", "string"),
    ("date_precision", "string"),
    ("date_basis", "string"),
    ("location", "string"),
    ("location_country", "string"),
    ("amount_value", "double"),
    ("amount_currency", "string"),
    ("planned", "boolean"),
    ("parent", "string"),
    ("confidence", "double"),
    ("evidence_text", "string"),
    ("evidence_start", "int"),
    ("evidence_end", "int"),
    ("cluster_id", "string"),  # filled by the clustering pass
    ("event_month", "string"),  # YYYY-MM of date_start, or "unknown": the partition column
]
PARTICIPANTS = [
    ("doc_key", "string"),
    ("doc", "string"),
    ("event_uid", "string"),
    ("role", "string"),  # source | target
    ("position", "int"),
    ("name", "string"),
    ("latin", "string"),
    ("title", "string"),
    ("country", "string"),
    ("kind", "string"),
    ("sector", "string"),
    ("actor_id", "string"),
]
ERRORS = [
    ("source", "string"),
    ("doc", "string"),
    ("reason", "string"),
    ("message", "string"),
]
# The store's ``Prepared`` bundle (dyad.store.prepare), made by the executors next to
# dyad.extract so `dyad load` only runs the store's SQL: the MinHash and search tokens of
# millions of pages are then computed on the cluster, not in the one process that writes.
# The bundle is kept as JSON, not as columns: it is the store's internal format and changes
# with it, while this table's schema must not.
PREPARED = [
    ("doc_key", "string"),
    ("name", "string"),
    ("source", "string"),
    ("content_hash", "string"),
    ("text_hash", "string"),
    ("dyad_version", "string"),  # the bundle is read back by the same version of the store
    ("bundle", "string"),  # JSON of every Prepared field (bytes as {"__bytes__": base64})
]
DUPLICATES = [
    ("doc", "string"),
    ("source", "string"),
    ("kept_doc", "string"),
    ("why", "string"),  # same-content | same-name
    ("content_hash", "string"),  # its raw bytes: equal to the kept copy's, it loads as another name
]

SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "documents": DOCUMENTS,
    "actors": ACTORS,
    "events": EVENTS,
    "participants": PARTICIPANTS,
    "errors": ERRORS,
    "duplicates": DUPLICATES,
    "prepared": PREPARED,
}
TABLES = tuple(SCHEMAS)

_PARTICIPANT_KEYS = ("name", "latin", "title", "country", "kind", "sector", "actor_id")
_MONTH = re.compile(r"^(\d{4})-(\d{2})")


@dataclass(slots=True)
class PageResult:
    """What one input item gives: a document with its child rows, or one error row."""

    document: dict[str, Any] | None = None
    actors: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)
    prepared: dict[str, Any] | None = None
    error: dict[str, Any] | None = None


def content_hash(page: bytes | str) -> str:
    """sha256 of the raw page, as the store computes it (a str page as its UTF-8 bytes)."""
    data = page.encode("utf-8") if isinstance(page, str) else page
    return hashlib.sha256(data).hexdigest()


def text_hash(record: dict[str, Any]) -> str:
    """The article's identity: title and body, width-folded, without spaces (the store's key).

    Teasers, captions and page chrome change between fetches of one article, and the same
    article comes as HTML and as a text dump; the title and the body do not change, so all
    copies of one story hash the same.
    """
    from dyad.store.dedup import text_hash as store_text_hash

    body = [p for p in record.get("body") or [] if isinstance(p, str)]
    return store_text_hash(record.get("title") or "", "\n".join(body))


def event_month(date_start: Any) -> str:
    """``YYYY-MM`` of an ISO date, or ``unknown``: the events table's partition value."""
    m = _MONTH.match(date_start) if isinstance(date_start, str) else None
    return f"{m.group(1)}-{m.group(2)}" if m and 1 <= int(m.group(2)) <= 12 else "unknown"


def _doc_key(item: PageInput, doc: str) -> str:
    """One key per input item: the same URL fetched twice into one WARC gives two keys.

    Only a byte-identical copy with the same fetch time shares a key (it has the same rows).
    """
    parts = (item.source, doc, content_hash(item.page), item.fetched_at or "")
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()[:20]


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _document_row(record: dict[str, Any], item: PageInput, key: str) -> dict[str, Any]:
    body = [p for p in record.get("body") or [] if isinstance(p, str)]
    body_text = "\n".join(body)
    return {
        "doc_key": key,
        "doc": record["doc"],
        "url": _str(record.get("url")),
        "source": item.source,
        "fetched_at": item.fetched_at,
        "format": _str(record.get("format")),
        "title": _str(record.get("title")),
        "published": _str(record.get("published")),
        "lead": _str(record.get("lead")),
        "dateline_place": _str(record.get("dateline_place")),
        "body_text": body_text,
        "n_paragraphs": len(body),
        "n_captions": len(record.get("captions") or []),
        "n_related": len(record.get("related") or []),
        "n_actors": len(record.get("actors") or []),
        "n_events": len(record.get("events") or []),
        "n_chars": len(body_text),
        "content_hash": content_hash(item.page),
        "text_hash": text_hash(record),
        "encoding": None,
        "warnings": [str(w) for w in record.get("warnings") or []],
    }


def _actor_row(actor: dict[str, Any], doc: str, key: str) -> dict[str, Any]:
    offices = [o.get("title") for o in actor.get("offices") or [] if isinstance(o, dict)]
    return {
        "doc_key": key,
        "doc": doc,
        "actor_id": _str(actor.get("id")),
        "name": _str(actor.get("name")),
        "kind": _str(actor.get("kind")),
        "country": _str(actor.get("country")),
        "sector": _str(actor.get("sector")),
        "latin": _str(actor.get("latin")),
        "reading": _str(actor.get("reading")),
        "aliases": [str(a) for a in actor.get("aliases") or []],
        "offices": [str(t) for t in offices if t],
        "n_mentions": len(actor.get("mentions") or []),
    }


def _event_row(event: dict[str, Any], index: int, doc: str, key: str) -> dict[str, Any]:
    amount = event.get("amount") if isinstance(event.get("amount"), dict) else {}
    evidence = event.get("evidence") if isinstance(event.get("evidence"), dict) else {}
    value = amount.get("value")
    confidence = event.get("confidence")
    event_id = str(event.get("id") or f"e{index}")
    return {
        "doc_key": key,
        "doc": doc,
        "event_uid": f"{doc}#{event_id}",
        "event_id": event_id,
        "section": _str(event.get("section")),
        "teaser": _int(event.get("teaser")),
        "type": _str(event.get("type")),
        "mode": _str(event.get("mode")),
        "cameo": _str(event.get("cameo")),
        "date": _str(event.get("date")),
        "date_start": _str(event.get("date_start")),
        "date_end": _str(event.get("date_end")),
        "date_precision": _str(event.get("date_precision")),
        "date_basis": _str(event.get("date_basis")),
        "location": _str(event.get("location")),
        "location_country": _str(event.get("location_country")),
        "amount_value": float(value) if _number(value) else None,
        "amount_currency": _str(amount.get("currency")),
        "planned": bool(event.get("planned", False)),
        "parent": _str(event.get("parent")),
        "confidence": float(confidence) if _number(confidence) else None,
        "evidence_text": _str(evidence.get("text")),
        "evidence_start": _int(evidence.get("start")),
        "evidence_end": _int(evidence.get("end")),
        "cluster_id": None,
        "event_month": event_month(event.get("date_start")),
    }


def _participant_rows(event: dict[str, Any], uid: str, doc: str, key: str) -> list[dict[str, Any]]:
    rows = []
    for role in ("source", "target"):
        for position, p in enumerate(event.get(role) or []):
            if not isinstance(p, dict):
                continue
            rows.append({
                "doc_key": key,
                "doc": doc,
                "event_uid": uid,
                "role": role,
                "position": position,
                **{k: _str(p.get(k)) for k in _PARTICIPANT_KEYS},
            })
    return rows


def record_rows(record: dict[str, Any], item: PageInput, prepared: Any = None) -> PageResult:
    """Flatten one ``to_record`` dict (and the store's bundle for it) into every table's rows."""
    key = _doc_key(item, record["doc"])
    doc = record["doc"]
    result = PageResult(document=_document_row(record, item, key))
    if prepared is not None:
        result.document["encoding"] = prepared.encoding
        result.prepared = prepared_row(prepared, key)
    result.actors = [_actor_row(a, doc, key) for a in record.get("actors") or [] if isinstance(a, dict)]
    for i, event in enumerate(e for e in record.get("events") or [] if isinstance(e, dict)):
        row = _event_row(event, i, doc, key)
        result.events.append(row)
        result.participants += _participant_rows(event, row["event_uid"], doc, key)
    return result


def prepared_row(prepared: Any, key: str) -> dict[str, Any]:
    """The store's ``Prepared`` as a row of the ``prepared`` table (``prepared_from_row`` undoes it)."""
    from dataclasses import asdict

    import dyad

    return {
        "doc_key": key,
        "name": prepared.name,
        "source": prepared.source,
        "content_hash": prepared.content_hash,
        "text_hash": prepared.text_hash,
        "dyad_version": dyad.__version__,
        "bundle": json.dumps(asdict(prepared), ensure_ascii=False, default=_encode_bytes),
    }


def _encode_bytes(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"__bytes__": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"cannot store {type(value).__name__} in a prepared bundle")


def _decode_bytes(obj: dict[str, Any]) -> Any:
    return base64.b64decode(obj["__bytes__"]) if set(obj) == {"__bytes__"} else obj


def prepared_from_row(row: dict[str, Any]) -> Any:
    """A ``prepared`` table row back to the store's ``Prepared``, ready for its writer.

    JSON turns tuples into lists; the writer only indexes and unpacks them, which lists
    support, and the record inside is exactly the dict ``to_record`` returned.
    """
    from dataclasses import fields

    from dyad.store.prepare import Prepared

    values = json.loads(row["bundle"], object_hook=_decode_bytes)
    wanted = {f.name for f in fields(Prepared)}
    return Prepared(**{k: v for k, v in values.items() if k in wanted})


def _error(source: str, doc: str | None, reason: str, message: str) -> PageResult:
    return PageResult(error={"source": source, "doc": doc, "reason": reason, "message": message[:500]})


def process_page(item: PageInput) -> PageResult:
    """``dyad.extract`` and the store's ``prepare`` on one page; any failure is an error row.

    ``prepare`` calls ``to_record``, so the record is the one ``dyad extract`` prints and the
    one ``dyad ingest`` stores. Anything other than ``DyadInputError`` is a bug of ours, but
    a batch over millions of pages must finish: it is kept as reason ``crash:<Exception>``.
    """
    from dyad.pipeline import extract
    from dyad.store.prepare import prepare

    try:
        doc = extract(item.page, url=item.url, meta=item.meta)
        prepared = prepare(doc, item.name, digest=content_hash(item.page), source=item.source, meta=item.meta)
    except DyadInputError as exc:
        return _error(item.source, item.name, exc.reason, str(exc))
    except Exception as exc:
        return _error(item.source, item.name, f"crash:{type(exc).__name__}", str(exc))
    return record_rows(prepared.record, item, prepared)


def process_item(item: PageInput | SourceError) -> PageResult:
    """A page or an input error, as table rows."""
    if isinstance(item, SourceError):
        return _error(item.source, item.name, item.reason, item.message)
    return process_page(item)


def as_tuple(table: str, row: dict[str, Any] | None) -> tuple[Any, ...] | None:
    """A row as a tuple in its schema's column order (what Spark wants, fastest)."""
    return None if row is None else tuple(row.get(name) for name, _ in SCHEMAS[table])


def build_tables(results: list[PageResult]) -> dict[str, list[dict[str, Any]]]:
    """The single-machine version of the Spark job's tables: same dedup, same clustering.

    It is the reference the Spark job is tested against, and fine for a few thousand pages.
    """
    from dyad.scale.clustering import cluster_events

    docs = [r.document for r in results if r.document is not None]
    kept, duplicates = dedup_documents(docs)
    keys = {d["doc_key"] for d in kept}
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": kept,
        "actors": [a for r in results for a in r.actors if a["doc_key"] in keys],
        "events": [dict(e) for r in results for e in r.events if e["doc_key"] in keys],
        "participants": [p for r in results for p in r.participants if p["doc_key"] in keys],
        "prepared": [r.prepared for r in results if r.prepared is not None and r.prepared["doc_key"] in keys],
        "errors": [r.error for r in results if r.error is not None],
        "duplicates": duplicates,
    }
    clusters = cluster_events(tables["events"], tables["participants"])
    for e in tables["events"]:
        e["cluster_id"] = clusters[e["event_uid"]]
    return tables


def dedup_documents(docs: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """One document per name (latest fetch), then one per text hash (smallest name)."""
    dropped: list[dict[str, Any]] = []
    by_name: dict[str, dict[str, Any]] = {}
    for d in _name_order(docs):
        if d["doc"] in by_name:
            dropped.append({"doc": d["doc"], "source": d["source"], "kept_doc": d["doc"], "why": "same-name",
                            "content_hash": d["content_hash"]})
        else:
            by_name[d["doc"]] = d
    by_hash: dict[str, dict[str, Any]] = {}
    for d in sorted(by_name.values(), key=lambda d: d["doc"]):
        first = by_hash.setdefault(d["text_hash"], d)
        if first is not d:
            dropped.append({"doc": d["doc"], "source": d["source"], "kept_doc": first["doc"],
                            "why": "same-content", "content_hash": d["content_hash"]})
    return sorted(by_hash.values(), key=lambda d: d["doc"]), dropped


def _name_order(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """By name; within one name the latest fetch first (no date last), the smallest source, bytes."""
    ordered = sorted(docs, key=lambda d: (d["source"], d["content_hash"]))
    ordered.sort(key=lambda d: d.get("fetched_at") or "", reverse=True)  # stable, even reversed
    ordered.sort(key=lambda d: d["doc"])
    return ordered
