"""Mixed load on one SQLite file: readers hammer ``dyad serve`` while a writer ingests new pages.

    python benchmarks/mixed_load.py --quick           # 16 clients, 15 s: under a minute in all
    python benchmarks/mixed_load.py                   # 100 clients, 60 s
    python benchmarks/mixed_load.py --quick --json    # ... and a final JSON line

What it shows: the store's one-writer/many-readers design holds under both at once. The
server (``dyad serve`` on 127.0.0.1) answers events, search, actors and dyads queries drawn
from what the store holds, while a *separate process* ingests batches of new pages into the
same file (WAL: readers never wait for the writer). At the end every page the writer
reported stored must be in the store (no lost writes), the file must pass
``integrity_check``, and no read may have failed: any error makes the exit code 1.

Bounded: loopback only (``127.0.0.1``), at most 500 clients and 300 seconds, a writer that
stops at the deadline or after its page budget, and a server that is always stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
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
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT / "tests")]

from api_load import HOST, free_port, pct, start_server  # noqa: E402

from hostile.corpus import write_corpus  # noqa: E402

assert HOST == "127.0.0.1"  # loopback only: this script never sends traffic anywhere else

Request = tuple[str, str, dict[str, Any]]


# --- the store and the request mix ------------------------------------------------------------


def build_store(work: Path, synthetic: int) -> Path:
    """The sample corpus plus ``synthetic`` short pages in its shapes (one ingest)."""
    from dyad.store.db import connect
    from dyad.store.ingest import IngestOptions, ingest

    pages = work / "base"
    write_corpus(pages / "synthetic", synthetic, seed=7, start=0)
    db = work / "mixed.db"
    with closing(connect(db)) as conn:
        ingest(conn, [ROOT / "examples" / "pages", pages], IngestOptions(workers=os.cpu_count() or 1))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def request_mix(db: Path, seed: int) -> list[Request]:
    """(label, path, params): events, search, actors and dyads over values the store holds."""
    rng = random.Random(seed)
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        countries = [
            r[0]
            for r in conn.execute(
                "SELECT country FROM participants WHERE country IS NOT NULL GROUP BY country"
                " ORDER BY count(*) DESC LIMIT 10"
            )
        ] or ["VNM", "CHN"]
        actors = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM actors WHERE kind = 'person' ORDER BY n_events DESC LIMIT 30"
            )
        ] or ["P:CHN:王毅"]
        names = [r[0] for r in conn.execute("SELECT name FROM actors ORDER BY n_events DESC LIMIT 30")] or [
            "王毅"
        ]
        types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events")] or ["CONSULT"]
    words = ["会谈", "访问", "合作", "越南", "中国", "总理", "会见", "主席", "外交部长", "友好"]
    mix: list[Request] = []
    for _ in range(600):
        a, b = rng.sample(countries, 2) if len(countries) > 1 else (countries[0], "CHN")
        roll = rng.random()
        if roll < 0.3:
            params: dict[str, Any] = rng.choice(
                [
                    {},
                    {"country": a, "with": b},
                    {"type": rng.choice(types)},
                    {"actor": rng.choice(names)},
                    {"q": rng.choice(words)},
                    {"since": str(rng.randint(2016, 2024))},
                ]
            )
            mix.append(("events", "/api/events", {**params, "limit": rng.choice((20, 50))}))
        elif roll < 0.55:
            target = rng.choice(("documents", "documents", "events"))
            mix.append(("search", "/api/search", {"q": rng.choice(words + names), "target": target}))
        elif roll < 0.8:
            if rng.random() < 0.5:
                mix.append(("actors", "/api/actors", {"q": rng.choice(names)[:2], "limit": 20}))
            else:
                mix.append(("actor", f"/api/actors/{rng.choice(actors)}", {}))
        else:
            mix.append(("dyads", "/api/dyads", {"a": a, "b": b}))
    rng.shuffle(mix)
    return mix


# --- the writer process -----------------------------------------------------------------------


def writer_main(db: Path, work: Path, pages: int, batch: int, deadline: float) -> int:
    """Ingest ``pages`` new pages in batches; after each commit print what it stored (JSON)."""
    from dyad.store.db import connect
    from dyad.store.ingest import IngestOptions, ingest

    done = 0
    with closing(connect(db)) as conn:
        while done < pages and time.time() < deadline:
            folder = work / f"batch-{done:06d}"
            paths = write_corpus(folder, min(batch, pages - done), seed=11, start=1_000_000 + done)
            failed: set[str] = set()
            t0 = time.perf_counter()
            summary = ingest(
                conn,
                [folder],
                IngestOptions(workers=1, batch_size=batch),
                on_error=lambda name, _reason, _message, failed=failed: failed.add(name),
            )
            stored = [str(p) for p in paths if os.path.normpath(str(p)) not in failed]
            line = {
                "names": stored,
                "added": summary.added,
                "errors": summary.errors,
                "seconds": round(time.perf_counter() - t0, 3),
            }
            print(json.dumps(line, ensure_ascii=False), flush=True)
            done += len(paths)
    return 0


def start_writer(db: Path, work: Path, pages: int, batch: int, seconds: float) -> subprocess.Popen[str]:
    cmd = [
        sys.executable,
        __file__,
        "--writer",
        "--db",
        str(db),
        "--work",
        str(work),
        "--pages",
        str(pages),
        "--batch",
        str(batch),
        "--deadline",
        str(time.time() + seconds),
    ]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# --- the readers ------------------------------------------------------------------------------


async def readers(
    base: str, mix: list[Request], clients: int, seconds: float, timeout: float
) -> tuple[dict[str, list[float]], dict[str, int], list[str], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    samples: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
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
                    if r.status_code == 200:
                        r.json()
                    if not ok and len(samples) < 5:
                        samples.append(f"{path} {params}: {r.status_code} {r.text[:160]}")
                except (httpx.HTTPError, ValueError) as exc:
                    ok = False
                    if len(samples) < 5:
                        samples.append(f"{path} {params}: {type(exc).__name__}: {exc}")
                latencies[label].append(time.perf_counter() - t0)
                errors[label] += not ok

        await asyncio.gather(*(worker(i) for i in range(clients)))
        return latencies, errors, samples, time.perf_counter() - start


# --- the run ----------------------------------------------------------------------------------


def verify(db: Path, stored: list[str]) -> dict[str, Any]:
    """Every page the writer reported stored is in the store; the file is sound."""
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM document_names")}
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    lost = [n for n in stored if os.path.normpath(n) not in names]
    return {"integrity": integrity, "lost_writes": len(lost), "lost_sample": lost[:5], "documents": documents}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--synthetic", type=int, default=1000, help="synthetic pages in the base store")
    parser.add_argument("--pages", type=int, default=5000, help="most pages the writer may add")
    parser.add_argument("--batch", type=int, default=25, help="pages per writer transaction")
    parser.add_argument("--quick", action="store_true", help="16 clients, 15 s, a 300-page base store")
    parser.add_argument("--query-timeout", type=float, default=2.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print a final JSON line")
    parser.add_argument("--writer", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--deadline", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.writer:
        return writer_main(args.db, args.work, args.pages, args.batch, args.deadline)
    if args.quick:
        args.clients, args.seconds, args.synthetic, args.pages = 16, 15.0, 300, 2000
    if not (1 <= args.clients <= 500 and 0 < args.seconds <= 300 and 0 < args.pages <= 100_000):
        parser.error("--clients 1..500, --seconds up to 300, --pages up to 100000: the run is bounded")
    work = Path(tempfile.mkdtemp(prefix="dyad-mixed-"))
    server = writer = None
    started = time.perf_counter()
    try:
        db = build_store(work, args.synthetic)
        built = time.perf_counter() - started
        mix = request_mix(db, args.seed)
        port = free_port()
        server = start_server(db, port, args.query_timeout)
        writer = start_writer(db, work / "writer", args.pages, args.batch, args.seconds)
        latencies, errors, samples, elapsed = asyncio.run(
            readers(f"http://{HOST}:{port}", mix, args.clients, args.seconds, timeout=max(30.0, args.seconds))
        )
        out, err = writer.communicate(timeout=120)
        batches = [json.loads(line) for line in out.splitlines() if line.strip()]
        if writer.returncode != 0:
            samples.append(f"writer exit {writer.returncode}: {err[-500:]}")
    finally:
        for proc in (writer, server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
    stored = [n for b in batches for n in b["names"]]
    check = verify(db, stored)
    shutil.rmtree(work, ignore_errors=True)
    everything = [v for vs in latencies.values() for v in vs]
    rows = []
    for label in [*sorted(latencies), "all"]:
        vs = everything if label == "all" else latencies[label]
        rows.append(
            {
                "endpoint": label,
                "requests": len(vs),
                "errors": sum(errors.values()) if label == "all" else errors.get(label, 0),
                "rps": round(len(vs) / elapsed, 1),
                "p50_ms": round(pct(vs, 0.50), 1),
                "p95_ms": round(pct(vs, 0.95), 1),
                "p99_ms": round(pct(vs, 0.99), 1),
                "max_ms": round(max(vs, default=0) * 1000, 1),
            }
        )
    commit = [b["seconds"] for b in batches]
    write = {
        "batches": len(batches),
        "pages_stored": len(stored),
        "pages_per_second": round(len(stored) / elapsed, 1),
        "batch_p50_ms": round(statistics.median(commit) * 1000, 1) if commit else 0.0,
        "batch_max_ms": round(max(commit, default=0) * 1000, 1),
        "writer_errors": sum(b["errors"] for b in batches) + (writer is not None and writer.returncode != 0),
    }
    read_errors = sum(errors.values())
    failed = read_errors or write["writer_errors"] or check["lost_writes"] or check["integrity"] != "ok"
    print(
        f"dyad mixed load: {args.clients} clients x {args.seconds:g} s, a writer in its own process "
        f"(store built in {built:.1f} s; {check['documents']} documents at the end)"
    )
    cols = ("endpoint", "requests", "errors", "rps", "p50_ms", "p95_ms", "p99_ms", "max_ms")
    print("  ".join(f"{c:>10}" for c in cols))
    for r in rows:
        print("  ".join(f"{r[c]:>10}" for c in cols))
    print(
        f"writer: {write['pages_stored']} pages in {write['batches']} batches of {args.batch} "
        f"({write['pages_per_second']} pages/s; batch p50 {write['batch_p50_ms']} ms, "
        f"max {write['batch_max_ms']} ms), {write['writer_errors']} errors"
    )
    print(f"after: integrity {check['integrity']}, lost writes {check['lost_writes']}")
    for line in samples:
        print(f"  error: {line}", file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                {
                    "clients": args.clients,
                    "seconds": args.seconds,
                    "elapsed": round(elapsed, 2),
                    "endpoints": rows,
                    "writer": write,
                    "check": check,
                    "errors": read_errors,
                    "total_seconds": round(time.perf_counter() - started, 1),
                },
                ensure_ascii=False,
            )
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
