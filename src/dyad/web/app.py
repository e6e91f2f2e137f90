"""``dyad serve``'s application: the JSON API under ``/api/`` and the web pages, over one store.

Read-only by default: every request borrows a read-only SQLite connection (``mode=ro``)
from a small pool (about two per core: more would only slow every query down), and a progress
handler aborts any query that runs past the time budget (503 with a JSON error, not a hung
worker). The one write endpoint, ``POST /api/ingest``,
exists only with ``allow_ingest`` and answers only to the bearer token (compared in
constant time). Every page has a JSON twin (``.json`` or ``Accept: application/json``) and
every list a CSV one (``.csv`` or ``?format=csv``); both suffixes are handled once, in
``_SuffixMiddleware``, so routes stay plain.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlencode

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from dyad.store import queries
from dyad.store.db import StoreError, connect
from dyad.store.queries import MAX_LIMIT, ActorFilter, EventFilter, SearchFilter
from dyad.web import present
from dyad.web import queries_extra as extra
from dyad.web.deps import (
    FORMAT,
    LIMIT,
    OFFSET,
    BadRequest,
    QueryTimeout,
    cluster_filter,
    csv_response,
    document_filter,
    event_filter,
    events_csv,
    listing,
    local_path,
    network_filter,
    parse_date,
    wanted_format,
)

__all__ = ["ReadPool", "Settings", "create_app"]

HERE = Path(__file__).resolve().parent
log = logging.getLogger("dyad.web")
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"

QUEUE_WAIT = 20.0  # seconds a request may wait for a free connection before a 503
WALL_FACTOR = 5  # a request's queries may take at most this many budgets of wall-clock time

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
    " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


@dataclass(slots=True)
class Settings:
    """How to serve: which store, whether writes are allowed, the query time budget."""

    db: Path
    allow_ingest: bool = False
    token: str | None = None
    query_timeout: float = 2.0  # seconds of SQLite work per request
    # Read connections = queries running at once. About two per core: more only slices the CPU
    # thinner (every query slower, more of them over the budget); the rest wait their turn.
    pool_size: int = field(default_factory=lambda: 2 * (os.cpu_count() or 2))


# --- connections -----------------------------------------------------------------------------


class _Slot:
    """One read connection and the budget its progress handler enforces.

    The budget is CPU time of the thread running the query (``time.thread_time``), so a query
    is not stopped for the time it spent waiting for a core on a busy machine; a wall-clock
    ceiling (``WALL_FACTOR`` times the budget) still bounds every request.
    """

    __slots__ = ("budget", "conn", "cpu_base", "cpu_used", "thread", "wall_deadline")

    def __init__(self, conn: sqlite3.Connection, check_every: int = 20_000) -> None:
        self.conn = conn
        self.budget: float | None = None
        self.wall_deadline = 0.0
        self.thread = 0
        self.cpu_base = self.cpu_used = 0.0
        conn.set_progress_handler(self._check, check_every)  # 20,000 steps: ~0.1-1 ms of SQLite work

    def start(self, budget: float) -> None:
        self.budget, self.wall_deadline = budget, time.monotonic() + WALL_FACTOR * budget
        self.thread, self.cpu_used = 0, 0.0

    def stop(self) -> None:
        self.budget = None

    def _check(self) -> int:
        if self.budget is None:
            return 0
        thread = threading.get_ident()
        now = time.thread_time()
        if thread != self.thread:  # the first query of the request, or another worker thread
            if self.thread:
                self.cpu_used += now - self.cpu_base
            self.thread, self.cpu_base = thread, now
        spent = self.cpu_used + now - self.cpu_base
        return 1 if spent > self.budget or time.monotonic() > self.wall_deadline else 0


class ReadPool:
    """Read-only connections, opened on demand up to ``size``, each used by one request at a time."""

    def __init__(self, path: Path, size: int, timeout: float) -> None:
        self.path, self.size, self.timeout = path, max(1, size), timeout
        self._idle: queue.LifoQueue[_Slot] = queue.LifoQueue()
        self._all: list[_Slot] = []
        self._lock = threading.Lock()

    def try_take(self) -> _Slot | None:
        """An idle connection, or a new one while under ``size``; None when all are busy."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._all) < self.size:
                # a budget far under a millisecond (tests, strict deployments) is checked more often
                slot = _Slot(connect(self.path, readonly=True), max(100, min(20_000, int(self.timeout * 1e7))))
                self._all.append(slot)
                return slot
        return None

    def wait_take(self) -> _Slot:
        """Block (in a worker thread) until a connection is free; QueryTimeout after a while."""
        try:
            return self._idle.get(timeout=max(5.0, self.timeout * 5))
        except queue.Empty:
            raise QueryTimeout("every database connection is busy: try again") from None

    def lend(self, slot: _Slot) -> sqlite3.Connection:
        slot.start(self.timeout)
        return slot.conn

    def give_back(self, slot: _Slot) -> None:
        slot.stop()
        self._idle.put(slot)

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for the ``with`` block, its time budget starting now."""
        slot = self.try_take() or self.wait_take()
        try:
            yield self.lend(slot)
        finally:
            self.give_back(slot)

    def close(self) -> None:
        with self._lock:
            for slot in self._all:
                slot.conn.close()
            self._all.clear()


def _interrupted(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc).lower()


# --- middleware ------------------------------------------------------------------------------


class _SuffixMiddleware:
    """``/x.json`` -> ``/x`` answered as JSON, ``/api/x.csv`` -> ``/api/x`` answered as CSV."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            if not path.startswith("/static/") and path != "/openapi.json":
                for suffix in (".json", ".csv"):
                    if path.endswith(suffix) and len(path) > len(suffix):
                        scope = dict(scope)
                        scope["path"] = path[: -len(suffix)]
                        raw = scope.get("raw_path")
                        if isinstance(raw, bytes) and raw.endswith(suffix.encode()):
                            scope["raw_path"] = raw[: -len(suffix)]
                        scope["dyad.format"] = suffix[1:]
                        break
        await self.app(scope, receive, send)


