"""What the API routes and the pages share: response format negotiation, pagination links,
CSV answers, and the filters built from query parameters (one definition, so ``/events``
and ``/api/events`` take exactly the same parameters).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import Query, Request
from fastapi.responses import JSONResponse, Response

from dyad.store import queries
from dyad.store.export import FLAT_COLUMNS, flat_rows
from dyad.store.queries import MAX_LIMIT, EventFilter, Page
from dyad.web import present
from dyad.web import queries_extra as extra

__all__ = [
    "FORMAT",
    "LIMIT",
    "OFFSET",
    "BadRequest",
    "QueryTimeout",
    "cluster_filter",
    "coded_only",
    "csv_response",
    "document_filter",
    "event_filter",
    "events_csv",
    "listing",
    "local_path",
    "network_filter",
    "page_json",
    "page_links",
    "parse_date",
    "parse_events",
    "wanted_format",
]

LIMIT = Query(50, ge=0, le=MAX_LIMIT, description=f"Rows per page (at most {MAX_LIMIT}).")
OFFSET = Query(0, ge=0, description="Rows to skip: pagination (see `total` and `next`).")
FORMAT = Query(None, description="`json` (default) or `csv`; also `.csv` after the path.")


class BadRequest(ValueError):
    """A request whose parameters we cannot use: answered 400 with the reason."""


class QueryTimeout(RuntimeError):
    """Every connection stayed busy: answered 503."""


def wanted_format(request: Request, fmt: str | None = None) -> str:
    """``json``, ``csv`` or ``html``: the suffix first, then ``format=``, then the Accept header."""
    forced = request.scope.get("dyad.format")
    if forced:
        return str(forced)
    if fmt:
        if fmt not in ("json", "csv", "html"):
            raise BadRequest(f"format {fmt!r}: use json or csv")
        return fmt
    if request.url.path.startswith("/api/"):
        return "json"
    accept = request.headers.get("accept", "")
    if "application/json" in accept and "text/html" not in accept:
        return "json"
    return "html"


def local_path(request: Request) -> str:
    """The request's path with one leading slash: ``//host/x`` must not become a link to ``host``."""
    return "/" + request.url.path.lstrip("/")


def page_links(request: Request, page: Page) -> dict[str, str | None]:
    """Relative URLs of the previous and next pages (same path and filters)."""
    params = dict(request.query_params)
    path = local_path(request)
    suffix = request.scope.get("dyad.format")
    if suffix:
        path += f".{suffix}"

    def at(offset: int) -> str:
        return f"{path}?{urlencode({**params, 'offset': offset, 'limit': page.limit})}"

    shown = len(page.rows)
    # past the store's count cap the total is a floor: a full page means there may be more
    more = page.offset + shown < page.total or (not getattr(page, "exact", True) and shown == page.limit)
    nxt = at(page.offset + shown) if shown and more else None
    prev = at(max(0, page.offset - page.limit)) if page.offset > 0 and page.limit else None
    return {"next": nxt, "prev": prev}


def page_json(request: Request, page: Page) -> dict[str, Any]:
    return {**page.to_dict(), **page_links(request, page)}


def csv_response(text: str, filename: str, total: int | None = None) -> Response:
    headers = {"content-disposition": f'attachment; filename="{filename}.csv"'}
    if total is not None:
        headers["x-total-count"] = str(total)
    return Response(text, media_type="text/csv; charset=utf-8", headers=headers)


