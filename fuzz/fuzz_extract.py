"""Long-run fuzzing of ``dyad.extract``: millions of damaged pages, every outcome counted.

    nice -n 10 .venv/bin/python fuzz/fuzz_extract.py --inputs 1000000 --workers 1

The contract under test: ``dyad.extract`` returns a Document or raises ``DyadInputError``
(with a ``reason``) for *any* bytes or str, in bounded time; the Document's record is JSON
and every span slices the text it claims. Anything else is a crash, saved with its input
to ``fuzz/crashes/`` (``python fuzz/fuzz_extract.py --replay FILE`` re-runs one).

Engines: ``atheris`` (coverage-guided libFuzzer, with our structured mutator mixed into
libFuzzer's own) when it is installed, else ``mutate`` (seeded structured mutations: byte
flips, truncations, splices, tag soup, encoding swaps, see ``mutators.py``).

Why a supervisor and worker processes: a per-input CPU timer (``SIGPROF``: CPU seconds, so a
busy shared machine does not turn slow scheduling into false timeouts; ``SIGALRM`` under
atheris, whose libFuzzer claims ``SIGPROF``) stops a slow input only where
Python code runs; a hang inside a C extension or a death (segfault, out of memory) takes the
worker with it. So each worker writes the input it is about to run to ``current-K.bin``; the
supervisor kills a worker whose input outlives the hard timeout, saves that file as the
reproducer, counts it, and starts a fresh worker for the rest of the quota.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from mutators import generate, load_seeds  # noqa: E402

DEFAULT_SEEDS = [str(REPO / "examples" / "pages"), str(REPO.parent / "shared" / "seeds")]
CRASHES = HERE / "crashes"  # set from --crashes in main()
MAX_SAVED_PER_SIGNATURE = 3


class InputTimeout(BaseException):
    """Raised by the CPU timer inside an input; a BaseException so no ``except Exception`` eats it."""


# --- the target -----------------------------------------------------------------------------


def check_record(doc: Any) -> None:
    """The Document's invariants: a JSON record whose spans slice the text they claim."""
    import dyad

    rec = dyad.to_record(doc)
    json.dumps(rec, ensure_ascii=False)
    text, n = doc.text, len(doc.text)
    spans = rec["spans"]
    flat = [spans["title"], spans["lead"], *spans["body"], *spans["captions"]]
    flat += [s for t in spans["related"] for s in t.values()]
    flat += [(e.get("evidence") or {}) for e in rec["events"]]
    for s in flat:
        if s and s.get("start") is not None:
            assert 0 <= s["start"] <= s["end"] <= n, f"span {s['start']}:{s['end']} outside 0:{n}"
            assert text[s["start"] : s["end"]] == s["text"], "span text is not the slice it claims"


def run_one(data: bytes, mode: int) -> str:
    """One input through the contract; returns the outcome label, raises on a crash.

    ``mode`` picks the call shape: bytes (most), str (the decoded text), and a caller
    ``meta`` carrying a published date taken from the input itself.
    """
    import dyad
    from dyad.document import DyadInputError

    page: bytes | str = data
    meta: dict[str, Any] | None = None
    if mode % 10 == 7:
        page = data.decode("utf-8", errors="replace")
    elif mode % 10 == 8:
        meta = {"published": data[:12].decode("utf-8", errors="replace")}
    try:
        doc = dyad.extract(page, url="https://zh.vietnamplus.vn/fuzz.vnp", meta=meta)
    except DyadInputError as exc:
        if not exc.reason or not str(exc):
            raise AssertionError("DyadInputError without a reason or a message") from exc
        return f"refused:{exc.reason}"
    check_record(doc)
    return "document"


