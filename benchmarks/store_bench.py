"""Store benchmark: ingest a synthetic corpus, then time the query functions the CLI runs.

    python benchmarks/store_bench.py --quick            # 2,000 pages
    python benchmarks/store_bench.py --pages 100000     # the default size
    python benchmarks/store_bench.py --quick --json     # ... and a final JSON line

The corpus takes its shapes from the sample pages (examples/pages, else ../shared/seeds, else
the templates below): their titles, paragraphs and teasers are recombined, and the names,
places and dates in them permuted, so pages differ the way real pages do; 2% are exact copies
under another name and 3% near-duplicates, and teasers point at pages of the corpus. With
``--stages real`` (the default) every page goes through the real ``dyad.extract``; with
``--stages synthetic`` pages are only cut into parts and a benchmark-only coder makes events
from the generator's own names (to measure the store alone at sizes the extractor would take
hours for). Query latencies are the in-process cost of ``dyad.store.queries`` calls, which is
what the CLI and the web app run; ``cli`` adds one whole ``dyad events`` process for scale.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from dyad import pipeline
from dyad.document import Document, Span
from dyad.model import Actor, Event, Mention, TimeValue
from dyad.store import ingest as ingest_module
from dyad.store import queries
from dyad.store.db import connect
from dyad.store.ingest import IngestOptions, ingest

ROOT = Path(__file__).resolve().parent.parent
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐阮黎范武潘裴邓丁"
GIVEN = "明华国平海忠文德强军建志永光伟春雄成安仁义勇东南北山水江河金玉兰芳清红"
PLACES = [
    "河内",
    "胡志明市",
    "金边",
    "万象",
    "北京",
    "东京",
    "首尔",
    "巴黎",
    "柏林",
    "莫斯科",
    "华盛顿",
    "堪培拉",
    "新加坡",
    "曼谷",
    "雅加达",
    "马尼拉",
    "吉隆坡",
    "新德里",
    "伦敦",
    "罗马",
    "岘港",
    "海防",
]
COUNTRIES = [
    "VNM",
    "CHN",
    "KHM",
    "LAO",
    "JPN",
    "KOR",
    "FRA",
    "DEU",
    "RUS",
    "USA",
    "AUS",
    "SGP",
    "THA",
    "IDN",
    "PHL",
    "MYS",
    "IND",
    "GBR",
    "ITA",
    "CUB",
]
TRIGGERS = {
    "会谈": ("CONSULT", "talks"),
    "会见": ("CONSULT", "meeting"),
    "访问": ("CONSULT", "visit"),
    "通电话": ("CONSULT", "phone"),
    "援助": ("AID", None),
    "签署": ("AGREE", "sign"),
    "贺电": ("SUPPORT", "message"),
}
BUILT_IN = [
    (
        "越中两国外交部长举行会谈",
        [
            "4月1日下午在河内,越南政府副总理兼外交部长范平明与中国国务委员兼外交部长王毅举行了会谈。",
            "范平明强调,越南党和政府重视并希望越中全面战略合作伙伴关系进一步向前发展。",
            "双方一致同意加强两国各部委、行业的合作力度,扩大两国各地方和人民的互动交流。",
            "王毅认为大湄公河次区域合作领导人会议有助于促进各成员国的合作关系。",
        ],
    ),
    (
        "越柬两国首都深化双边合作关系",
        [
            "应金边市长坤盛的邀请,河内市委书记黄忠海率领河内市高级代表团从9月8日至10日对金边市进行工作访问。",
            "9月9日上午,河内市高级代表团礼节性拜会柬埔寨王国政府首相洪森。",
            "黄忠海向首相洪森通报两个首都的合作情况,河内向金边提供500万美元的援助。",
            "双方强调,此次会谈为加强两国首都的合作关系开辟新前景。",
        ],
    ),
    (
        "越南副外长黎怀忠与中国副外长罗照辉举行视频会议",
        [
            "5月29日在外交部总部,外交部副部长黎怀忠同中国外交部副部长罗照辉举行视频会议。",
            "双方积极评价去年以来越中关系取得的积极进展,一致认为两党两国关系步入关键阶段。",
            "黎怀忠建议中国继续为出口中国的越南货物顺利通关创造便利条件。",
            "双方同意在陆地边界管理工作中加强合作。",
        ],
    ),
]


# --- the corpus ---------------------------------------------------------------------------------


class Template:
    def __init__(self, title: str, paragraphs: list[str], teasers: list[tuple[str, str]]) -> None:
        self.title, self.paragraphs, self.teasers = title, paragraphs, teasers


def load_templates() -> tuple[list[Template], str]:
    """Page shapes from the sample corpus, the shared seeds, or the built-in templates."""
    for folder in (ROOT / "examples" / "pages", ROOT.parent / "shared" / "seeds"):
        files = (
            sorted(p for p in folder.glob("*") if p.suffix in (".txt", ".html", ".htm"))
            if folder.is_dir()
            else []
        )
        templates = []
        for path in files:
            try:
                doc = pipeline.parse_page(path.read_bytes())
            except Exception:  # a template the reader refuses is simply not used
                continue
            paras = [doc.slice(s) for s in doc.body if len(doc.slice(s)) >= 20]
            teasers = [
                (doc.slice(t.title), doc.slice(t.summary)) for t in doc.teasers if t.title and t.summary
            ]
            if paras:
                templates.append(Template(doc.slice(doc.title), paras, teasers))
        if len(templates) >= 3:
            return templates, str(folder)
    return [Template(t, p, []) for t, p in BUILT_IN], "built-in templates"


def harvest_names(templates: list[Template]) -> list[str]:
    """Person names the real pipeline finds in the templates (none before the actor stage exists)."""
    names: set[str] = {"范平明", "王毅", "黄忠海", "坤盛", "洪森", "黎怀忠", "罗照辉"}
    for t in templates:
        text = "\n".join([t.title, *t.paragraphs])
        try:
            doc = pipeline.extract(text)
        except Exception:  # a template the extractor fails on adds no names
            continue
        names.update(
            a.name for a in doc.actors if getattr(a, "kind", "") == "person" and 2 <= len(a.name) <= 12
        )
    return sorted(names)


class Generator:
    """Synthetic pages: recombined paragraphs, permuted names/places/dates, linked teasers."""

    def __init__(self, templates: list[Template], known: list[str], seed: int) -> None:
        self.rng = random.Random(seed)
        self.templates = templates
        self.paragraphs = [p for t in templates for p in t.paragraphs]
        self.teasers = [x for t in templates for x in t.teasers] or [
            (t.title, t.paragraphs[0]) for t in templates
        ]
        pool = {
            self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, self.rng.choice((1, 2))))
            for _ in range(4000)
        }
        self.names = sorted(pool | set(known))
        self.slots = re.compile(
            "|".join(sorted(map(re.escape, set(known) | set(PLACES)), key=len, reverse=True))
        )
        self.titles: set[str] = set()
        self.recent: deque[tuple[str, str, str]] = deque(maxlen=2000)  # (title, lead, text)

    def _permute(self, text: str, mapping: dict[str, str], year: int) -> str:
        def slot(m: re.Match[str]) -> str:
            word = m.group()
            if word not in mapping:
                mapping[word] = self.rng.choice(PLACES if word in PLACES else self.names)
            return mapping[word]

        text = self.slots.sub(slot, text)
        text = re.sub(r"(?:19|20)\d\d年", lambda _: f"{year}年", text)
        return re.sub(
            r"\d{1,2}月\d{1,2}日", lambda _: f"{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日", text
        )

    def page(self) -> str:
        rng = self.rng
        if self.recent and rng.random() < 0.02:  # the same page again under another name
            return rng.choice(self.recent)[2]
        if self.recent and rng.random() < 0.03:  # a near-duplicate: one name changed in one place
            text = rng.choice(self.recent)[2]
            return text.replace(rng.choice(PLACES + self.names[:50]), rng.choice(self.names), 1)
        t = rng.choice(self.templates)
        mapping: dict[str, str] = {}
        year = rng.randint(2012, 2025)
        body = [t.paragraphs[0], *rng.sample(t.paragraphs[1:], k=max(0, int(len(t.paragraphs[1:]) * 0.8)))]
        body += rng.sample(self.paragraphs, k=min(len(self.paragraphs), rng.randint(1, 3)))
        rest = body[1:]
        rng.shuffle(rest)
        body = [self._permute(p, mapping, year) for p in [body[0], *rest]]
        if not re.search(r"\d{1,2}月\d{1,2}日", body[0]):
            body[0] = f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日," + body[0]
        else:
            body[0] = re.sub(r"(?<!年)(\d{1,2}月\d{1,2}日)", rf"{year}年\1", body[0], count=1)
        title = self._permute(t.title, mapping, year)
        while title in self.titles:
            title = f"{title}{rng.choice(PLACES)}"
        self.titles.add(title)
        teasers = []
        for _ in range(rng.randint(3, 6)):
            if self.recent and rng.random() < 0.5:
                r_title, r_lead, _ = rng.choice(self.recent)
                teasers.append((r_title, r_lead))
            else:
                tt, ts = rng.choice(self.teasers)
                teasers.append((self._permute(tt, {}, year), self._permute(ts, {}, year)))
        place = mapping.get("河内", rng.choice(PLACES))
        lines = [title, "", body[0], "", f"越通社{place}——{body[0]}", ""]
        for p in body[1:]:
            lines += [p, ""]
        lines[-2] += "(越通社——VNA)"
        lines += ["越通社", "", "更多", ""]
        for tt, ts in teasers:
            lines += [tt, "", ts, ""]
        text = "\n".join(lines)
        self.recent.append((title, body[0], text))
        return text


def write_corpus(folder: Path, n: int, seed: int) -> tuple[str, list[str]]:
    templates, origin = load_templates()
    known = harvest_names(templates)
    gen = Generator(templates, known, seed)
    for i in range(n):
        sub = folder / f"{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"page{i:07d}.txt").write_text(gen.page(), encoding="utf-8")
    return origin, gen.names


# --- the benchmark-only event coder (for --stages synthetic) -------------------------------------

_NAMES: re.Pattern[str] | None = None
_SENTENCE = re.compile(r"[^。!?\n]+[。!?]?")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def synthetic_stage(doc: Document) -> None:
    """Benchmark only: a sentence naming two generator names and a trigger word is an event."""
    assert _NAMES is not None
    parts = [("main", None, s) for s in doc.main_spans()]
    parts += [("related", i, s) for i, t in enumerate(doc.teasers) for s in t.parts()]
    actors: dict[str, Actor] = {}
    for section, teaser, span in parts:
        for sent in _SENTENCE.finditer(doc.text, span.start, span.end):
            found = [(m.start(), m.group()) for m in _NAMES.finditer(sent.group())]
            trigger = next((w for w in TRIGGERS if w in sent.group()), None)
            if len(found) < 2 or trigger is None:
                continue
            mentions = []
            for offset, name in found[:3]:
                start = sent.start() + offset
                country = COUNTRIES[sum(map(ord, name)) % len(COUNTRIES)]
                m = Mention(
                    span=Span(start, start + len(name)),
                    name=name,
                    kind="person",
                    country=country,
                    sector="GOV",
                    actor_id=f"P:{country}:{name}",
                    section=section,
                    teaser=teaser,
                )
                mentions.append(m)
                actor = actors.setdefault(
                    m.actor_id, Actor(id=m.actor_id, name=name, kind="person", country=country, sector="GOV")
                )
                actor.mentions.append(m)
            d = _DATE.search(sent.group())
            time_value = None
            if d:
                iso = f"{int(d[1]):04d}-{int(d[2]):02d}-{min(int(d[3]), 28):02d}"
                time_value = TimeValue(
                    span=Span(sent.start() + d.start(), sent.start() + d.end()),
                    kind="date",
                    start=iso,
                    end=iso,
                    precision="day",
                    basis="explicit",
                )
            type_, mode = TRIGGERS[trigger]
            ev_span = Span(sent.start(), sent.end())
            doc.events.append(
                Event(
                    id=f"s{len(doc.events)}",
                    section=section,
                    type=type_,
                    mode=mode,
                    cameo=None,
                    evidence=ev_span,
                    trigger=ev_span,
                    source=mentions[:1],
                    target=mentions[1:],
                    time=time_value,
                    teaser=teaser,
                )
            )
    doc.actors = list(actors.values())


# --- measuring ------------------------------------------------------------------------------------


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _percentiles(wall: list[float], cpu: list[float]) -> dict[str, float]:
    """Wall-clock p50/p95, and the CPU-time p95 (what the query costs when the machine is shared)."""
    return {
        "p50_ms": round(statistics.median(wall) * 1000, 2),
        "p95_ms": round(_p95(wall) * 1000, 2),
        "cpu_p50_ms": round(statistics.median(cpu) * 1000, 2),
        "cpu_p95_ms": round(_p95(cpu) * 1000, 2),
    }


def measure_queries(db: Path, repeats: int, seed: int) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    with closing(connect(db)) as conn:
        # What people search for: person names as written (2-4 characters), the most active first.
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM actors WHERE kind = 'person' AND length(name) BETWEEN 2 AND 4"
                " ORDER BY n_events DESC LIMIT 300"
            )
        ]
        names = names or [r[0] for r in conn.execute("SELECT name FROM actors LIMIT 300")] or ["王毅"]
        countries = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT country FROM participants WHERE country IS NOT NULL LIMIT 50"
            )
        ] or ["VNM"]
        places = [
            r[0]
            for r in conn.execute("SELECT DISTINCT location FROM events WHERE location IS NOT NULL LIMIT 50")
        ] or PLACES
        types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events")] or ["CONSULT"]
        titles = [r[0] for r in conn.execute("SELECT title FROM documents ORDER BY random() LIMIT 300")]
        han = [t for t in titles if len(t) >= 6]

        def two() -> str:
            n = rng.choice(names)
            return n[:2] if len(n) >= 2 else n

        def phrase() -> str:
            t = rng.choice(han)
            i = rng.randrange(0, len(t) - 4)
            return t[i : i + 4]

        def window() -> queries.EventFilter:
            year = rng.randint(2012, 2025)
            return queries.EventFilter(type=rng.choice(types), since=f"{year}-01-01", until=f"{year}-06-30")

        cases: dict[str, Callable[[], object]] = {
            "events": lambda: queries.list_events(conn, queries.EventFilter()),
            "events --country": lambda: queries.list_events(
                conn, queries.EventFilter(country=rng.choice(countries))
            ),
            "events --country --with": lambda: queries.list_events(
                conn, queries.EventFilter(country=rng.choice(countries), with_country=rng.choice(countries))
            ),
            "events --actor": lambda: queries.list_events(conn, queries.EventFilter(actor=rng.choice(names))),
            "events --type --since --until": lambda: queries.list_events(conn, window()),
            "events --place": lambda: queries.list_events(
                conn, queries.EventFilter(place=rng.choice(places))
            ),
            "events --min-amount": lambda: queries.list_events(conn, queries.EventFilter(min_amount=1e6)),
            "actors --country": lambda: queries.list_actors(
                conn, queries.ActorFilter(country=rng.choice(countries))
            ),
            "actors --query": lambda: queries.list_actors(conn, queries.ActorFilter(query=two())),
            "actor NAME": lambda: queries.get_actor(conn, rng.choice(names)),
            "search NAME": lambda: queries.search(conn, queries.SearchFilter(rng.choice(names))),
            "search phrase (4 chars)": lambda: queries.search(conn, queries.SearchFilter(phrase())),
            "search 2 words": lambda: queries.search(conn, queries.SearchFilter(f"{two()} {phrase()[:2]}")),
            "search 1 char": lambda: queries.search(conn, queries.SearchFilter(rng.choice(two()))),
            "search --events": lambda: queries.search(conn, queries.SearchFilter(two(), target="events")),
            "stats": lambda: queries.stats(conn),
        }
        out = {}
        for label, run in cases.items():
            for _ in range(2):
                run()
            wall, cpu = [], []
            for _ in range(repeats if label != "stats" else max(3, repeats // 10)):
                t0, c0 = time.perf_counter(), time.thread_time()
                run()
                wall.append(time.perf_counter() - t0)
                cpu.append(time.thread_time() - c0)
            out[label] = _percentiles(wall, cpu)
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from dyad.cli import main; main()",
            "events",
            "--db",
            str(db),
            "--format",
            "json",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    whole = round((time.perf_counter() - t0) * 1000, 1)
    out["cli: dyad events (whole process)"] = {
        "p50_ms": whole,
        "p95_ms": whole,
        "cpu_p50_ms": None,
        "cpu_p95_ms": None,
    }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="2,000 pages")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--stages", choices=("real", "synthetic"), default="real")
    parser.add_argument("--repeats", type=int, default=50, help="timed runs per query kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write corpus and store here and keep them")
    parser.add_argument("--json", action="store_true", help="print a final JSON line")
    args = parser.parse_args(argv)
    n = 2000 if args.quick else args.pages
    work = args.keep or Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    corpus, db = work / "pages", work / "bench.db"
    if db.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    try:
        t0 = time.perf_counter()
        if not corpus.exists():
            origin, names = write_corpus(corpus, n, args.seed)
        else:
            origin, names = f"existing {corpus}", load_names_for(corpus, args.seed)
        generated = time.perf_counter() - t0
        if args.stages == "synthetic":
            global _NAMES
            _NAMES = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
            pipeline.STAGES[:] = [("bench-synthetic", synthetic_stage)]  # workers inherit it (fork)
        writer_time = [0.0, 0.0]  # wall, CPU of the single writer
        real_write = ingest_module.write_document
        real_commit = ingest_module._Writer.commit

        def timed(fn: Callable) -> Callable:
            def run(*a, **kw):
                t, c = time.perf_counter(), time.thread_time()
                try:
                    return fn(*a, **kw)
                finally:
                    writer_time[0] += time.perf_counter() - t
                    writer_time[1] += time.thread_time() - c

            return run

        # The batch's commit counts too: the writer holds the search rows until then.
        ingest_module.write_document = timed(real_write)
        ingest_module._Writer.commit = timed(real_commit)  # type: ignore[method-assign]
        children0, parent0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.process_time()
        with closing(connect(db)) as conn:
            try:
                summary = ingest(conn, [corpus], IngestOptions(workers=args.workers))
            finally:
                ingest_module.write_document = real_write
                ingest_module._Writer.commit = real_commit  # type: ignore[method-assign]
            parent_cpu = time.process_time() - parent0
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            workers_cpu = kids.ru_utime + kids.ru_stime - children0.ru_utime - children0.ru_stime
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("ANALYZE")
            docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            clusters = conn.execute("SELECT count(*) FROM event_clusters WHERE source_count > 1").fetchone()[
                0
            ]
            dups = conn.execute("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
            links = conn.execute("SELECT count(*) FROM teasers WHERE article_id IS NOT NULL").fetchone()[0]
        size = db.stat().st_size
        lat = measure_queries(db, args.repeats, args.seed)
        written = max(1, summary.added + summary.replaced)
        result = {
            "pages": n,
            "templates": origin,
            "stages": args.stages,
            "workers": summary.workers,
            "generate_seconds": round(generated, 1),
            "ingest_seconds": round(summary.seconds, 1),
            "pages_per_second": round(summary.pages_per_second, 1),
            "pages_per_second_per_worker": round(summary.pages_per_second / summary.workers, 1),
            # CPU seconds are what a page costs whatever else runs on the machine: extraction in
            # the workers (plus the store's per-page preparation), reading and writing in the parent.
            "cpu_ms_per_page": round((parent_cpu + workers_cpu) / summary.seen * 1000, 2),
            "pages_per_cpu_second": round(summary.seen / (parent_cpu + workers_cpu), 1),
            "worker_cpu_ms_per_page": round(workers_cpu / max(1, written) * 1000, 2),
            "writer_ms_per_page": round(writer_time[0] / written * 1000, 2),
            "writer_cpu_ms_per_page": round(writer_time[1] / written * 1000, 2),
            "writer_ceiling_pages_per_second": round(written / writer_time[1], 1) if writer_time[1] else None,
            "documents": docs,
            "exact_copies": summary.aliases,
            "near_duplicates": dups,
            "teaser_links": links,
            "events": events,
            "multi_source_clusters": clusters,
            "errors": summary.errors,
            "db_bytes": size,
            "db_bytes_per_page": round(size / max(1, docs)),
            "queries": lat,
        }
        _print(result)
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def load_names_for(corpus: Path, seed: int) -> list[str]:
    """The generator's names when re-using a kept corpus (same seed, same templates)."""
    templates, _ = load_templates()
    return Generator(templates, harvest_names(templates), seed).names


