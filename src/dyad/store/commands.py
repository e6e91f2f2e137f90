"""The store's commands: ``dyad ingest``, ``events``, ``actors``, ``actor``, ``search``, ``stats``,
``export`` and ``demo``. Each is a thin shell over ``dyad.store.queries`` (the web app calls the
same functions): parse options, call, print a table, one JSON value, or CSV.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable
from contextlib import closing
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dyad.store import queries
from dyad.store.db import DEFAULT_DB, StoreError, connect, open_existing
from dyad.store.export import FORMATS, export, flat_rows
from dyad.store.ingest import IngestOptions, IngestSummary, ingest
from dyad.store.sources import Limits

__all__ = ["register"]


class Fmt(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFmt(StrEnum):
    csv = "csv"
    parquet = "parquet"
    jsonl = "jsonl"
    plover = "plover"


assert {f.value for f in ExportFmt} == set(FORMATS)

DB = typer.Option(DEFAULT_DB, "--db", help="The SQLite store (created by `dyad ingest`).", envvar="DYAD_DB")
FORMAT = typer.Option(Fmt.table, "--format", "-f", help="table, json (one JSON value) or csv.")
LIMIT = typer.Option(50, "--limit", "-n", min=0, help="Rows to show (max 1000).")
OFFSET = typer.Option(0, "--offset", min=0, help="Rows to skip (pagination).")


def _die(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"dyad: {message}", err=True)
    raise typer.Exit(code)


def _open(db: Path) -> closing[sqlite3.Connection]:
    try:
        return closing(open_existing(db))
    except StoreError as exc:
        _die(str(exc))


def _stdout() -> Console:
    console = Console(file=sys.stdout, soft_wrap=False)
    if not console.is_terminal:
        console = Console(file=sys.stdout, width=160, soft_wrap=False)
    return console


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _print_csv(rows: Iterable[dict[str, Any]], columns: list[str]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
                for k, v in row.items()
            }
        )


def _table(title: str | None, columns: list[str], rows: Iterable[list[Any]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*[v if isinstance(v, Text) else Text("" if v is None else str(v)) for v in row])
    return table


def _footer(page: queries.Page) -> str:
    shown = len(page.rows)
    if not page.total:
        return "no matches"
    more = f"; --offset {page.offset + shown} for more" if page.offset + shown < page.total else ""
    return f"{page.offset + 1}-{page.offset + shown} of {page.total}{'' if page.exact else '+'}{more}"


def _side(side: list[dict[str, Any]]) -> str:
    return "; ".join(f"{p['name']} ({p['country']})" if p.get("country") else p["name"] for p in side)


def _short(text: str | None, n: int = 70) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _events_table(rows: list[dict[str, Any]], title: str | None = None) -> Table:
    return _table(
        title,
        ["date", "type", "mode", "source", "target", "location", "evidence", "srcs", "id"],
        (
            [
                r["date"] or (r["date_start"] and f"~{r['date_start']}") or "",
                r["type"],
                r["mode"],
                _side(r["source"]),
                _side(r["target"]),
                r["location"],
                _short(r["evidence"]["text"]),
                r["cluster_sources"],
                r["id"][:10],
            ]
            for r in rows
        ),
    )


def _hint_country(value: str | None) -> None:
    if value and not (len(value) == 3 and value.isalpha()):
        typer.echo(f"dyad: note: {value!r} is not an ISO 3166 alpha-3 code (VNM, CHN, KHM...)", err=True)


def _parsed(parse: Callable[[str], Any], value: str | None, option: str) -> Any:
    """Parse an option value; a bad one is a usage error naming the option (exit 2)."""
    if value is None or value == "":
        return None
    try:
        return parse(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


# --- ingest ------------------------------------------------------------------------------------


def _ingest_with_progress(db: Path, paths: list[Path], options: IngestOptions, quiet: bool) -> IngestSummary:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    err = Console(stderr=True)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
        auto_refresh=False,  # no refresh thread: the worker processes are forked while it would run
    )

    def on_error(path: str, reason: str, message: str) -> None:
        line = f"dyad: {path}: {reason}: {message}"
        if progress.live.is_started:
            progress.console.print(line, markup=False, highlight=False)
        else:
            sys.stderr.write(line + "\n")

    try:
        conn = connect(db)
    except StoreError as exc:
        _die(str(exc))
    with closing(conn), progress:
        task = progress.add_task("ingest", total=None)

        def on_progress(s: IngestSummary) -> None:
            progress.update(
                task,
                description=f"ingest: {s.seen} pages, {s.pages_per_second:.0f} pages/s, "
                f"{s.added} added, {s.errors} errors",
            )
            progress.refresh()

        return ingest(conn, paths, options, on_error=on_error, on_progress=on_progress)


def _summary_line(s: IngestSummary, db: Path) -> str:
    return (
        f"dyad: {s.seen} pages in {s.seconds:.1f} s ({s.pages_per_second:.0f} pages/s, {s.workers} workers): "
        f"{s.added} added, {s.replaced} replaced, {s.aliases} new names for known pages, "
        f"{s.unchanged} unchanged, {s.errors} errors"
        + (f", {s.skipped_errors} known failures skipped" if s.skipped_errors else "")
        + f"; {s.near_duplicates} near-duplicates, {s.teaser_links} teaser links, {s.events} events -> {db}"
    )


def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="Pages, folders, .zip, .tar.gz/.tgz, .warc(.gz), .jsonl."),
    db: Path = DB,
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-w", min=1, help="Extraction processes."),
    batch_size: int = typer.Option(256, "--batch-size", min=1, help="Documents per transaction."),
    retry_errors: bool = typer.Option(False, "--retry-errors", help="Re-extract pages that failed before."),
    max_member_mb: float = typer.Option(8.0, "--max-member-mb", help="Cap on one page or archive member."),
    max_archive_mb: float = typer.Option(2048.0, "--max-archive-mb", help="Cap on one archive, inflated."),
    summary_format: str = typer.Option("text", "--format", "-f", help="Summary as text or json."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Add pages to the store: safe to re-run (only new or changed pages are read)."""
    options = IngestOptions(
        workers=workers,
        batch_size=batch_size,
        retry_errors=retry_errors,
        limits=Limits(int(max_member_mb * 1024**2), int(max_archive_mb * 1024**2)),
    )
    summary = _ingest_with_progress(db, paths, options, quiet)
    if summary_format == "json":
        _print_json(summary.to_dict())
    else:
        typer.echo(_summary_line(summary, db))
    if summary.errors and summary.seen == summary.errors:
        raise typer.Exit(1)