def signature(exc: BaseException) -> str:
    """Exception type and the innermost dyad frame: one crash seen many times saves few files."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "dyad" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    return f"{type(exc).__name__}@{where}"


def save_crash(kind: str, data: bytes, detail: str, saved: Counter) -> Path | None:
    """Write the reproducer and its story, at most a few per signature."""
    if saved[kind] >= MAX_SAVED_PER_SIGNATURE:
        return None
    saved[kind] += 1
    CRASHES.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in kind)[:80]
    path = CRASHES / f"{stem}-{digest}.bin"
    path.write_bytes(data)
    path.with_suffix(".txt").write_text(detail, encoding="utf-8")
    return path


# --- the worker -----------------------------------------------------------------------------


class Worker:
    """Runs inputs, tallies outcomes, writes ``stats-K.json`` every few seconds."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.state = Path(args.state)
        self.k = args.worker
        self.counts: Counter[str] = Counter()
        self.by_mutation: dict[str, Counter[str]] = {}
        self.saved: Counter[str] = Counter()
        self.crashes: list[str] = []
        self.current = -1  # opened at the first input: no file means the worker never started
        self.last_flush = 0.0
        self.max_seconds = 0.0
        self.started = time.time()
        # CPU seconds (SIGPROF) for our engine; atheris's libFuzzer claims SIGPROF, so it gets
        # wall seconds (SIGALRM, libFuzzer's own -timeout being off)
        self.timer, sig = (
            (signal.ITIMER_REAL, signal.SIGALRM)
            if args.engine == "atheris"
            else (signal.ITIMER_PROF, signal.SIGPROF)
        )
        signal.signal(sig, self._alarm)

    @staticmethod
    def _alarm(_signum: int, _frame: Any) -> None:
        raise InputTimeout

    def note_current(self, data: bytes, mode: int) -> None:
        """The input about to run, where the supervisor finds it if this process dies."""
        if self.current < 0:
            self.current = os.open(self.state / f"current-{self.k}.bin", os.O_RDWR | os.O_CREAT, 0o644)
        os.ftruncate(self.current, 0)
        os.pwrite(self.current, bytes([mode % 10]) + data, 0)

    def one(self, data: bytes, mode: int, how: str = "") -> None:
        self.note_current(data, mode)
        started = time.perf_counter()
        signal.setitimer(self.timer, self.args.timeout)
        try:
            outcome = run_one(data, mode)
        except InputTimeout:
            signal.setitimer(self.timer, 0)
            self.counts["timeout"] += 1
            self.counts["inputs"] += 1  # counted, so the next worker starts after it
            path = save_crash("timeout", data, f"over {self.args.timeout} s (mode {mode}, {how})", self.saved)
            self.crashes.append(f"timeout: {path}")
            self.flush(force=True)
            os._exit(3)  # interrupted code may have left caches half-built: start afresh
        except Exception as exc:
            signal.setitimer(self.timer, 0)
            sig = signature(exc)
            self.counts[f"crash:{sig}"] += 1
            detail = f"{sig}\nmode {mode} ({how})\n\n" + "".join(traceback.format_exception(exc))
            path = save_crash(sig, data, detail, self.saved)
            if path:
                self.crashes.append(f"{sig}: {path}")
            outcome = "crash"
        else:
            signal.setitimer(self.timer, 0)
            self.counts[outcome] += 1
        elapsed = time.perf_counter() - started
        if elapsed > max(self.max_seconds, 1.0):  # keep the slowest input to replay and profile
            (self.state / f"slowest-{self.k}.bin").write_bytes(bytes([mode % 10]) + data)
        self.max_seconds = max(self.max_seconds, elapsed)
        self.counts["inputs"] += 1
        if how:
            first = how.split("+", 1)[0]
            self.by_mutation.setdefault(first, Counter())[outcome.split(":", 1)[0]] += 1
        self.flush()

    def flush(self, force: bool = False) -> None:
        now = time.time()
        if not force and now - self.last_flush < 2.0:
            return
        self.last_flush = now
        stats = {
            "counts": dict(self.counts),
            "by_mutation": {k: dict(v) for k, v in self.by_mutation.items()},
            "crashes": self.crashes,
            "max_input_seconds": round(self.max_seconds, 3),
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "seconds": round(now - self.started, 1),
        }
        tmp = self.state / f"stats-{self.k}.json.tmp"
        tmp.write_text(json.dumps(stats))
        tmp.replace(self.state / f"stats-{self.k}.json")

    @staticmethod
    def warm_up(seeds: list[bytes]) -> None:
        """Load the lexicons and automata before the clock starts (seconds on a cold process)."""
        html = [s for s in seeds if s.lstrip()[:1] == b"<"][:1]
        generic = b"<html><body><div><h2>\xe8\xb6\x8a\xe5\x8d\x97</h2><p>x</p></div></body></html>"
        for page in [*seeds[:3], *html, generic]:
            with contextlib.suppress(Exception):  # a failing seed is found again, and counted, in the run
                run_one(page, 0)

    def run_mutate(self) -> None:
        seeds = load_seeds(self.args.seeds)
        self.warm_up(seeds)
        for index in range(self.args.start, self.args.start + self.args.inputs):
            data, how = generate(seeds, self.args.seed, index)
            self.one(data, index, how)
        self.flush(force=True)

    def run_atheris(self) -> None:
        import atheris

        with atheris.instrument_imports(include=["dyad"]):
            import dyad.pipeline  # noqa: F401  (instrumented for coverage)
        seeds = load_seeds(self.args.seeds)
        self.warm_up(seeds)
        corpus = self.state / "corpus"
        corpus.mkdir(exist_ok=True)
        for i, s in enumerate(seeds):
            (corpus / f"seed-{i}").write_bytes(s)
        quota = self.args.inputs
        done = [0]
        mutated = [self.args.start]

        def target(data: bytes) -> None:
            if done[0] >= quota:
                self.flush(force=True)
                os._exit(0)
            done[0] += 1
            self.one(data, len(data))

        def mutator(data: bytes, max_size: int, seed: int) -> bytes:
            if seed % 2:
                return atheris.Mutate(data, max_size)
            mutated[0] += 1
            out, _ = generate([data or seeds[seed % len(seeds)], *seeds[:3]], seed, mutated[0])
            return out[:max_size]

        atexit.register(self.flush, True)
        flags = [
            sys.argv[0],
            str(corpus),
            "-timeout=0",  # our CPU timer bounds each input; the supervisor bounds hangs in C
            f"-rss_limit_mb={self.args.rss_mb}",
            f"-max_len={self.args.max_len}",
            f"-seed={self.args.seed + self.k}",
            f"-artifact_prefix={CRASHES}/",
            "-print_final_stats=1",
        ]
        atheris.Setup(flags, target, custom_mutator=mutator)
        atheris.Fuzz()


