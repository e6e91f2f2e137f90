"""``dyad export``: events out as CSV, Parquet, JSONL or PLOVER records, streamed in batches.

Flat formats (CSV, Parquet) put each side's participants in ``; ``-joined columns, or with
``dyadic`` project a compound event (two sources, three targets) onto one row per
source x target pair, the shape dyadic analyses count. JSONL keeps the nested record.
``plover`` writes one JSON object per event with the field names of PLOVER's data
interchange spec and POLECAT's flat columns, plus dyad's extras under ``dyad``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from dyad.store.queries import EventFilter, iter_events

__all__ = ["DYADIC_COLUMNS", "FLAT_COLUMNS", "FORMATS", "export", "flat_rows", "plover_record"]

FORMATS = ("csv", "parquet", "jsonl", "plover")
_SIDE_FIELDS = ("name", "latin", "title", "country", "sector", "kind", "actor_id")
_EVENT_FIELDS = (
    "id",
    "document_id",
    "document",
    "url",
    "published",
    "section",
    "teaser",
    "type",
    "mode",
    "cameo",
    "date",
    "date_start",
    "date_end",
    "date_precision",
    "date_basis",
    "location",
    "location_country",
    "amount_value",
    "amount_currency",
    "planned",
    "parent_id",
    "confidence",
    "cluster_id",
    "cluster_sources",
)
_EVIDENCE_FIELDS = ("evidence", "evidence_start", "evidence_end")
FLAT_COLUMNS = (
    *_EVENT_FIELDS,
    *(f"source_{k}s" for k in _SIDE_FIELDS),
    *(f"target_{k}s" for k in _SIDE_FIELDS),
    *_EVIDENCE_FIELDS,
)
DYADIC_COLUMNS = (
    *_EVENT_FIELDS,
    *(f"source_{k}" for k in _SIDE_FIELDS),
    *(f"target_{k}" for k in _SIDE_FIELDS),
    *_EVIDENCE_FIELDS,
)
_INTS = {"document_id", "teaser", "cluster_id", "cluster_sources", "evidence_start", "evidence_end"}
_FLOATS = {"amount_value", "confidence"}


def _base(ev: dict[str, Any]) -> dict[str, Any]:
    row = {k: ev.get(k) for k in _EVENT_FIELDS}
    row["planned"] = bool(ev.get("planned"))
    ev_span = ev.get("evidence") or {}
    row.update(
        evidence=ev_span.get("text"), evidence_start=ev_span.get("start"), evidence_end=ev_span.get("end")
    )
    return row


def _joined(side: list[dict[str, Any]], key: str) -> str | None:
    values = [str(p.get(key) or "") for p in side]
    return "; ".join(values) if any(values) else None


def flat_rows(ev: dict[str, Any], *, dyadic: bool = False) -> Iterator[dict[str, Any]]:
    """One row per event, or with ``dyadic`` one per source x target pair (a missing side: None)."""
    base = _base(ev)
    if not dyadic:
        for role in ("source", "target"):
            for k in _SIDE_FIELDS:
                base[f"{role}_{k}s"] = _joined(ev.get(role) or [], k)
        yield base
        return
    for src in ev.get("source") or [{}]:
        for tgt in ev.get("target") or [{}]:
            row = dict(base)
            row.update({f"source_{k}": src.get(k) for k in _SIDE_FIELDS})
            row.update({f"target_{k}": tgt.get(k) for k in _SIDE_FIELDS})
            yield row


def _plover_actor(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": p.get("country"),
        "sector": p.get("sector"),
        "actor_text": p.get("name"),
        "identifier_id": p.get("actor_id"),
        "identifier_text": p.get("latin"),
        "office": p.get("title"),
    }


def plover_record(ev: dict[str, Any]) -> dict[str, Any]:
    """An event as a PLOVER/POLECAT record: standard names first, dyad's extras under ``dyad``."""
    src, tgt = ev.get("source") or [], ev.get("target") or []
    evidence = ev.get("evidence") or {}
    mode = ev.get("mode")
    return {
        "event_id": ev["id"],
        "event_date": ev.get("date_start"),
        "event_enddate": ev.get("date_end"),
        "event_type": ev.get("type"),
        "event_mode": mode,
        "event_text": evidence.get("text"),
        "story_date": ev.get("published"),
        "story_id": ev.get("document_id"),
        "story_url": ev.get("url"),
        "actor_name": _joined(src, "name"),
        "actor_country": _joined(src, "country"),
        "actor_sector": _joined(src, "sector"),
        "actor_title": _joined(src, "title"),
        "recipient_name": _joined(tgt, "name"),
        "recipient_country": _joined(tgt, "country"),
        "recipient_sector": _joined(tgt, "sector"),
        "recipient_title": _joined(tgt, "title"),
        "placename": ev.get("location"),
        "country": ev.get("location_country"),
        "source": [_plover_actor(p) for p in src],
        "recipient": [_plover_actor(p) for p in tgt],
        "event": [ev.get("type")],
        "mode": [mode] if mode else [],
        "context": ev.get("context") or [],
        "event_loc": {"name": ev.get("location"), "cc3": ev.get("location_country")}
        if ev.get("location")
        else None,
        "dyad": {
            "document": ev.get("document"),
            "section": ev.get("section"),
            "teaser": ev.get("teaser"),
            "cameo": ev.get("cameo"),
            "date": ev.get("date"),
            "date_precision": ev.get("date_precision"),
            "date_basis": ev.get("date_basis"),
            "amount": ev.get("amount"),
            "planned": ev.get("planned"),
            "parent_id": ev.get("parent_id"),
            "confidence": ev.get("confidence"),
            "evidence": evidence,
            "cluster_id": ev.get("cluster_id"),
            "cluster_sources": ev.get("cluster_sources"),
        },
    }


@contextmanager
def _text_out(out: Path | None) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _parquet(conn: sqlite3.Connection, f: EventFilter, out: Path, dyadic: bool) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = DYADIC_COLUMNS if dyadic else FLAT_COLUMNS
    schema = pa.schema(
        [
            (
                c,
                pa.int64()
                if c in _INTS
                else pa.float64()
                if c in _FLOATS
                else pa.bool_()
                if c == "planned"
                else pa.string(),
            )
            for c in columns
        ]
    )
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for ev in iter_events(conn, f):
            batch += flat_rows(ev, dyadic=dyadic)
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def export(
    conn: sqlite3.Connection,
    fmt: str,
    out: Path | None,
    f: EventFilter | None = None,
    *,
    dyadic: bool = False,
) -> int:
    """Write the events matching ``f`` to ``out`` (``-`` or None: stdout); return rows written."""
    f = f or EventFilter()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None or str(out) == "-":
            raise ValueError("parquet is binary: give a file with --out")
        return _parquet(conn, f, out, dyadic)
    n = 0
    with _text_out(out) as fh:
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=list(DYADIC_COLUMNS if dyadic else FLAT_COLUMNS))
            writer.writeheader()
            for ev in iter_events(conn, f):
                for row in flat_rows(ev, dyadic=dyadic):
                    writer.writerow(row)
                    n += 1
        else:
            for ev in iter_events(conn, f):
                records = (
                    [plover_record(ev)]
                    if fmt == "plover"
                    else (list(flat_rows(ev, dyadic=True)) if dyadic else [ev])
                )
                for record in records:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    n += 1
    return n
