"""On the real seed pages: every gold event's sentence resolves to the gold date.

Reads ``shared/`` beside the repository (the development set); skips with a message where it is
absent. Nothing here is special-cased: the years come from the tables and rules under test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dyad
from dyad.document import Document
from dyad.evaluate import evidence_span, sentence_date
from dyad.extraction.times import annotate_times, document_year

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = SHARED / "gold" / "seeds.jsonl"


def _gold() -> list[dict]:
    if not GOLD.exists():
        return []
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cases() -> list[tuple[str, dict]]:
    return [(g["doc"], ev) for g in _gold() for ev in g["events"] if ev["date"]]


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    if not GOLD.exists():
        pytest.skip(
            f"shared gold not found at {GOLD}: the seed tests need the shared/ folder beside the repo"
        )
    out = {}
    for g in _gold():
        doc = dyad.parse_page((SHARED / "seeds" / g["doc"]).read_bytes())
        annotate_times(doc)
        out[g["doc"]] = doc
    return out


@pytest.mark.skipif(not GOLD.exists(), reason="shared/gold/seeds.jsonl not found beside the repo")
@pytest.mark.parametrize(("name", "ev"), _cases(), ids=[f"{n[:3]}-{e['evidence'][:12]}" for n, e in _cases()])
def test_gold_event_date(docs: dict[str, Document], name: str, ev: dict) -> None:
    doc = docs[name]
    assert evidence_span(doc, ev) is not None, f"evidence not found: {ev['evidence']}"
    ok, t = sentence_date(doc, ev)
    assert ok, (ev["evidence"], ev["date"], t and (t.value, t.basis, t.basis_text))


@pytest.mark.skipif(not GOLD.exists(), reason="shared/gold/seeds.jsonl not found beside the repo")
def test_seed_years_and_bases(docs: dict[str, Document]) -> None:
    expected = {
        "000_b4aef301d99dd6b5.txt": (2017, "anniversary"),
        "001_de8d194c5a4a5bf1.txt": (2024, "context"),
        "002_f6ed3e5e4ef3c700.txt": (2018, "anniversary"),
        "003_41b14d6cd62a4744.txt": (2020, "anniversary"),
        "004_e6b6449861571e91.txt": (2018, "recurring-meeting"),
    }
    for name, (year, basis) in expected.items():
        g = document_year(docs[name])
        assert (g.year, g.basis) == (year, basis), name


@pytest.mark.skipif(not GOLD.exists(), reason="shared/gold/seeds.jsonl not found beside the repo")
def test_seeds_leave_no_date_unplaced(docs: dict[str, Document]) -> None:
    for name, doc in docs.items():
        assert doc.stats["times_unknown"] == 0, (
            name,
            [doc.text[t.span.start : t.span.end] for t in doc.times if t.precision == "unknown"],
        )
