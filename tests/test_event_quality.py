"""The event bars of the events issue, on the development set and on the sample corpus.

Both sets were read while the rules were written, so these are floors that catch a
regression, not a forecast for unseen pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyad import extract, to_record
from dyad.evaluate import score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

SETS = {
    "seeds": (SHARED / "gold" / "seeds.jsonl", SHARED / "seeds"),
    "examples": (ROOT / "examples" / "gold.jsonl", ROOT / "examples" / "pages"),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def figures(request: pytest.FixtureRequest) -> dict:
    gold_path, pages = SETS[request.param]
    if not gold_path.exists():
        pytest.skip(f"{gold_path} is not here (../shared is beside a development clone only)")
    gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    recs = [to_record(extract(p.read_bytes()), name=str(p)) for p in sorted(pages.iterdir()) if p.is_file()]
    return score(gold, recs)


def test_events_found(figures: dict) -> None:
    assert figures["events_main"]["f1"] >= 0.90
    assert figures["events_related"]["f1"] >= 0.85


def test_matched_events_are_right(figures: dict) -> None:
    m = figures["matched"]
    assert m["date_exact"] >= 0.95
    assert m["direction"] >= 0.90
    assert m["participants"]["f1"] >= 0.90