def _print(r: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    head = Table(
        title=f"dyad store benchmark: {r['pages']} pages ({r['templates']}), stages={r['stages']}",
        title_justify="left",
        show_header=False,
    )
    head.add_column()
    head.add_column(justify="right")
    for key in (
        "workers",
        "cpu_ms_per_page",
        "pages_per_cpu_second",
        "worker_cpu_ms_per_page",
        "writer_cpu_ms_per_page",
        "ingest_seconds",
        "pages_per_second",
        "pages_per_second_per_worker",
        "writer_ms_per_page",
        "writer_ceiling_pages_per_second",
        "documents",
        "exact_copies",
        "near_duplicates",
        "teaser_links",
        "events",
        "multi_source_clusters",
        "errors",
        "db_bytes",
        "db_bytes_per_page",
    ):
        head.add_row(key, f"{r[key]:,}" if isinstance(r[key], int | float) else str(r[key]))
    console.print(head)
    table = Table(title="query latency (in-process, warm; wall clock and CPU time)", title_justify="left")
    for col in ("query", "p50 ms", "p95 ms", "cpu p50 ms", "cpu p95 ms"):
        table.add_column(col, justify="left" if col == "query" else "right")
    for label, v in r["queries"].items():
        table.add_row(
            label,
            *(
                f"{v[k]:.2f}" if v[k] is not None else "-"
                for k in ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms")
            ),
        )
    console.print(table)


if __name__ == "__main__":
    raise SystemExit(main())
