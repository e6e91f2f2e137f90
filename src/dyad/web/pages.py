"""The web pages: each route gathers one JSON-ready ``data`` dict (its JSON twin) and hands it,
with a few view-only helpers, to a Jinja2 template. Queries are the API's own, so a page and
its JSON never disagree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import Response

from dyad.store import queries
from dyad.store.queries import MAX_LIMIT, ActorFilter, EventFilter, Page, SearchFilter
from dyad.web import present
from dyad.web import queries_extra as extra
from dyad.web.deps import (
    cluster_filter,
    coded_only,
    csv_response,
    document_filter,
    event_filter,
    events_csv,
    network_filter,
    page_links,
    parse_events,
)

__all__ = ["EVENT_TYPES", "add_pages", "document_view"]

EVENT_TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "DEMAND", "REJECT", "THREATEN", "OTHER")
Render = Callable[..., Response]


def _page_view(request: Request, page: Page) -> dict[str, Any]:
    links = page_links(request, page)
    shown = len(page.rows)
    return {
        **links,
        "first": page.offset + 1 if shown else 0,
        "last": page.offset + shown,
        "total": page.total,
        "exact": getattr(page, "exact", True),
    }


def _csv_link(path: str, params: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return f"{path}.csv" + (f"?{urlencode(kept)}" if kept else "")


def document_view(doc: dict[str, Any], spans: dict[str, Any]) -> dict[str, Any]:
    """The article's parts as highlighted HTML, events grouped by page part, teasers with links."""
    text, marks, offices = spans["text"], spans["marks"], spans["offices"]

    def html(part: dict[str, Any]) -> Any:
        return present.highlight(text, part["start"], part["end"], marks, offices)

    view: dict[str, Any] = {"title": None, "lead": None, "paragraphs": [], "captions": [], "teasers": {}}
    for part in spans["parts"]:
        kind = part["kind"]
        if kind == "title":
            view["title"] = html(part)
        elif kind == "lead":
            view["lead"] = html(part)
        elif kind == "paragraph":
            view["paragraphs"].append(html(part))
        elif kind == "caption":
            view["captions"].append(html(part))
        elif kind.startswith("teaser_"):
            view["teasers"].setdefault(part["idx"], {})[kind.removeprefix("teaser_")] = html(part)
    evidence: dict[str, Any] = {}
    for ev in doc["events"]:
        span = ev["evidence"]
        if span.get("start") is not None and span.get("end") is not None:
            own = spans["events"].get(ev["id"], [])
            evidence[ev["id"]] = present.highlight(text, span["start"], span["end"], own, link_actors=False)
    teasers = []
    for t in doc["teasers"]:
        parts = view["teasers"].get(t["idx"], {})
        teasers.append(
            {
                **t,
                "href": present.safe_href(t.get("url")),
                "html": parts,
                "events": [e for e in doc["events"] if e["section"] == "related" and e["teaser"] == t["idx"]],
            }
        )
    view["teasers"] = teasers
    view["events"] = [e for e in doc["events"] if e["section"] != "related"]
    view["evidence"] = evidence
    return view


