"""``dyad spark-extract``, ``dyad load`` and ``dyad crawl``: the commands of dyad at scale.

Imports of pyspark and httpx stay inside the commands, so ``dyad --help`` is fast and works
without the ``spark`` extra.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
from datetime import date
from pathlib import Path

import typer

__all__ = ["register"]


def _db_option() -> Path:
    from dyad.store.db import DEFAULT_DB

    return DEFAULT_DB


def spark_extract_cmd(
    paths: list[str] = typer.Argument(..., metavar="INPUT... OUTPUT",
                                      help="Pages, JSONL, WARC or folders of them (local paths or Hadoop URIs: "
                                           "hdfs://, s3a://), then the folder for the Parquet tables."),
    master: str | None = typer.Option(None, "--master", help="Spark master, e.g. local[2] (default: local[*], or "
                                                            "what spark-submit set)."),
    partitions: int | None = typer.Option(None, "--partitions", min=1,
                                          help="Repartition the input into N tasks (more than cores)."),
    summary_format: str = typer.Option("text", "--format", "-f", help="Summary as text or json."),
) -> None:
    """Extract a corpus with Spark into Parquet: documents, actors, events, participants, errors."""
    if len(paths) < 2:
        typer.echo("dyad: give at least one INPUT and the OUTPUT folder", err=True)
        raise typer.Exit(2)
    *inputs, output = paths
    missing = [p for p in inputs if "://" not in p and not glob.glob(p)]
    if missing:
        typer.echo(f"dyad: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    try:
        import pyspark  # noqa: F401
    except ModuleNotFoundError:
        typer.echo("dyad: pyspark is not installed: pip install 'dyad[spark]' (and Java 17+)", err=True)
        raise typer.Exit(2) from None
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        typer.echo("dyad: no `java` on PATH and no JAVA_HOME: Spark needs a Java 17+ runtime", err=True)
        raise typer.Exit(2)
    from pyspark.sql import SparkSession

    from dyad.scale.spark_job import run_job, spark_session

    borrowed = SparkSession.getActiveSession() is not None  # e.g. a notebook's: not ours to stop
    spark = spark_session(master)
    if not borrowed:
        spark.sparkContext.setLogLevel("WARN")
    try:
        summary = run_job(spark, inputs, output, partitions)
    finally:
        if not borrowed:
            spark.stop()
    if summary_format == "json":
        typer.echo(json.dumps({"output": summary.output, **summary.counts}))
        return
    counts = ", ".join(f"{n} {t}" for t, n in summary.counts.items())
    typer.echo(f"dyad: wrote {counts} -> {summary.output}")
    typer.echo(f"next: dyad load {summary.output} --db dyad.db", err=True)


def load_cmd(
    folder: Path = typer.Argument(..., metavar="PARQUET_DIR", help="The OUTPUT folder of `dyad spark-extract`."),
    db: Path = typer.Option(None, "--db", help="The SQLite store (created when missing).", envvar="DYAD_DB"),
    batch_size: int = typer.Option(256, "--batch-size", min=1, help="Documents per transaction."),
    summary_format: str = typer.Option("text", "--format", "-f", help="Summary as text or json."),
) -> None:
    """Import the Parquet tables of `dyad spark-extract` into the store (safe to re-run)."""
    from dyad.scale.load import load_tables
    from dyad.store.db import connect

    db = db or _db_option()
    conn = connect(db)
    try:
        summary = load_tables(conn, folder, batch_size=batch_size)
    except FileNotFoundError as exc:
        typer.echo(f"dyad: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        conn.close()
    if summary_format == "json":
        typer.echo(json.dumps(summary.to_dict()))
        return
    typer.echo(f"dyad: {summary.documents} documents in {summary.seconds:.1f} s: {summary.added} added, "
               f"{summary.replaced} replaced, {summary.aliases} names for known pages, "
               f"{summary.unchanged} unchanged, {summary.errors} errors, {summary.events} events -> {db}")
    if summary.version_mismatch:
        typer.echo(f"dyad: {summary.version_mismatch} bundles were prepared by another dyad version", err=True)


def _since(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


def crawl_cmd(
    url: str = typer.Argument(..., help="The site (or one of its sitemaps or feeds) to crawl."),
    since: str = typer.Option(..., "--since", help="YYYY-MM-DD: skip sitemap/feed entries dated before."),
    db: Path = typer.Option(None, "--db", help="The SQLite store (created when missing).", envvar="DYAD_DB"),
    warc_dir: Path | None = typer.Option(None, "--warc-dir", help="Where raw pages go (default: warc/ next to "
                                                                  "the database)."),
    rate: float = typer.Option(1.0, "--rate", min=0.01, help="Requests per second per host (at most)."),
    max_pages: int | None = typer.Option(None, "--max-pages", min=0, help="Fetch at most N article pages."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds per request."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Extraction processes for the ingest."),
    summary_format: str = typer.Option("text", "--format", "-f", help="Summary as text or json."),
) -> None:
    """Discover articles from sitemaps and feeds, fetch new ones politely, keep WARCs, ingest them."""
    from dyad.scale.crawl import CrawlConfig, crawl
    from dyad.store.db import connect

    db = db or _db_option()
    config = CrawlConfig(start_url=url, since=_since(since), rate=rate, max_pages=max_pages, timeout=timeout)
    conn = connect(db)
    try:
        report = crawl(conn, config, warc_dir or db.resolve().parent / "warc", ingest_workers=workers,
                       log=lambda msg: typer.echo(f"dyad: {msg}", err=True))
    finally:
        conn.close()
    if summary_format == "json":
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        typer.echo(report.summary_line())
    if report.fatal:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the scale commands to the ``dyad`` app."""
    app.command("spark-extract")(spark_extract_cmd)
    app.command("load")(load_cmd)
    app.command("crawl")(crawl_cmd)
