"""CPU time of the crafted pages whose cost once grew faster than their size.

Each of ``tests/hostile/crafted.py``'s pages (thousands of triggers, dates, names or teasers in
one place; 2,000 festival years; text over the limit; pages of 6,000 and 30,000 bare elements)
took 14 s to minutes before the input limits of docs/reliability.md. This meters each one's CPU
seconds (after the imports and tables are warm) and exits 1 when one goes over the budget, so
a new quadratic path in a stage shows here, not as a flaky timed unit test.

    .venv/bin/python benchmarks/crafted_pages.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import dyad
from dyad.document import DyadInputError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from hostile.crafted import BUDGET_CPU_S, SLOW, WARM_UP


def measure() -> dict[str, dict[str, float | str]]:
    for page in WARM_UP:
        dyad.extract(page.encode())
    out: dict[str, dict[str, float | str]] = {}
    for name, page in SLOW.items():
        started = time.process_time()
        try:
            dyad.extract(page.encode())
            outcome = "read"
        except DyadInputError as exc:
            outcome = exc.reason
        out[name] = {"cpu_s": round(time.process_time() - started, 3), "chars": len(page), "outcome": outcome}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = measure()
    over = [n for n, r in result.items() if float(r["cpu_s"]) > BUDGET_CPU_S]
    if args.json:
        print(json.dumps({"budget_cpu_s": BUDGET_CPU_S, "pages": result, "over_budget": over}, ensure_ascii=False))
    else:
        for name, r in result.items():
            print(f"{name:28} {r['chars']:>9,} chars  {r['cpu_s']:>6.2f} s CPU  {r['outcome']}")
        print(f"budget {BUDGET_CPU_S} s CPU per page: {'all within' if not over else 'OVER: ' + ', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
