"""The list under 更多 is what the site showed on the day of the crawl, whatever the article above it.

On the real pages (``shared/seeds``) the teasers are of the crawl's weeks (2025-12 to 2026-02)
while the articles date from 2017 to 2024. So a teaser's events, dates included, must not depend
on the article: each seed's list, put under the articles of sample pages of other years, must come
out exactly as under its own article. Skips where ``../shared`` is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.pipeline import extract
from dyad.record import to_record

# sample articles of 2017, 2020 and 2025 (the lists are of 2025-12 to 2026-02)
ARTICLES = ("001_laos_bounnhang_visit.txt", "017_asean37_summit_rcep.txt", "022_usa_tolam_trump_phone_call.txt")


def _split(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    cut = max(i for i, line in enumerate(lines) if line.strip() == "更多")
    return "\n".join(lines[:cut]), "\n".join(lines[cut:])


def _teaser_events(text: str) -> list[tuple]:
    record = to_record(extract(text.encode("utf-8")))
    return sorted(
        (
            e["teaser"],
            e["type"],
            e["mode"] or "",
            e["date"] or "",
            e["date_precision"],
            tuple(a["name"] for a in e["source"]),
            tuple(a["name"] for a in e["target"]),
        )
        for e in record["events"]
        if e["section"] == "related"
    )


def _seeds(shared: Path) -> list[Path]:
    return [p for p in sorted((shared / "seeds").glob("*.txt")) if "\n更多" in p.read_text("utf-8")]


@pytest.mark.parametrize("article", ARTICLES)
def test_a_seed_list_reads_the_same_under_any_article(shared_dir: Path, examples_dir: Path, article: str) -> None:
    head, _ = _split((examples_dir / "pages" / article).read_text("utf-8-sig"))
    seeds = _seeds(shared_dir)
    assert seeds, "no seed page with a list under 更多"
    for seed in seeds:
        own = seed.read_text("utf-8")
        _, teasers = _split(own)
        expected = _teaser_events(own)
        assert any(e[3] for e in expected), f"{seed.name}: no dated teaser, the check would be empty"
        assert _teaser_events(head + "\n" + teasers) == expected, f"{seed.name}'s list under {article}"
