#!/usr/bin/env python3
"""Issue 4's check over any gold set: does the sentence of each dated gold event resolve to its date?

usage: scripts/sentence_dates.py GOLD.jsonl PAGES_DIR [--misses]

For every gold event with a date, the time dyad attaches to the evidence span
(``time_for_span``) is compared with the gold date; a visit told only in a title counts when its
time falls in the gold range (as ``tests/test_times_seeds.py`` does). Prints "right / dated".
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import dyad
from dyad.extraction.times import annotate_times, time_for_span


def _evidence(doc, ev: dict) -> tuple[int, int] | None:
    if ev["section"] == "main":
        spans = list(doc.body) + [s for s in (doc.lead, doc.title) if s] + list(doc.captions)
    else:
        spans = [p for t in doc.teasers for p in (t.summary, t.title, t.caption) if p]
    for sp in spans:
        i = doc.text.find(ev["evidence"], sp.start, sp.end)
        if i >= 0:
            return i, i + len(ev["evidence"])
    return None


def _overlap(a: str, b: str) -> bool:
    a1, _, a2 = a.partition("/")
    b1, _, b2 = b.partition("/")
    return a1 <= (b2 or b1) and b1 <= (a2 or a1)


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
        for ev in g["events"]:
            if not ev["date"]:
                continue
            total += 1
            where = _evidence(doc, ev)
            t = time_for_span(doc, *where) if where else None
            ok = False
            if t is not None and t.value:
                start, end = where
                dated = any(
                    start <= x.span.start < end and x.kind in {"date", "range", "relative"} for x in doc.times
                ) or doc.section_of(start)[0] == "related"
                ok = _overlap(t.value, ev["date"]) if "/" in ev["date"] and not dated else t.value == ev["date"]
            right += ok
            if not ok and args.misses:
                got = (t.value, t.basis) if t else None
                print(f"{g['doc'][:3]} {ev['section']:<7} gold {ev['date']:<23} got {got}  {ev['evidence'][:40]}")
    print(f"sentence dates: {right} / {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