# --- queries -------------------------------------------------------------------------------------


def events_cmd(
    db: Path = DB,
    country: str | None = typer.Option(None, "--country", help="ISO3 of either side, e.g. VNM."),
    with_country: str | None = typer.Option(None, "--with", help="ISO3 of the other side of the dyad."),
    actor: str | None = typer.Option(None, "--actor", help="Actor name, alias or id."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER type: CONSULT, AGREE, AID..."),
    mode: str | None = typer.Option(None, "--mode", help="visit, meeting, talks, phone..."),
    since: str | None = typer.Option(None, "--since", help="YYYY[-MM[-DD]]: events ending on or after."),
    until: str | None = typer.Option(None, "--until", help="YYYY[-MM[-DD]]: events starting on or before."),
    place: str | None = typer.Option(None, "--place", help="Location text, or its ISO3 country."),
    min_amount: str | None = typer.Option(None, "--min-amount", help="e.g. 5000000, 5M, 500万."),
    query: str | None = typer.Option(None, "--query", "-q", help="Words of the evidence (full-text)."),
    coded: bool = typer.Option(False, "--coded", help="Leave out OTHER events (not relations)."),
    limit: int = LIMIT,
    offset: int = OFFSET,
    fmt: Fmt = FORMAT,
) -> None:
    """List coded events, newest first: who did what to whom, when, where, and the evidence."""
    f = queries.EventFilter(
        country=country,
        with_country=with_country,
        actor=actor,
        type=type_,
        mode=mode,
        place=place,
        query=query,
        since=_parsed(queries.parse_date, since, "--since"),
        until=_parsed(lambda v: queries.parse_date(v, end=True), until, "--until"),
        min_amount=_parsed(queries.parse_amount, min_amount, "--min-amount"),
        coded=coded,
        limit=limit,
        offset=offset,
    )
    with _open(db) as conn:
        page = queries.list_events(conn, f)
    if not page.total:
        _hint_country(country)
        _hint_country(with_country)
    if fmt is Fmt.json:
        _print_json(page.rows)
    elif fmt is Fmt.csv:
        from dyad.store.export import FLAT_COLUMNS

        _print_csv((row for ev in page.rows for row in flat_rows(ev)), list(FLAT_COLUMNS))
    else:
        console = _stdout()
        console.print(_events_table(page.rows))
        console.print(_footer(page), style="dim")


def actors_cmd(
    db: Path = DB,
    country: str | None = typer.Option(None, "--country", help="ISO3 country of the actor."),
    kind: str | None = typer.Option(None, "--kind", help="person, organisation, country, group."),
    query: str | None = typer.Option(None, "--query", "-q", help="Part of a name, alias or Latin spelling."),
    limit: int = LIMIT,
    offset: int = OFFSET,
    fmt: Fmt = FORMAT,
) -> None:
    """List actors, most active first."""
    with _open(db) as conn:
        page = queries.list_actors(conn, queries.ActorFilter(country, kind, query, limit, offset))
    if fmt is Fmt.json:
        _print_json(page.rows)
    elif fmt is Fmt.csv:
        _print_csv(
            page.rows,
            [
                "id",
                "name",
                "kind",
                "country",
                "sector",
                "latin",
                "reading",
                "aliases",
                "first_seen",
                "last_seen",
                "n_documents",
                "n_events",
            ],
        )
    else:
        console = _stdout()
        console.print(
            _table(
                None,
                ["name", "latin", "kind", "country", "docs", "events", "seen", "id"],
                (
                    [
                        r["name"],
                        r["latin"],
                        r["kind"],
                        r["country"],
                        r["n_documents"],
                        r["n_events"],
                        f"{r['first_seen'] or '?'} … {r['last_seen'] or '?'}",
                        r["id"],
                    ]
                    for r in page.rows
                ),
            )
        )
        console.print(_footer(page), style="dim")


def actor_cmd(
    name_or_id: str = typer.Argument(..., help="An actor's name, alias, Latin spelling or id."),
    db: Path = DB,
    limit: int = typer.Option(20, "--limit", "-n", min=0, help="Events to show."),
    fmt: Fmt = typer.Option(
        Fmt.table, "--format", "-f", help="table, json (the profile) or csv (its events)."
    ),
) -> None:
    """An actor's profile: aliases, offices with tenure as seen in the data, partners, events."""
    with _open(db) as conn:
        profile = queries.get_actor(conn, name_or_id, events=limit)
    if profile is None:
        _die(f"no actor {name_or_id!r}: try `dyad actors --query {name_or_id}`")
    if fmt is Fmt.json:
        _print_json(profile)
        return
    if fmt is Fmt.csv:
        from dyad.store.export import FLAT_COLUMNS

        _print_csv((row for ev in profile["events"] for row in flat_rows(ev)), list(FLAT_COLUMNS))
        return
    console = _stdout()
    head = f"{profile['name']}  [{profile['kind'] or '?'}, {profile['country'] or '?'}]  id {profile['id']}"
    console.print(Text(head, style="bold"))
    aliases = ", ".join(
        f"{a['alias']} ({a['kind']})" for a in profile["aliases"] if a["alias"] != profile["name"]
    )
    console.print(Text(f"aliases: {aliases or '-'}"))
    console.print(
        Text(
            f"seen in {profile['n_documents']} documents, {profile['n_events']} events, "
            f"{profile['first_seen'] or '?'} … {profile['last_seen'] or '?'}"
        )
    )
    for other in profile["others"]:
        console.print(
            Text(f"also named so: {other['name']} ({other['country']}) id {other['id']}", style="dim")
        )
    if profile["offices"]:
        console.print(
            _table(
                "offices (tenure as seen in the data)",
                ["title", "organisation", "first seen", "last seen", "docs"],
                (
                    [o["title"], o["organisation"], o["first_seen"], o["last_seen"], o["n_documents"]]
                    for o in profile["offices"]
                ),
            )
        )
    if profile["partners"]:
        console.print(
            Text(
                "partners: "
                + ", ".join(
                    f"{p['name']} ({p['country'] or '?'}) x{p['events']}" for p in profile["partners"]
                )
            )
        )
    console.print(_events_table(profile["events"], f"events ({profile['events_total']})"))


def search_cmd(
    query: str = typer.Argument(..., help="Words or names: 王毅, 范平明 王毅, Phnom Penh."),
    db: Path = DB,
    events: bool = typer.Option(False, "--events", help="Search event evidence instead of documents."),
    unique: bool = typer.Option(False, "--unique", help="Leave out near-duplicate pages."),
    limit: int = typer.Option(20, "--limit", "-n", min=0, help="Results to show."),
    offset: int = OFFSET,
    fmt: Fmt = FORMAT,
) -> None:
    """Full-text search (Chinese by character bigrams), best first, matches marked [like this]."""
    with _open(db) as conn:
        page = queries.search(
            conn,
            queries.SearchFilter(
                query, "events" if events else "documents", limit, offset, include_duplicates=not unique
            ),
        )
    if fmt is Fmt.json:
        _print_json(page.rows)
        return
    if fmt is Fmt.csv:
        columns = (
            ["rank", "id", "type", "date", "document", "snippet"]
            if events
            else ["rank", "id", "name", "title", "published", "score", "field", "snippet", "url"]
        )
        _print_csv(page.rows, columns)
        return
    console = _stdout()
    if events:
        table = _table(
            None,
            ["#", "date", "type", "source", "target", "evidence"],
            (
                [
                    r["rank"],
                    r["date"],
                    r["type"],
                    _side(r["source"]),
                    _side(r["target"]),
                    _marked(r["snippet"]),
                ]
                for r in page.rows
            ),
        )
    else:
        table = _table(
            None,
            ["#", "title", "published", "snippet", "document"],
            ([r["rank"], r["title"], r["published"], _marked(r["snippet"]), r["name"]] for r in page.rows),
        )
    console.print(table)
    console.print(_footer(page), style="dim")


def _marked(snippet: str) -> Text:
    """Keep the [ ] marks as text (no rich markup) and make them stand out on a terminal."""
    text = Text(snippet)
    text.highlight_regex(r"\[[^\[\]]+\]", "bold yellow")
    return text


def stats_cmd(db: Path = DB, fmt: Fmt = FORMAT) -> None:
    """What the store holds: counts, event types, countries, dates, errors."""
    with _open(db) as conn:
        data = queries.stats(conn, db)
    if fmt is Fmt.json:
        _print_json(data)
        return
    flat = []
    for key, value in data.items():
        if isinstance(value, dict):
            flat += [(f"{key}.{k}", v) for k, v in value.items()]
        else:
            flat.append((key, value))
    if fmt is Fmt.csv:
        _print_csv(({"key": k, "value": v} for k, v in flat), ["key", "value"])
        return
    _stdout().print(_table(str(db), ["", "value"], ([k, v] for k, v in flat)))


def export_cmd(
    fmt: ExportFmt = typer.Option(..., "--format", "-f", help="csv, parquet, jsonl or plover."),
    out: Path = typer.Option(..., "--out", "-o", help="Output file ('-' for stdout, text formats)."),
    db: Path = DB,
    dyadic: bool = typer.Option(False, "--dyadic", help="One row per source x target pair."),
    country: str | None = typer.Option(None, "--country", help="ISO3 of either side."),
    with_country: str | None = typer.Option(None, "--with", help="ISO3 of the other side."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER type."),
    since: str | None = typer.Option(None, "--since", help="YYYY[-MM[-DD]]."),
    until: str | None = typer.Option(None, "--until", help="YYYY[-MM[-DD]]."),
) -> None:
    """Export events (participants flattened) for analysis in pandas, R, DuckDB or PLOVER tools."""
    f = queries.EventFilter(
        country=country,
        with_country=with_country,
        type=type_,
        since=_parsed(queries.parse_date, since, "--since"),
        until=_parsed(lambda v: queries.parse_date(v, end=True), until, "--until"),
    )
    with _open(db) as conn:
        try:
            n = export(conn, fmt.value, out, f, dyadic=dyadic)
        except ValueError as exc:
            _die(str(exc), 2)
    typer.echo(f"dyad: {n} rows -> {out}", err=True)


def demo_cmd(
    paths: list[Path] = typer.Argument(None, help="Pages to ingest first (default: the sample corpus)."),
    db: Path = DB,
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-w", min=1),
) -> None:
    """Ingest the sample pages and tour the store: counts, events with evidence, search, next steps."""
    from dyad.store.tour import default_corpus, tour

    corpus = [p for p in (paths or default_corpus()) if p.exists()]
    if corpus:
        summary = _ingest_with_progress(db, corpus, IngestOptions(workers=workers), quiet=False)
        typer.echo(_summary_line(summary, db))
    elif not db.exists():
        _die("no pages to ingest (examples/pages, ../shared/seeds) and no database yet")
    with _open(db) as conn:
        tour(conn, db, _stdout())


def register(app: typer.Typer) -> None:
    """Add the store's commands to the ``dyad`` app."""
    commands: list[tuple[str, Callable[..., None]]] = [
        ("ingest", ingest_cmd),
        ("events", events_cmd),
        ("actors", actors_cmd),
        ("actor", actor_cmd),
        ("search", search_cmd),
        ("stats", stats_cmd),
        ("export", export_cmd),
        ("demo", demo_cmd),
    ]
    for name, fn in commands:
        app.command(name)(fn)