def event_csv_rows(rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for ev in rows:
        yield from flat_rows(ev)


def listing(
    request: Request,
    page: Page,
    name: str,
    fmt: str | None,
    to_csv: Callable[[list[dict[str, Any]]], str] | None = None,
) -> Response:
    """A page of rows as JSON (with totals and links) or as CSV."""
    if wanted_format(request, fmt) == "csv":
        text = to_csv(page.rows) if to_csv else present.csv_text(page.rows)
        response = csv_response(text, name, page.total)
        links = page_links(request, page)
        if links["next"]:
            response.headers["link"] = f'<{links["next"]}>; rel="next"'
        return response
    return JSONResponse(page_json(request, page), headers={"x-total-count": str(page.total)})


def events_csv(rows: list[dict[str, Any]]) -> str:
    return present.csv_text(event_csv_rows(rows), list(FLAT_COLUMNS))


def _parse(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except (ValueError, TypeError) as exc:
        raise BadRequest(str(exc)) from None


def parse_date(value: str | None, *, end: bool = False) -> str | None:
    return _parse(lambda: queries.parse_date(value, end=end)) if value else None


# --- filters from query parameters ---


# The filters are async: they only parse, so they run on the event loop, not in a thread.
async def event_filter(
    country: str | None = Query(None, description="ISO3 of either side, e.g. VNM."),
    with_: str | None = Query(None, alias="with", description="ISO3 of the other side (a dyad)."),
    actor: str | None = Query(None, description="Actor id, name, alias or Latin spelling."),
    type: str | None = Query(None, description="PLOVER type: CONSULT, AGREE, AID..."),
    mode: str | None = Query(None, description="visit, meeting, talks, phone..."),
    since: str | None = Query(None, description="YYYY[-MM[-DD]]: events ending on or after."),
    until: str | None = Query(None, description="YYYY[-MM[-DD]]: events starting on or before."),
    place: str | None = Query(None, description="Location text, or its ISO3 country."),
    min_amount: str | None = Query(None, description="e.g. 5000000, 5M, 500万."),
    q: str | None = Query(None, description="Words of the evidence (full-text)."),
    document: int | None = Query(None, description="Only this document's events."),
    cluster: int | None = Query(None, description="Only this cluster's events."),
    coded: bool = Query(False, description="Leave out OTHER (events that are not relations)."),
    limit: int = LIMIT,
    offset: int = OFFSET,
) -> EventFilter:
    return _parse(
        lambda: EventFilter.parse(
            **coded_only(coded),
            country=country,
            with_country=with_,
            actor=actor,
            type=type,
            mode=mode,
            since=since,
            until=until,
            place=place,
            min_amount=min_amount,
            query=q,
            document=document,
            cluster=cluster,
            limit=limit,
            offset=offset,
        )
    )


async def document_filter(
    title: str | None = Query(None, description="Part of the title."),
    since: str | None = Query(None, description="Published on or after YYYY[-MM[-DD]]."),
    until: str | None = Query(None, description="Published on or before YYYY[-MM[-DD]]."),
    with_events: bool = Query(False, description="Only documents with events."),
    unique: bool = Query(False, description="Leave out near-duplicates."),
    limit: int = LIMIT,
    offset: int = OFFSET,
) -> extra.DocumentFilter:
    return extra.DocumentFilter(
        title, parse_date(since), parse_date(until, end=True), with_events, unique, limit, offset
    )


async def cluster_filter(
    type: str | None = Query(None),
    since: str | None = Query(None),
    until: str | None = Query(None),
    min_sources: int = Query(1, ge=1, description="Reported by at least this many documents."),
    limit: int = LIMIT,
    offset: int = OFFSET,
) -> extra.ClusterFilter:
    return extra.ClusterFilter(
        type, parse_date(since), parse_date(until, end=True), min_sources, limit, offset
    )


async def network_filter(
    level: Literal["country", "actor"] = Query("country"),
    since: str | None = Query(None),
    until: str | None = Query(None),
    type: str | None = Query(None),
    country: str | None = Query(None, description="Only edges touching this country."),
    min_weight: int = Query(1, ge=1),
    limit: int = Query(150, ge=1, le=MAX_LIMIT, description="The heaviest edges kept."),
) -> extra.NetworkFilter:
    return extra.NetworkFilter(
        level, parse_date(since), parse_date(until, end=True), type, country, min_weight, limit
    )


def coded_only(coded: bool = True) -> dict[str, bool]:
    """``{"coded": True}`` when asked and the store's EventFilter knows the field, else ``{}``."""
    return {"coded": True} if coded and "coded" in EventFilter.__dataclass_fields__ else {}


def parse_events(**raw: Any) -> EventFilter:
    """An EventFilter from strings; a bad date or amount is a 400, not a 500."""
    return _parse(lambda: EventFilter.parse(**raw))
