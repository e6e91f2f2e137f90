"""HTTP load test of ``dyad serve``: N concurrent clients for T seconds against ``/api/events`` and
``/api/search``, on loopback only, then latency percentiles per endpoint and the error count.

    python benchmarks/api_load.py --quick              # 20 clients, 5 s, a store from examples/pages
    python benchmarks/api_load.py --db big.db          # 200 clients, 30 s (the defaults)
    python benchmarks/api_load.py --quick --json       # ... and a final JSON line

The server runs as its own process (``dyad serve`` on 127.0.0.1, an ephemeral port), so the
load generator (asyncio + httpx, one connection per client) does not share its interpreter.
The request mix is drawn from the store itself: its countries, actors and title words, with
dyad pairs, types, periods, evidence words and offsets, so queries hit rows that exist.
Every loop is bounded by the deadline; the script stops the server when it ends. Any error
(a non-200 answer or a failed request) makes the exit code 1: zero errors are expected.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: this script never sends traffic anywhere else


def build_small_db(work: Path) -> Path:
    """A store from the sample corpus (what ``make demo`` builds), for runs without ``--db``."""
    from dyad.store.db import connect
    from dyad.store.ingest import IngestOptions, ingest

    db = work / "load.db"
    with closing(connect(db)) as conn:
        ingest(conn, [ROOT / "examples" / "pages"], IngestOptions(workers=os.cpu_count() or 1))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def request_mix(db: Path, seed: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(label, path, params) requests built from what the store holds."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    with closing(conn):
        countries = [
            r[0]
            for r in conn.execute(
                "SELECT country FROM participants WHERE country IS NOT NULL GROUP BY country"
                " ORDER BY count(*) DESC LIMIT 12"
            )
        ]
        actors = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM actors WHERE kind = 'person' ORDER BY n_events DESC LIMIT 40"
            )
        ]
        types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events")]
        titles = [r[0] for r in conn.execute("SELECT title FROM documents ORDER BY random() LIMIT 200")]
        total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    words = sorted(
        {t[i : i + 2] for t in titles for i in range(0, max(0, len(t) - 1), 3) if t[i : i + 2].strip()}
    )
    words = [w for w in words if all("\u4e00" <= c <= "\u9fff" for c in w)] or ["会谈", "访问", "合作"]
    countries = countries or ["VNM", "CHN"]
    actors = actors or ["王毅"]
    types = types or ["CONSULT"]
    mix: list[tuple[str, str, dict[str, Any]]] = []
    for _ in range(400):
        a, b = rng.sample(countries, 2) if len(countries) > 1 else (countries[0], countries[0])
        kind = rng.random()
        if kind < 0.15:
            params: dict[str, Any] = {}
        elif kind < 0.35:
            params = {"country": a, "with": b}
        elif kind < 0.5:
            params = {"country": a, "type": rng.choice(types)}
        elif kind < 0.65:
            params = {"actor": rng.choice(actors)}
        elif kind < 0.8:
            year = rng.randint(2018, 2024)
            params = {"since": str(year), "until": f"{year + 1}-06"}
        else:
            params = {"q": rng.choice(words)}
        params["limit"] = rng.choice((20, 50, 100))
        if rng.random() < 0.3:
            params["offset"] = rng.randint(0, max(0, min(total, 5000) - 1))
        mix.append(("/api/events", "/api/events", params))
        query = rng.choice(actors) if rng.random() < 0.5 else rng.choice(words)
        target = "events" if rng.random() < 0.3 else "documents"
        mix.append(("/api/search", "/api/search", {"q": query, "target": target, "limit": 20}))
    rng.shuffle(mix)
    return mix


def free_port() -> int:
    with closing(socket.socket()) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, timeout: float) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-c",
        "from dyad.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--host",
        HOST,
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--query-timeout",
        str(timeout),
    ]
    proc = subprocess.Popen(
        cmd, env={**os.environ, "DYAD_ACCESS_LOG": "0"}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise SystemExit(f"api_load: the server did not start:\n{err}")
        try:
            if httpx.get(f"http://{HOST}:{port}/api/stats", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("api_load: the server did not answer within 60 s")


async def run_load(
    base: str,
    mix: list[tuple[str, str, dict[str, Any]]],
    clients: int,
    seconds: float,
    request_timeout: float,
) -> tuple[dict[str, list[float]], dict[str, int], list[str], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    samples: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=request_timeout) as client:
        start = time.perf_counter()
        deadline = start + seconds

        async def worker(i: int) -> None:
            k = i * 7919
            while time.perf_counter() < deadline:
                label, path, params = mix[k % len(mix)]
                k += 1
                t0 = time.perf_counter()
                try:
                    r = await client.get(path, params=params)
                    ok = r.status_code == 200
                    if ok:
                        r.json()
                    elif len(samples) < 5:
                        samples.append(f"{label} {params}: {r.status_code} {r.text[:160]}")
                except (httpx.HTTPError, ValueError) as exc:
                    ok = False
                    if len(samples) < 5:
                        samples.append(f"{label} {params}: {type(exc).__name__}: {exc}")
                latencies[label].append(time.perf_counter() - t0)
                if not ok:
                    errors[label] += 1

        await asyncio.gather(*(worker(i) for i in range(clients)))
        elapsed = time.perf_counter() - start
    return latencies, errors, samples, elapsed


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="the store to serve (default: build one from examples/pages)")
    parser.add_argument("--clients", type=int, default=200, help="concurrent clients (default 200)")
    parser.add_argument("--seconds", type=float, default=30.0, help="duration (default 30)")
    parser.add_argument("--quick", action="store_true", help="20 clients for 5 seconds")
    parser.add_argument("--query-timeout", type=float, default=2.0, help="the server's per-request budget")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print a final JSON line")
    args = parser.parse_args(argv)
    clients, seconds = (20, 5.0) if args.quick else (args.clients, args.seconds)
    if not 1 <= clients <= 2000 or not 0 < seconds <= 600:
        parser.error("--clients must be 1..2000 and --seconds 0..600 (the test is bounded)")
    work = Path(tempfile.mkdtemp(prefix="dyad-load-"))
    proc = None
    try:
        if args.db:
            if not args.db.is_file():
                parser.error(f"no database at {args.db}")
            db, origin = args.db, str(args.db)
        else:
            t0 = time.perf_counter()
            db, origin = build_small_db(work), "examples/pages"
            print(
                f"api_load: built {db} from examples/pages in {time.perf_counter() - t0:.1f} s",
                file=sys.stderr,
            )
        with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            n_docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        mix = request_mix(db, args.seed)
        port = free_port()
        proc = start_server(db, port, args.query_timeout)
        latencies, errors, samples, elapsed = asyncio.run(
            run_load(f"http://{HOST}:{port}", mix, clients, seconds, request_timeout=max(30.0, seconds))
        )
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)
    everything = [v for vs in latencies.values() for v in vs]
    rows = []
    for label in [*sorted(latencies), "all"]:
        vs = everything if label == "all" else latencies[label]
        errs = sum(errors.values()) if label == "all" else errors.get(label, 0)
        rows.append(
            {
                "endpoint": label,
                "requests": len(vs),
                "errors": errs,
                "rps": round(len(vs) / elapsed, 1),
                "p50_ms": round(pct(vs, 0.50), 1),
                "p95_ms": round(pct(vs, 0.95), 1),
                "p99_ms": round(pct(vs, 0.99), 1),
                "max_ms": round(max(vs, default=0) * 1000, 1),
                "mean_ms": round(statistics.fmean(vs) * 1000, 1) if vs else 0.0,
            }
        )
    size = f"{n_docs} documents, {n_events} events"
    print(f"dyad API load: {clients} clients x {seconds:g} s on {origin} ({size})")
    cols = ("endpoint", "requests", "errors", "rps", "p50_ms", "p95_ms", "p99_ms", "max_ms")
    print("  ".join(f"{c:>12}" for c in cols))
    for r in rows:
        print("  ".join(f"{r[c]:>12}" for c in cols))
    for line in samples:
        print(f"  error: {line}", file=sys.stderr)
    result = {
        "clients": clients,
        "seconds": seconds,
        "db": origin,
        "documents": n_docs,
        "events": n_events,
        "elapsed": round(elapsed, 2),
        "endpoints": rows,
        "errors": sum(errors.values()),
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