def add_pages(app: FastAPI, render: Render, conn_dep: Callable[[], Iterator[sqlite3.Connection]]) -> None:
    """Register the HTML pages (and so their JSON twins) on ``app``."""
    Conn = Depends(conn_dep)

    def common(**more: Any) -> dict[str, Any]:
        return {"event_types": EVENT_TYPES, **more}

    @app.get("/", include_in_schema=False)
    def home(request: Request, conn: sqlite3.Connection = Conn) -> Response:
        data = {
            "stats": queries.stats(conn),
            "latest": queries.list_events(conn, EventFilter(limit=8, **coded_only())).rows,
            "actors": queries.list_actors(conn, ActorFilter(limit=12)).rows,
            "countries": extra.countries(conn, limit=12),
        }
        return render(request, "home.html", data, **common())

    @app.get("/search", include_in_schema=False)
    def search_page(
        request: Request,
        q: str = Query("", max_length=500),
        target: str = Query("documents", pattern="^(documents|events)$"),
        unique: bool = False,
        limit: int = Query(20, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
        conn: sqlite3.Connection = Conn,
    ) -> Response:
        page = (
            queries.search(conn, SearchFilter(q, target, limit, offset, include_duplicates=not unique))
            if q.strip()
            else Page([], 0, limit, offset)
        )
        data = {"query": {"q": q, "target": target, "unique": unique}, **page.to_dict()}
        csv_params = {
            "q": q,
            "target": target,
            "unique": "true" if unique else None,
            "limit": limit,
            "offset": offset,
        }
        return render(
            request,
            "search.html",
            data,
            paging=_page_view(request, page),
            csv_href=_csv_link("/api/search", csv_params) if q.strip() else None,
            **common(),
        )

    @app.get("/events", include_in_schema=False)
    def events_page(
        request: Request,
        f: EventFilter = Depends(event_filter),
        conn: sqlite3.Connection = Conn,
    ) -> Response:
        page = queries.list_events(conn, f)
        params = dict(request.query_params)
        data = {"filters": params, **page.to_dict()}
        return render(
            request,
            "events.html",
            data,
            paging=_page_view(request, page),
            csv_href=_csv_link("/api/events", params),
            csv=lambda: csv_response(events_csv(page.rows), "events", page.total),
            **common(),
        )

    @app.get("/documents", include_in_schema=False)
    def documents_page(
        request: Request,
        f: extra.DocumentFilter = Depends(document_filter),
        conn: sqlite3.Connection = Conn,
    ) -> Response:
        page = extra.list_documents(conn, f)
        params = dict(request.query_params)
        data = {"filters": params, **page.to_dict()}
        return render(
            request,
            "documents.html",
            data,
            paging=_page_view(request, page),
            csv_href=_csv_link("/api/documents", params),
            **common(),
        )

    @app.get("/documents/{document_id}", include_in_schema=False)
    def document_page(request: Request, document_id: int, conn: sqlite3.Connection = Conn) -> Response:
        doc = queries.get_document(conn, document_id)
        spans = extra.document_spans(conn, document_id) if doc else None
        if doc is None or spans is None:
            raise HTTPException(404, f"no document {document_id}")
        data = {**doc, "spans": spans}
        duplicate = None
        if doc.get("duplicate_of"):
            duplicate = conn.execute(
                "SELECT id, title FROM documents WHERE id = ?", (doc["duplicate_of"],)
            ).fetchone()
        return render(
            request,
            "document.html",
            data,
            view=document_view(doc, spans),
            source_href=present.safe_href(doc.get("url")),
            duplicate=dict(duplicate) if duplicate else None,
            **common(),
        )

    @app.get("/actors", include_in_schema=False)
    def actors_page(
        request: Request,
        country: str | None = None,
        kind: str | None = None,
        q: str | None = None,
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
        conn: sqlite3.Connection = Conn,
    ) -> Response:
        page = queries.list_actors(conn, ActorFilter(country or None, kind or None, q or None, limit, offset))
        params = dict(request.query_params)
        data = {"filters": params, **page.to_dict()}
        return render(
            request,
            "actors.html",
            data,
            paging=_page_view(request, page),
            csv_href=_csv_link("/api/actors", params),
            **common(),
        )

    @app.get("/actors/{actor_id:path}", include_in_schema=False)
    def actor_page(request: Request, actor_id: str, conn: sqlite3.Connection = Conn) -> Response:
        profile = queries.get_actor(conn, actor_id, events=50)
        if profile is None:
            raise HTTPException(404, f"no actor {actor_id!r}")
        aliases: dict[str, list[str]] = {"zh": [], "latin": [], "vi": []}
        for a in profile["aliases"]:
            aliases.setdefault(a["kind"], []).append(a["alias"])
        graph = {
            "center": {"id": profile["id"], "name": profile["name"], "country": profile["country"]},
            "partners": profile["partners"],
        }
        return render(
            request,
            "actor.html",
            profile,
            aliases=aliases,
            graph=graph,
            more_href=f"/events?actor={present.url_path(profile['id'])}",
            csv_href=f"/api/actors/{present.url_path(profile['id'])}.csv",
            **common(),
        )

    @app.get("/dyads", include_in_schema=False)
    def dyad_page(
        request: Request,
        a: str = Query("VNM", max_length=8),
        b: str = Query("CHN", max_length=8),
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
        conn: sqlite3.Connection = Conn,
    ) -> Response:
        a, b = a.strip().upper() or "VNM", b.strip().upper() or "CHN"
        f = parse_events(
            country=a, with_country=b, type=type, since=since, until=until, limit=limit, offset=offset
        )
        counts = extra.dyad_counts(conn, a, b, since=f.since, until=f.until, type_=type or None)
        page = queries.list_events(conn, f)
        data = {"a": a, "b": b, "counts": counts, **page.to_dict()}
        api = {"a": a, "b": b, "type": type, "since": since, "until": until}
        from urllib.parse import urlencode

        return render(
            request,
            "dyad.html",
            data,
            countries=extra.countries(conn),
            chart_src="/api/dyads?" + urlencode({k: v for k, v in api.items() if v}),
            filters={"type": type or "", "since": since or "", "until": until or ""},
            paging=_page_view(request, page),
            csv_href=_csv_link(
                "/api/events", {"country": a, "with": b, "type": type, "since": since, "until": until}
            ),
            **common(),
        )

    @app.get("/network", include_in_schema=False)
    def network_page(
        request: Request,
        f: extra.NetworkFilter = Depends(network_filter),
        conn: sqlite3.Connection = Conn,
    ) -> Response:
        data = extra.network(conn, f)
        params = dict(request.query_params)
        from urllib.parse import urlencode

        return render(
            request,
            "network.html",
            data,
            filters=params,
            chart_src="/api/network" + (f"?{urlencode(params)}" if params else ""),
            csv_href=_csv_link("/api/network", params),
            **common(),
        )

    @app.get("/clusters", include_in_schema=False)
    def clusters_page(
        request: Request,
        f: extra.ClusterFilter = Depends(cluster_filter),
        conn: sqlite3.Connection = Conn,
    ) -> Response:
        page = extra.list_clusters(conn, f)
        params = dict(request.query_params)
        data = {"filters": params, **page.to_dict()}
        return render(
            request,
            "clusters.html",
            data,
            paging=_page_view(request, page),
            csv_href=_csv_link("/api/clusters", params),
            **common(),
        )

    @app.get("/clusters/{cluster_id}", include_in_schema=False)
    def cluster_page(request: Request, cluster_id: int, conn: sqlite3.Connection = Conn) -> Response:
        found = extra.get_cluster(conn, cluster_id)
        if found is None:
            raise HTTPException(404, f"no cluster {cluster_id}")
        return render(request, "cluster.html", found, **common())