# --- the supervisor -------------------------------------------------------------------------


def worker_command(args: argparse.Namespace, k: int, start: int, inputs: int) -> list[str]:
    cmd = [sys.executable, __file__, "--worker", str(k), "--state", str(args.state)]
    cmd += ["--engine", args.engine, "--seed", str(args.seed), "--timeout", str(args.timeout)]
    cmd += ["--start", str(start), "--inputs", str(inputs), "--rss-mb", str(args.rss_mb)]
    cmd += ["--max-len", str(args.max_len), "--crashes", str(CRASHES), "--seeds", *args.seeds]
    return cmd


def read_stats(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def merge(total: dict[str, Any], part: dict[str, Any]) -> None:
    for k, v in part.get("counts", {}).items():
        total["counts"][k] = total["counts"].get(k, 0) + v
    for m, c in part.get("by_mutation", {}).items():
        slot = total["by_mutation"].setdefault(m, {})
        for k, v in c.items():
            slot[k] = slot.get(k, 0) + v
    total["crashes"] += part.get("crashes", [])
    total["max_input_seconds"] = max(total["max_input_seconds"], part.get("max_input_seconds", 0))
    total["max_rss_mb"] = max(total["max_rss_mb"], part.get("max_rss_mb", 0))


def supervise(args: argparse.Namespace) -> dict[str, Any]:
    """Run the quota over ``--workers`` processes; restart the dead, save what killed them.

    SIGTERM, SIGINT or ``--max-hours`` stop the run early with an honest partial report.
    """
    state = Path(args.state)
    state.mkdir(parents=True, exist_ok=True)
    CRASHES.mkdir(parents=True, exist_ok=True)
    for old in (*state.glob("stats-*.json"), *state.glob("current-*.bin"), *state.glob("worker-*.log")):
        old.unlink()
    per = -(-args.inputs // args.workers)
    total: dict[str, Any] = {
        "counts": {},
        "by_mutation": {},
        "crashes": [],
        "max_input_seconds": 0.0,
        "max_rss_mb": 0,
        "restarts": 0,
        "stopped_early": False,
    }
    slots: dict[int, _Slot] = {}
    finished: list[dict[str, Any]] = []
    generation = 0
    for k in range(args.workers):
        start, quota = k * per, min(per, args.inputs - k * per)
        if quota > 0:
            slots[k] = _Slot(args, k, generation, start, quota)
    started = time.time()
    last_report = time.time()
    deadline = started + args.max_hours * 3600 if args.max_hours else None
    stop = [False]

    def on_signal(_signum: int, _frame: Any) -> None:
        stop[0] = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    while slots:
        time.sleep(1.0)
        if (stop[0] or (deadline and time.time() > deadline)) and not total["stopped_early"]:
            total["stopped_early"] = True
            for slot in slots.values():
                slot.proc.terminate()
        for k, slot in list(slots.items()):
            code = slot.proc.poll()
            stalled = code is None and slot.age() > args.hard_timeout
            if stalled:
                slot.proc.kill()
                slot.proc.wait()
                code = -9
            if code is None:
                continue
            part = read_stats(slot.stats)
            done = part.get("counts", {}).get("inputs", 0)
            if total["stopped_early"] and not stalled:
                finished.append(part)  # stopped by us: not a crash
                del slots[k]
                continue
            if code not in (0, 3) and not slot.current.exists():
                log = slot.log.read_text(errors="replace")[-2000:]
                for other in slots.values():
                    other.proc.kill()
                raise SystemExit(f"worker {slot.wk} failed to start (exit {code}):\n{log}")
            if code not in (0, 3):  # died (signal, OOM, libFuzzer abort) or was killed as hung
                kind = "hang" if stalled else f"died-{code}"
                data = slot.current.read_bytes()[1:]
                counts = part.setdefault("counts", {})
                counts[kind] = counts.get(kind, 0) + 1
                counts["inputs"] = done + 1
                path = save_crash(kind, data, f"{kind}: worker {slot.wk} exit {code}", Counter())
                part.setdefault("crashes", []).append(f"{kind}: {path}")
                done += 1
            finished.append(part)
            del slots[k]
            left = slot.quota - done
            if left > 0 and code != 0 and not total["stopped_early"]:
                generation += 1
                total["restarts"] += 1
                slots[k] = _Slot(args, k, generation, slot.start + done, left)
        if time.time() - last_report > args.report_every:
            last_report = time.time()
            snap = _summary(finished + [read_stats(s.stats) for s in slots.values()], total, started)
            bad = sum(
                v for c, v in snap["counts"].items() if c.startswith(("crash", "timeout", "hang", "died"))
            )
            line = {"inputs": snap["counts"].get("inputs", 0), "per_second": snap["inputs_per_second"]}
            print(json.dumps({**line, "crashes": bad}), flush=True)
    return _summary(finished, total, started)


class _Slot:
    """One worker process and the slice of the quota it runs."""

    def __init__(self, args: argparse.Namespace, k: int, gen: int, start: int, quota: int) -> None:
        self.wk = k * 1000 + gen
        self.start, self.quota = start, quota
        state = Path(args.state)
        self.stats = state / f"stats-{self.wk}.json"
        self.current = state / f"current-{self.wk}.bin"
        self.log = state / f"worker-{self.wk}.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                worker_command(args, self.wk, start, quota), stdout=log, stderr=subprocess.STDOUT, cwd=REPO
            )

    def age(self) -> float:
        """Seconds since the worker began its current input (0 before its first)."""
        try:
            return time.time() - self.current.stat().st_mtime
        except OSError:
            return 0.0


def _summary(parts: list[dict[str, Any]], base: dict[str, Any], started: float) -> dict[str, Any]:
    total = {**base, "counts": {}, "by_mutation": {}, "crashes": list(base["crashes"])}
    for part in parts:
        merge(total, part)
    seconds = time.time() - started
    n = total["counts"].get("inputs", 0)
    total["seconds"] = round(seconds, 1)
    total["inputs_per_second"] = round(n / seconds, 1) if seconds else 0.0
    return total


def replay(path: Path) -> int:
    """Re-run one saved input (all three call shapes) and show what happens."""
    data = path.read_bytes()
    status = 0
    for mode in (0, 7, 8):
        try:
            print(f"mode {mode}: {run_one(data, mode)}")
        except Exception:
            traceback.print_exc()
            status = 1
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--inputs", type=int, default=1_000_000, help="inputs to run in all")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--engine", choices=("auto", "atheris", "mutate"), default="auto")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--seeds", nargs="+", default=DEFAULT_SEEDS, help="seed pages or folders")
    parser.add_argument("--timeout", type=float, default=10.0, help="CPU seconds per input (SIGPROF)")
    parser.add_argument("--hard-timeout", type=float, default=120.0, help="kill a worker stuck this long")
    parser.add_argument("--max-hours", type=float, default=0.0, help="stop after this long (0: never)")
    parser.add_argument("--rss-mb", type=int, default=2048)
    parser.add_argument("--max-len", type=int, default=65536)
    parser.add_argument("--state", default=str(HERE / ".state"))
    parser.add_argument("--crashes", default=str(HERE / "crashes"), help="where reproducers go")
    parser.add_argument("--report", default=str(HERE / "report.json"))
    parser.add_argument("--report-every", type=float, default=60.0)
    parser.add_argument("--replay", type=Path, help="re-run one saved input and exit")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global CRASHES
    CRASHES = Path(args.crashes).resolve()
    if args.replay:
        return replay(args.replay)
    if args.engine == "auto":
        try:
            import atheris  # noqa: F401

            args.engine = "atheris"
        except ImportError:
            args.engine = "mutate"
    if args.worker is not None:
        worker = Worker(args)
        worker.run_atheris() if args.engine == "atheris" else worker.run_mutate()
        return 0
    report = supervise(args)
    report["engine"] = args.engine
    report["target"] = args.inputs
    Path(args.report).write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(json.dumps(report, indent=2, ensure_ascii=False))
    bad = [c for c in report["counts"] if c.startswith(("crash", "timeout", "hang", "died"))]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
