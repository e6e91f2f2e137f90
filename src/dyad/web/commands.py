"""``dyad serve``: the web app and HTTP API over a store, with uvicorn.

Loopback and read-only unless told otherwise: ``--host`` must be given to listen beyond
127.0.0.1, and ``--allow-ingest`` (with a token) to accept pages over HTTP.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path

import typer

from dyad.store.db import DEFAULT_DB, StoreError, connect

__all__ = ["register", "serve_cmd"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_cmd(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The SQLite store to serve.", envvar="DYAD_DB"),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, help="TCP port (0: any free one)."),
    allow_ingest: bool = typer.Option(
        False, "--allow-ingest", help="Enable POST /api/ingest (needs --token)."
    ),
    token: str | None = typer.Option(
        None, "--token", help="Bearer token for POST /api/ingest.", envvar="DYAD_TOKEN", show_envvar=True
    ),
    query_timeout: float = typer.Option(
        2.0, "--query-timeout", min=0.1, max=60.0, help="Seconds of database work allowed per request."
    ),
    connections: int = typer.Option(
        0, "--connections", min=0, max=256, help="Queries at once (default: two per core)."
    ),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
) -> None:
    """Serve the web pages and the JSON API (OpenAPI docs at /docs): read-only unless --allow-ingest."""
    import uvicorn

    from dyad.web.app import Settings, create_app

    if allow_ingest and not token:
        typer.echo("dyad: --allow-ingest needs --token T (or DYAD_TOKEN)", err=True)
        raise typer.Exit(2)
    if token and len(token) < 16:
        typer.echo("dyad: note: a token under 16 characters is easy to guess", err=True)
    if allow_ingest and not db.exists():
        connect(db).close()  # an empty store to ingest into
    try:
        settings = Settings(db=db, allow_ingest=allow_ingest, token=token, query_timeout=query_timeout)
        if connections:
            settings.pool_size = connections
        app = create_app(settings)
    except StoreError as exc:
        typer.echo(f"dyad: {exc}", err=True)
        raise typer.Exit(1) from None
    if not _is_loopback(host):
        typer.echo(
            f"dyad: note: listening on {host}: anyone who can reach this address can read the store", err=True
        )
    shown = f"[{host}]" if ":" in host else host
    mode = "ingest enabled (token required)" if allow_ingest else "read-only"
    typer.echo(f"dyad: serving {db} ({mode}) at http://{shown}:{port}/  (API docs: /docs)", err=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level=log_level,
        proxy_headers=False,
        server_header=False,
        workers=1,
        timeout_graceful_shutdown=5,
        timeout_keep_alive=30,  # a busy client that comes back late finds its connection still open
        access_log=os.environ.get("DYAD_ACCESS_LOG", "1") != "0",
    )


def register(app: typer.Typer) -> None:
    """Add ``dyad serve`` to the ``dyad`` app."""
    app.command("serve")(serve_cmd)
