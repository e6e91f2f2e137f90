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


def _show_events(conn: sqlite3.Connection, console: Console) -> None:
    page = queries.list_events(conn, queries.EventFilter(coded=True, limit=5))
    console.print(Text("\nLatest events, each with the sentence it was coded from:", style="bold"))
    for ev in page.rows:
        src = "; ".join(p["name"] for p in ev["source"]) or "?"
        tgt = "; ".join(p["name"] for p in ev["target"]) or "?"
        when = ev["date"] or ev["date_start"] or "undated"
        console.print(Text(f"  {when}  {ev['type']}/{ev['mode'] or '-'}  {src} -> {tgt}"))
        console.print(Text(f"      «{ev['evidence']['text']}»  ({ev['document']})", style="dim"))


def _show_cluster(conn: sqlite3.Connection, console: Console) -> None:
    """The event reported by most pages: the clustering at work."""
    row = conn.execute(
        "SELECT id, label, source_count FROM event_clusters WHERE source_count > 1 AND type != 'OTHER'"
        " ORDER BY source_count DESC, id LIMIT 1"
    ).fetchone()
    if row is None:
        return
    head = f"\nOne event, {row['source_count']} reports (cluster {row['id']}): {row['label']}"
    console.print(Text(head, style="bold"))
    for ev in queries.list_events(conn, queries.EventFilter(cluster=row["id"], limit=5)).rows:
        where = f"teaser {ev['teaser']} of" if ev["section"] == "related" else "article"
        console.print(Text(f"  {where} {ev['document']}: «{ev['evidence']['text']}»", style="dim"))


def _show_documents(conn: sqlite3.Connection, console: Console) -> None:
    console.print(
        Text("\nNo events yet (no event stage in the pipeline): documents and search.", style="dim")
    )
    for r in conn.execute("SELECT id, title, published, name FROM documents ORDER BY id LIMIT 5"):
        console.print(Text(f"  #{r['id']}  {r['title']}  ({r['published'] or 'undated'})  {r['name']}"))


def tour(conn: sqlite3.Connection, db: Path, console: Console) -> None:
    """Print what the store holds, a few events with evidence, a search, and what to try next."""
    s = queries.stats(conn, db)
    console.rule(f"dyad store: {db}")
    console.print(
        Text(
            f"{s['documents']} documents ({s['names']} names, {s['near_duplicates']} near-duplicates, "
            f"{s['teasers_linked']}/{s['teasers']} teasers linked to their articles), {s['actors']} actors, "
            f"{s['events']} events in {s['clusters']} clusters ({s['multi_source_clusters']} reported more "
            f"than once), {s['ingest_errors']} ingest errors"
        )
    )
    if s["events"]:
        _show_events(conn, console)
        _show_cluster(conn, console)
    else:
        _show_documents(conn, console)
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
    console.print(
        Text("\nWeb UI (search, documents with their facts highlighted, dyads, networks):", style="bold")
    )
    console.print(
        Text(f"  .venv/bin/dyad serve --db {db}   then open http://127.0.0.1:8000/   (API docs: /docs)")
    )
