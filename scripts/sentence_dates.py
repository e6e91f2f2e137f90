#!/usr/bin/env python3
"""Issue 4's check over any gold set: does the sentence of each dated gold event resolve to its date?

usage: scripts/sentence_dates.py GOLD.jsonl PAGES_DIR [--misses]

For every gold event with a date, the time dyad attaches to the evidence span
(``time_for_span``) is compared with the gold date (``dyad.evaluate.sentence_date``, the rule
``tests/test_times_seeds.py`` holds the seeds to). Prints "sentence dates: right / dated".
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import dyad
from dyad.evaluate import sentence_date
from dyad.extraction.times import annotate_times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pages")
    ap.add_argument("--misses", action="store_true", help="print each miss")
    args = ap.parse_args()
    right = total = 0
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        doc = dyad.parse_page((Path(args.pages) / g["doc"]).read_bytes())
        annotate_times(doc)
        for ev in (e for e in g["events"] if e["date"]):
            total += 1
            ok, t = sentence_date(doc, ev)
            right += ok
            if not ok and args.misses:
                got = (t.value, t.basis) if t else None
                print(f"{g['doc'][:3]} {ev['section']:<7} gold {ev['date']:<23} got {got}  {ev['evidence'][:40]}")
    print(f"sentence dates: {right} / {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
