"""``dyad demo``'s tour of a store: what is in it, a few events with their evidence, a search,
and the commands to try next. It shows what the store holds, so before the event stages
exist it shows documents and search only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rich.console import Console
from rich.text import Text

from dyad.store import queries

__all__ = ["default_corpus", "tour"]


def default_corpus() -> list[Path]:
    """The sample pages in the repo, and the shared seed pages when they sit beside it."""
    return [Path("examples/pages"), Path("../shared/seeds")]


def _demo_query(conn: sqlite3.Connection) -> str | None:
    """A query sure to find something: the most active person, else a word from a title."""
    row = conn.execute(
        "SELECT name FROM actors WHERE kind = 'person' ORDER BY n_events DESC, n_documents DESC LIMIT 1"
    ).fetchone()
    if row:
        return row[0]
    for word in ("王毅", "合作", "访问", "越南"):
        if queries.search(conn, queries.SearchFilter(word, limit=1)).total:
            return word
    return None


def tour(conn: sqlite3.Connection, db: Path, console: Console) -> None:
    s = queries.stats(conn, db)
    console.rule(f"dyad store: {db}")
    console.print(
        Text(
            f"{s['documents']} documents ({s['names']} names, {s['near_duplicates']} near-duplicates, "
            f"{s['teasers_linked']}/{s['teasers']} teasers linked to their articles), {s['actors']} actors, "
            f"{s['events']} events in {s['clusters']} clusters "
            f"({s['multi_source_clusters']} reported more than "
            f"once), {s['ingest_errors']} ingest errors"
        )
    )
    if s["events"]:
        page = queries.list_events(conn, queries.EventFilter(limit=5))
        console.print(Text("\nLatest events, each with the sentence it was coded from:", style="bold"))
        for ev in page.rows:
            src = "; ".join(p["name"] for p in ev["source"]) or "?"
            tgt = "; ".join(p["name"] for p in ev["target"]) or "?"
            console.print(
                Text(
                    f"  {ev['date'] or ev['date_start'] or 'undated'}  {ev['type']}/{ev['mode'] or '-'}"
                    f"  {src} -> {tgt}"
                )
            )
            console.print(Text(f"      «{ev['evidence']['text']}»  ({ev['document']})", style="dim"))
    else:
        console.print(
            Text(
                "\nNo events yet (the event stages are not in the pipeline): documents and search.",
                style="dim",
            )
        )
        for r in conn.execute("SELECT id, title, published, name FROM documents ORDER BY id LIMIT 5"):
            console.print(Text(f"  #{r['id']}  {r['title']}  ({r['published'] or 'undated'})  {r['name']}"))
    query = _demo_query(conn)
    if query:
        page = queries.search(conn, queries.SearchFilter(query, limit=3))
        console.print(Text(f"\nSearch {query!r}: {page.total} documents", style="bold"))
        for r in page.rows:
            console.print(Text(f"  {r['rank']}. {r['title']}"))
            console.print(Text(f"      {r['snippet']}", style="dim"))
    console.print(Text("\nTry next:", style="bold"))
    q = query or "王毅"
    for line in (
        f"dyad search {q} --db {db}",
        f"dyad events --country VNM --with CHN --since 2020 --db {db}",
        f"dyad actors --country VNM --db {db}",
        f"dyad actor {q} --db {db}",
        f"dyad stats --format json --db {db}",
        f"dyad export --format plover --out events.jsonl --db {db}",
        f"datasette {db}   # browse every table (see docs/store.md)",
    ):
        console.print(Text(f"  {line}"))
