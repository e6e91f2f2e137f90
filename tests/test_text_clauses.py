"""``clauses``: a sentence without a semicolon is one clause, found without the regex."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.document import Span
from dyad.extraction.text import _CLAUSE_END, _split, clauses


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="越南;；, \n\t。和", max_size=40), st.data())
def test_clauses_equal_the_regex_split(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert clauses(text, Span(start, end)) == _split(_CLAUSE_END, text, start, end)
