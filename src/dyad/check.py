"""``dyad check``: people named in offices outside every term dyad knows, across the store.

A term is known from ``data/tenure.tsv`` (verified history) or learned from the corpus: every
(person, office) pair the store has seen with a resolved date widens that pair's interval
(``offices.first_seen``/``last_seen``). The learned terms feed back into year inference when
pages are re-read here. A conflict is either news (a new office) or an extraction error;
both deserve a look, so both are listed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dyad.document import DyadInputError
from dyad.extraction.time_tenure import build_index, table_rows
from dyad.extraction.times import tenure_conflicts
from dyad.pipeline import extract

__all__ = ["learned_terms", "tenure_index", "check_store", "register"]


def learned_terms(conn: sqlite3.Connection) -> list[dict[str, str]]:
    """(person, office, first seen, last seen) of every pair the store saw with a date."""
    rows = conn.execute(
        "SELECT a.name AS person, o.title AS office, o.country AS country, o.first_seen AS start, "
        "o.last_seen AS end FROM offices o JOIN actors a ON a.id = o.actor_id "
        "WHERE o.first_seen IS NOT NULL AND a.kind = 'person'"
    ).fetchall()
    return [{"person": r["person"], "office": r["office"], "country": r["country"] or "",
             "start": r["start"][:10], "end": (r["end"] or "")[:10], "source": "learned"} for r in rows]


def tenure_index(learned: list[dict[str, str]]):
    """The shipped table and the learned terms as one index for year inference."""
    return build_index([*table_rows(), *learned])


def _documents(conn: sqlite3.Connection) -> Iterator[sqlite3.Row]:
    yield from conn.execute("SELECT id, name, url, raw_text, published FROM documents "
                            "WHERE duplicate_of IS NULL ORDER BY id")


def _resolved_by_tenure(doc) -> int:
    return sum(1 for t in doc.times if t.basis == "tenure" and t.precision == "day")


def check_store(conn: sqlite3.Connection, *, learn: bool = True) -> tuple[list[dict[str, Any]], int]:
    """Every tenure conflict of every stored page, and how many more dates the learned terms
    place (year-less dates that only a corpus-learned term puts in one year).

    Only verified terms (``tenure.tsv``) can be broken: a learned interval says "held at least
    then", so a date outside it widens it rather than conflicting.
    """
    index = tenure_index(learned_terms(conn)) if learn else None
    out = []
    gained = 0
    for row in _documents(conn):
        meta: dict[str, Any] = {"published": row["published"]} if row["published"] else {}
        try:
            doc = extract(row["raw_text"], url=row["url"], meta=meta)
            if index is not None:
                learned = extract(row["raw_text"], url=row["url"], meta={**meta, "tenure_index": index})
                gained += max(0, _resolved_by_tenure(learned) - _resolved_by_tenure(doc))
        except DyadInputError:
            continue
        for c in tenure_conflicts(doc):
            out.append({"document": row["name"], "document_id": row["id"], **c.to_dict(doc.text)})
    return out, gained


def register(app: Any) -> None:
    import typer

    from dyad.store.db import DEFAULT_DB, StoreError, open_existing

    @app.command("check")
    def check_cmd(
        db: Path = typer.Option(DEFAULT_DB, "--db", envvar="DYAD_DB", help="The SQLite store."),
        learn: bool = typer.Option(True, "--learn/--table-only",
                                   help="Also use the terms learned from the store's own pages."),
        fmt: str = typer.Option("table", "--format", help="table or json"),
    ) -> None:
        """List people named in an office at dates outside every known term (news, or errors)."""
        try:
            conn = open_existing(db)
        except StoreError as exc:
            typer.echo(f"dyad: {exc}", err=True)
            raise typer.Exit(1) from None
        conflicts, gained = check_store(conn, learn=learn)
        if fmt == "json":
            typer.echo(json.dumps({"conflicts": conflicts, "dates_placed_by_learned_terms": gained},
                                  ensure_ascii=False))
            return
        for c in conflicts:
            terms = ", ".join(f"{a}..{b or 'now'}" for a, b in c["terms"]) or "none"
            typer.echo(f"{c['document']}: {c['person']} as {c['office']} on {'..'.join(c['dates'])}"
                       f" (known terms: {terms}) «{c['text']}»")
        typer.echo(f"{len(conflicts)} conflict(s); {gained} more date(s) placed by terms learned from the store")
