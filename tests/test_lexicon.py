"""The page-scan cache of ``longest_matches`` must answer every window as a fresh scan would."""

from __future__ import annotations

import ahocorasick
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.extraction import lexicon as lx


def _fresh(automaton: ahocorasick.Automaton, text: str, start: int, end: int) -> list:
    found = [(last + 1 - len(v[0]), last + 1, v[1]) for last, v in automaton.iter(text, start, end)]
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, pos = [], start
    for s, e, v in found:
        if s >= pos:
            out.append((s, e, v))
            pos = e
    return [m for m in out if getattr(m[2], "kind", None) != "blocker"]


def _automaton(words: list[str]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for w in words:
        auto.add_word(w, (w, w))
    auto.make_automaton()
    return auto


WORDS = ["越南", "越南国家", "国家主席", "主席", "家主", "南国", "越", "国会主席", "会主"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="越南国家主席会,。", min_size=lx._PAGE_MIN, max_size=400),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_window_of_a_cached_page_equals_a_fresh_scan(text: str, a: int, b: int) -> None:
    auto = _automaton(WORDS)
    start, end = min(a, b), max(a, b)
    lx.longest_matches(auto, text)  # fill the cache with the whole page
    assert lx.longest_matches(auto, text, start, end) == _fresh(auto, text, start, min(end, len(text)))


def test_a_new_automaton_on_the_same_text_is_scanned_afresh() -> None:
    text = "越南国家主席" * 40
    first = lx.longest_matches(_automaton(["越南"]), text, 0, 12)
    second = lx.longest_matches(_automaton(["国家主席"]), text, 0, 12)
    assert [m[2] for m in first] == ["越南", "越南"]
    assert [m[2] for m in second] == ["国家主席", "国家主席"]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="越南国家主席会,。a", max_size=lx._PAGE_MIN + 50),
    st.integers(-20, lx._PAGE_MIN + 100),
    st.integers(-20, lx._PAGE_MIN + 100),
)
def test_any_window_is_clamped_to_the_text(text: str, a: int, b: int) -> None:
    """Callers pass windows such as ``pos + 20`` that run past either end of a short text
    (fuzz run 20 found the unclamped end crashing pyahocorasick): the answer is the clamped window's."""
    auto = _automaton(WORDS)
    start, end = min(a, b), max(a, b)
    found = lx.longest_matches(auto, text, start, end)
    lo, hi = max(start, 0), min(end, len(text))
    assert found == (_fresh(auto, text, lo, hi) if hi > lo else [])
    assert all(lo <= s < e <= hi for s, e, _ in found)
