"""Actor recognition speed, and what the fallback NLP tagger adds.

Runs the actor stage over the sample corpus (and ../shared/seeds when present), repeated to
``--repeat`` passes, with the jieba fallback on and off, and prints mentions/s, chars/s and
the share of person mentions that only the fallback found.

    .venv/bin/python benchmarks/actors_bench.py [--repeat 20] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dyad import parse_page
from dyad.document import Document, DyadInputError
from dyad.extraction.actors import annotate_actors

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[bytes]:
    paths = sorted((ROOT / "examples" / "pages").iterdir())
    seeds = ROOT.parent / "shared" / "seeds"
    if seeds.is_dir():
        paths += sorted(seeds.iterdir())
    return [p.read_bytes() for p in paths if p.is_file()]


def parsed(pages: list[bytes]) -> list[Document]:
    out = []
    for raw in pages:
        try:
            out.append(parse_page(raw))
        except DyadInputError:
            continue
    return out


def run(docs: list[Document], repeat: int, fallback: bool) -> dict[str, float]:
    annotate_actors(docs[0], fallback=fallback)  # warm-up: lexicons, and jieba when on
    mentions = persons = nlp = chars = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            doc.stats.clear()
            annotate_actors(doc, fallback=fallback)
            mentions += len(doc.mentions)
            persons += sum(1 for m in doc.mentions if m.kind == "person")
            nlp += doc.stats.get("persons_nlp", 0)
            chars += len(doc.text)
    seconds = time.perf_counter() - start
    return {
        "fallback": fallback,
        "pages": repeat * len(docs),
        "mentions": mentions,
        "mentions_per_s": round(mentions / seconds),
        "chars_per_s": round(chars / seconds),
        "pages_per_s": round(repeat * len(docs) / seconds, 1),
        "person_mentions": persons,
        "fallback_share": round(nlp / persons, 4) if persons else 0.0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--json", action="store_true", help="last line: the results as JSON")
    args = ap.parse_args()
    docs = parsed(corpus())
    rows = [run(docs, args.repeat, fallback) for fallback in (False, True)]
    print(f"{'fallback':<9}{'pages':>8}{'mentions/s':>12}{'chars/s':>12}{'pages/s':>9}{'nlp share':>11}")
    for r in rows:
        print(f"{r['fallback']!s:<9}{r['pages']:>8}{r['mentions_per_s']:>12}{r['chars_per_s']:>12}"
              f"{r['pages_per_s']:>9}{r['fallback_share']:>11.2%}")
    if args.json:
        print(json.dumps(rows))


if __name__ == "__main__":
    main()
