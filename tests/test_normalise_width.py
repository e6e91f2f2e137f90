"""``normalise_width`` folds exactly what its table says, one character for one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.document import _WIDTH_TABLE, normalise_width

_WIDE = "".join(map(chr, _WIDTH_TABLE))


@settings(max_examples=500, deadline=None)
@given(st.text() | st.text(alphabet=_WIDE + "越南,（）ａ0 \n\u3000", max_size=60))
def test_normalise_width_is_the_table(text: str) -> None:
    assert normalise_width(text) == text.translate(_WIDTH_TABLE)