class _SecurityHeaders:
    """CSP and friends on every response: page text can never run as script here."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- the app -----------------------------------------------------------------------------------


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every {{ value }} is escaped; only our own Markup passes as is
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(href=present.safe_href, snippet=present.safe_snippet, highlight=present.highlight)
    env.filters["path"] = present.url_path
    env.filters["q"] = lambda params: urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return env


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI app over the store at ``settings.db`` (which must exist)."""
    db = Path(settings.db)
    if not db.is_file():
        raise StoreError(f"no database at {db}: run `dyad ingest PAGES... --db {db}` first")
    if settings.allow_ingest and not settings.token:
        raise StoreError(
            "--allow-ingest needs --token T (or DYAD_TOKEN): the write endpoint takes a bearer token"
        )
    try:
        with closing(connect(db, readonly=True)) as probe:
            has = probe.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'"
            ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{db} is not a readable SQLite database: {exc}") from None
    if not has:
        raise StoreError(f"{db} is not a dyad store (no events table): run `dyad ingest` to make one")
    pool = ReadPool(db, settings.pool_size, settings.query_timeout)
    write_lock = threading.Lock()
    env = _environment()

    @asynccontextmanager
    async def lifespan(_: FastAPI):  # type: ignore[no-untyped-def]
        yield
        pool.close()

    app = FastAPI(
        title="dyad",
        summary="Events and actors of international relations, read from Chinese-language news.",
        description=(
            "Read-only JSON API over a dyad store. Lists take `limit` (at most 1000) and `offset` and "
            "answer `{rows, total, limit, offset, next, prev}`; add `?format=csv` or `.csv` to the path "
            "for CSV. Every web page has a JSON twin: the same path plus `.json`."
        ),
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.pool = pool
    app.add_middleware(_SuffixMiddleware)
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    gates: dict[asyncio.AbstractEventLoop, asyncio.Semaphore] = {}

    async def conn_dep() -> AsyncIterator[sqlite3.Connection]:
        # Requests queue for a connection on the event loop, not in worker threads: a thread
        # blocked waiting for a connection would starve the requests holding one of the
        # threads they need to finish (a deadlock under load).
        loop = asyncio.get_running_loop()
        gate = gates.get(loop) or gates.setdefault(loop, asyncio.Semaphore(pool.size))
        try:
            async with asyncio.timeout(QUEUE_WAIT):
                await gate.acquire()
        except TimeoutError:
            raise QueryTimeout(
                f"the server is busy (waited {QUEUE_WAIT:g} s for the database): try again"
            ) from None
        try:
            slot = pool.try_take()
            if slot is None:  # the gate admits at most pool.size requests: cannot happen
                raise QueryTimeout("every database connection is busy: try again")
            try:
                yield pool.lend(slot)
            finally:
                pool.give_back(slot)
        finally:
            gate.release()

    Conn = Depends(conn_dep)

    def render(
        request: Request,
        template: str,
        data: dict[str, Any],
        *,
        status: int = 200,
        csv: Callable[[], Response] | None = None,
        **view: Any,
    ) -> Response:
        """The HTML page, or its JSON twin (``data``), or its CSV list when it has one."""
        fmt = wanted_format(request)
        if fmt == "json":
            return JSONResponse(data, status_code=status)
        if fmt == "csv":
            if csv is None:
                raise HTTPException(404, "this page has no CSV form: try its .json")
            return csv()
        html = env.get_template(template).render(request=request, path=local_path(request), data=data, **view)
        return HTMLResponse(html, status_code=status)

    # --- errors --------------------------------------------------------------------------------

    def error_response(request: Request, status: int, code: str, message: str) -> Response:
        body = {"error": code, "message": message}
        if request.url.path.startswith("/api/") or wanted_format(request) != "html":
            return JSONResponse(body, status_code=status)
        html = env.get_template("error.html").render(
            request=request, path=local_path(request), data=body, status=status
        )
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(BadRequest)
    async def _bad_request(request: Request, exc: BadRequest) -> Response:
        return error_response(request, 400, "bad-request", str(exc))

    @app.exception_handler(QueryTimeout)
    async def _busy(request: Request, exc: QueryTimeout) -> Response:
        return error_response(request, 503, "busy", str(exc))

    @app.exception_handler(sqlite3.OperationalError)
    async def _sqlite(request: Request, exc: sqlite3.OperationalError) -> Response:
        if _interrupted(exc):
            return error_response(
                request,
                503,
                "query-timeout",
                f"the query took more than {settings.query_timeout:g} s of database time and was stopped: "
                "narrow the filters (a country, a period, a type) or page with a smaller limit",
            )
        log.error("database error on %s: %s", request.url.path, exc, exc_info=exc)
        return error_response(request, 500, "database-error", "the database could not answer this query")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {
            400: "bad-request",
            401: "unauthorized",
            403: "forbidden",
            404: "not-found",
            413: "too-large",
        }
        response = error_response(
            request, exc.status_code, codes.get(exc.status_code, "error"), str(exc.detail)
        )
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
            for e in exc.errors()
        )
        response = error_response(request, 422, "invalid-parameter", problems)
        if isinstance(response, JSONResponse):
            response = JSONResponse(
                {"error": "invalid-parameter", "message": problems, "detail": exc.errors()}, status_code=422
            )
        return response

    # --- API: events -----------------------------------------------------------------------------

    @app.get("/api/events", tags=["events"], summary="Events, newest first, with the CLI's filters")
    def api_events(
        request: Request, f: EventFilter = Depends(event_filter), format: str | None = FORMAT, conn=Conn
    ) -> Response:
        return listing(request, queries.list_events(conn, f), "events", format, events_csv)

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with its evidence")
    def api_event(event_id: str, conn=Conn) -> dict[str, Any]:
        ev = extra.get_event(conn, event_id)
        if ev is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return ev

    # --- API: actors ------------------------------------------------------------------------------

    @app.get("/api/actors", tags=["actors"], summary="Actors, most active first")
    def api_actors(
        request: Request,
        country: str | None = Query(None, description="ISO3 country of the actor."),
        kind: str | None = Query(None, description="person, organisation, country, group."),
        q: str | None = Query(None, description="Part of a name, alias or Latin spelling."),
        limit: int = LIMIT,
        offset: int = OFFSET,
        format: str | None = FORMAT,
        conn=Conn,
    ) -> Response:
        page = queries.list_actors(conn, ActorFilter(country, kind, q, limit, offset))
        return listing(request, page, "actors", format)

    @app.get("/api/actors/{actor_id:path}", tags=["actors"], summary="An actor's profile")
    def api_actor(
        request: Request,
        actor_id: str,
        events: int = Query(50, ge=0, le=MAX_LIMIT, description="Events to include."),
        format: str | None = FORMAT,
        conn=Conn,
    ) -> Response:
        profile = queries.get_actor(conn, actor_id, events=events)
        if profile is None:
            raise HTTPException(404, f"no actor {actor_id!r}")
        if wanted_format(request, format) == "csv":
            return csv_response(events_csv(profile["events"]), "actor-events", profile["events_total"])
        return JSONResponse(profile)

    # --- API: documents ---------------------------------------------------------------------------

    @app.get("/api/documents", tags=["documents"], summary="Documents, newest first")
    def api_documents(
        request: Request,
        f: extra.DocumentFilter = Depends(document_filter),
        format: str | None = FORMAT,
        conn=Conn,
    ) -> Response:
        return listing(request, extra.list_documents(conn, f), "documents", format)

    @app.get("/api/documents/{document_id}", tags=["documents"], summary="A document with its events")
    def api_document(
        document_id: int,
        spans: bool = Query(False, description="Include the page text and every stored span."),
        conn=Conn,
    ) -> dict[str, Any]:
        doc = queries.get_document(conn, document_id)
        if doc is None:
            raise HTTPException(404, f"no document {document_id}")
        if spans:
            doc["spans"] = extra.document_spans(conn, document_id)
        return doc

    # --- API: search, dyads, clusters, network, stats -------------------------------------------

    @app.get("/api/search", tags=["search"], summary="Full-text search of documents or event evidence")
    def api_search(
        request: Request,
        q: str = Query(..., max_length=500, description="Words or names: 王毅, 范平明 王毅."),
        target: Literal["documents", "events"] = Query("documents"),
        unique: bool = Query(False, description="Leave out near-duplicate pages."),
        limit: int = Query(20, ge=0, le=MAX_LIMIT),
        offset: int = OFFSET,
        format: str | None = FORMAT,
        conn=Conn,
    ) -> Response:
        page = queries.search(conn, SearchFilter(q, target, limit, offset, include_duplicates=not unique))
        to_csv = events_csv if target == "events" else None
        return listing(request, page, "search", format, to_csv)

    @app.get("/api/dyads", tags=["dyads"], summary="Events between two countries, counted per month and type")
    def api_dyads(
        request: Request,
        a: str = Query(..., min_length=1, max_length=8, description="ISO3 of one country, e.g. VNM."),
        b: str = Query(..., min_length=1, max_length=8, description="ISO3 of the other, e.g. CHN."),
        since: str | None = Query(None),
        until: str | None = Query(None),
        type: str | None = Query(None),
        format: str | None = FORMAT,
        conn=Conn,
    ) -> Response:
        data = extra.dyad_counts(
            conn, a, b, since=parse_date(since), until=parse_date(until, end=True), type_=type
        )
        if wanted_format(request, format) == "csv":
            return csv_response(present.csv_text(data["rows"], ["month", "type", "events"]), "dyad")
        return JSONResponse(data)

    @app.get("/api/clusters", tags=["clusters"], summary="Events reported more than once, grouped")
    def api_clusters(
        request: Request,
        f: extra.ClusterFilter = Depends(cluster_filter),
        format: str | None = FORMAT,
        conn=Conn,
    ) -> Response:
        return listing(request, extra.list_clusters(conn, f), "clusters", format)

    @app.get("/api/clusters/{cluster_id}", tags=["clusters"], summary="A cluster and its events")
    def api_cluster(cluster_id: int, conn=Conn) -> dict[str, Any]:
        found = extra.get_cluster(conn, cluster_id)
        if found is None:
            raise HTTPException(404, f"no cluster {cluster_id}")
        return found

    @app.get(
        "/api/network", tags=["network"], summary="Actors or countries as nodes, events as weighted edges"
    )
    def api_network(
        request: Request,
        f: extra.NetworkFilter = Depends(network_filter),
        format: str | None = FORMAT,
        conn=Conn,
    ) -> Response:
        data = extra.network(conn, f)
        if wanted_format(request, format) == "csv":
            return csv_response(present.csv_text(data["edges"], ["source", "target", "events"]), "network")
        return JSONResponse(data)

    @app.get("/api/countries", tags=["dyads"], summary="Countries taking part in events, most active first")
    def api_countries(request: Request, format: str | None = FORMAT, conn=Conn) -> Response:
        rows = extra.countries(conn)
        if wanted_format(request, format) == "csv":
            return csv_response(present.csv_text(rows, ["code", "events"]), "countries")
        return JSONResponse({"rows": rows, "total": len(rows)})

    @app.get("/api/stats", tags=["stats"], summary="What the store holds")
    def api_stats(conn=Conn) -> dict[str, Any]:
        return queries.stats(conn)

    # --- API: the one write endpoint ------------------------------------------------------------

    @app.post(
        "/api/ingest",
        tags=["ingest"],
        status_code=201,
        summary="Add one page (only with --allow-ingest; bearer token)",
        description="The request body is the page itself (HTML or a text dump, any encoding).",
    )
    async def api_ingest(
        request: Request,
        name: str = Query(..., min_length=1, max_length=1000, description="The page's name or path."),
        url: str | None = Query(None, max_length=2048),
    ) -> JSONResponse:
        if not settings.allow_ingest:
            raise HTTPException(403, "this server is read-only: start it with --allow-ingest --token T")
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        expected = (settings.token or "").encode()
        if (
            scheme.lower() != "bearer"
            or not expected
            or not hmac.compare_digest(token.strip().encode(), expected)
        ):
            raise HTTPException(
                401, "a valid bearer token is required", headers={"www-authenticate": "Bearer"}
            )
        from dyad.document import DyadInputError
        from dyad.ingest.decode import MAX_PAGE_BYTES

        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_PAGE_BYTES:
                raise HTTPException(413, f"the page is over {MAX_PAGE_BYTES} bytes")
            chunks.append(chunk)
        data = b"".join(chunks)

        def work() -> dict[str, Any]:
            from dyad.pipeline import extract
            from dyad.store.ingest import add_document

            try:
                doc = extract(data, url=url, meta={"path": name, **({"url": url} if url else {})})
            except DyadInputError as exc:
                raise BadRequest(f"{exc.reason}: {exc}") from None
            with write_lock:
                conn = connect(db)
                try:
                    outcome = add_document(conn, doc, name, raw=data, source="api")
                finally:
                    conn.close()
            return {
                "outcome": outcome.kind,
                "document_id": outcome.document_id,
                "duplicate_of": outcome.duplicate_of,
                "events": outcome.events,
                "teaser_links": outcome.teaser_links,
            }

        return JSONResponse(await run_in_threadpool(work), status_code=201)

    # --- pages -----------------------------------------------------------------------------------

    from dyad.web import pages

    pages.add_pages(app, render, conn_dep)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(env.get_template("docs.html").render())

    return app
