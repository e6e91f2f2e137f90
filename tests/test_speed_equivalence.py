"""Helpers rewritten for speed answer exactly as the plain code they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.document import Span
from dyad.extraction import events, remarks

# Characters the rewritten helpers look at, and some they do not
_ALPHABET = "阮文胜同与在河内会见晤谈举行通电话还也,，。;；并出席参观的后"


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
