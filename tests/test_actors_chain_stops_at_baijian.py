"""拜见, 觐见 and 晋见 (to call on a monarch or elder) are verbs: the office chain of the one called
on starts after them and never takes in the caller (``A总理拜见B国国王C``: C's title is B国国王)."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("verb", ["拜见", "觐见", "晋见"])
def test_the_called_on_title_starts_after_the_verb(verb: str) -> None:
    page = (
        "越南总理访问泰国\n\n"
        f"越通社曼谷——访泰期间,黎文丙总理{verb}泰国国王玛哈·瓦集拉隆功。(越通社——VNA)\n"
    )
    events = to_record(extract(page))["events"]
    met = [e for e in events if e["mode"] == "meeting"]
    assert met, events
    titles = [p["title"] for e in met for p in e["target"]]
    assert "泰国国王" in titles, met
