"""Helpers rewritten for speed answer exactly as the plain code they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.document import Span
from dyad.extraction import actors, events, remarks

# Characters the rewritten helpers look at, and some they do not
_ALPHABET = "阮文胜同与在河内会见晤谈举行通电话还也,，。;；并出席参观的后"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120), st.integers(0, 130), st.integers(0, 130))
def test_bare_subject_scan_searches_as_the_regex_does(text: str, a: int, b: int) -> None:
    pos, end = min(a, b), max(a, b)
    want = actors._BARE_SUBJECT.search(text, pos, end)
    got = actors._BARE_SUBJECT_SCAN.search(text, pos, end)
    assert (got and got.span()) == (want and want.span())


def test_bare_subject_scan_finds_the_subject() -> None:
    text = "10月5日,阮文胜同日本驻越南大使伊藤直树举行工作会谈。"
    m = actors._BARE_SUBJECT_SCAN.search(text, 0, len(text))
    assert m is not None and m.group() == "阮文胜"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.integers(0, 70), st.integers(0, 70))
def test_sub_start_is_after_the_last_comma(text: str, a: int, b: int) -> None:
    start, pos = min(a, b), max(a, b)
    commas = [m.end() for m in re.finditer(r"[,，]", text[start:pos])]
    assert remarks._sub_start(text, Span(start, len(text)), pos) == start + (commas[-1] if commas else 0)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.integers(0, 70), st.integers(0, 70))
def test_object_end_is_the_next_break(text: str, a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    m = re.search(r"[,，;；。]|并(?:同|与|和|在|出席|会见|参观|举行)?", text[start:end])
    assert events._object_end(text, start, end) == (start + m.start() if m else end)
