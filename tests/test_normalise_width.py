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


def test_bullet_and_dot_operators_inside_a_name_fold_to_the_name_dot() -> None:
    from dyad.document import normalise_width

    assert normalise_width("德米特里∙梅德韦杰夫") == "德米特里·梅德韦杰夫"
    assert normalise_width("德米特里⋅梅德韦杰夫") == "德米特里·梅德韦杰夫"
