"""People in the gold annotations: found, with the right country, and their office as written.

The gold files list event participants; a participant with a title, or a dot or Latin name,
is a person. Thresholds are those of the actors issue: recall and precision >= 0.95, the
office written next to the person's first full mention recovered exactly for >= 0.9.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dyad import extract, to_record

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "seeds": (SHARED / "gold" / "seeds.jsonl", SHARED / "seeds"),
    "examples": (ROOT / "examples" / "gold.jsonl", ROOT / "examples" / "pages"),
}


def key(name: str) -> str:
    return re.sub(r"[\s·]", "", name)


def gold_people(line: dict) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for ev in line["events"]:
        if ev["section"] != "main":
            continue
        for p in ev["source"] + ev["target"]:
            if p.get("title") or re.search(r"[A-Za-z·]", p["name"]):
                out.setdefault(key(p["name"]), p)
    return out


def first_office(doc, name: str) -> str | None:
    """The office chain at the person's first full mention in the body (else anywhere)."""
    body = [(s.start, s.end) for s in doc.body]
    ms = [m for m in doc.mentions if m.kind == "person" and key(m.name) == name and m.offices]
    in_body = [m for m in ms if any(a <= m.offices[0].span.start < b for a, b in body)]
    chosen = (in_body or ms)[:1]
    return chosen[0].title if chosen else None


def same(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a))


@pytest.mark.parametrize("name", sorted(SETS))
def test_people_offices_and_countries(name: str) -> None:
    gold_path, pages = SETS[name]
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not present (../shared is only beside a developer's clone)")
    found = total = office_ok = office_n = ours_ok = ours_n = 0
    for line in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()):
        doc = extract((pages / line["doc"]).read_bytes())
        gold = gold_people(line)
        ours = {key(m.name): m for m in doc.mentions if m.kind == "person" and m.section == "main"}
        for gname, gp in gold.items():
            total += 1
            hit = next((m for k, m in ours.items() if same(k, gname)), None)
            if hit is not None and hit.country == gp["country"]:
                found += 1
                if gp.get("title"):
                    office_n += 1
                    office_ok += first_office(doc, key(hit.name)) == gp["title"]
        record = to_record(doc)
        for ev in record["events"]:
            if ev["section"] != "main":
                continue
            for p in ev["source"] + ev["target"]:
                if p["kind"] == "person":
                    ours_n += 1
                    ours_ok += any(same(key(p["name"]), g) for g in gold)
    assert found / total >= 0.95, f"recall {found}/{total}"
    assert ours_ok / ours_n >= 0.95, f"precision {ours_ok}/{ours_n}"
    assert office_ok / office_n >= 0.9, f"offices {office_ok}/{office_n}"
