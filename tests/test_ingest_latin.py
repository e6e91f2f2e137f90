"""Glued Latin names: a spacing offered beside the text, never forced on it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.ingest.latin import NAME_PREFIXES, repair_glued_latin


@pytest.mark.parametrize(
    ("glued", "offered"),
    [
        ("KhuongSreng", "Khuong Sreng"),
        ("PhilippeBauduin", "Philippe Bauduin"),
        ("GenevieveSevrin", "Genevieve Sevrin"),
        ("PaSocheatevong", "Pa Socheatevong"),
        ("Khuong Sreng ", "Khuong Sreng"),  # already spaced (as in the seed, with a trailing space)
        ("Valerie\u00a0Pecresse", "Valerie Pecresse"),
        ("McDonald", "McDonald"),
        ("MacArthur", "MacArthur"),
        ("PhilippeMcDonald", "Philippe McDonald"),
        ("SeanO'Brien", "Sean O'Brien"),
        ("DeVos", "DeVos"),
        ("NguyenVanA", "Nguyen Van A"),  # Vietnamese Van is a word of its own inside a name
        ("NguyễnVănA", "Nguyễn Văn A"),
        ("Jean-PierreRaffarin", "Jean-Pierre Raffarin"),
        ("Charles de Gaulle", "Charles de Gaulle"),
        ("Sam Mostyn", "Sam Mostyn"),
    ],
)
def test_repairs(glued: str, offered: str) -> None:
    assert repair_glued_latin(glued) == offered


@pytest.mark.parametrize(
    "not_a_name", ["iPhone", "eBay", "AVSE", "UNFPA", "CUF", "IBC", "越南", "", "  ", "A1B2", "x"]
)
def test_not_a_capitalised_latin_name(not_a_name: str) -> None:
    assert repair_glued_latin(not_a_name) is None


word = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10),
).filter(lambda w: w not in NAME_PREFIXES)


@settings(max_examples=200, deadline=None)
@given(st.lists(word, min_size=1, max_size=4))
def test_glued_words_come_apart_where_they_were_glued(words: list[str]) -> None:
    assert repair_glued_latin("".join(words)) == " ".join(words)
    assert repair_glued_latin(" ".join(words)) == " ".join(words)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_only_spaces_are_offered_and_the_offer_is_stable(s: str) -> None:
    """An offer adds spaces and nothing else, and repairing an offer changes nothing more."""
    offer = repair_glued_latin(s)
    if offer is None:
        return
    assert offer.replace(" ", "") == "".join(s.split()).replace("\u00a0", "")
    assert repair_glued_latin(offer) == offer


@settings(max_examples=100, deadline=None)
@given(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=8))
def test_acronyms_are_left_alone(acronym: str) -> None:
    assert repair_glued_latin(acronym) is None


@settings(max_examples=100, deadline=None)
@given(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=5), word)
def test_lower_case_start_is_not_a_name(head: str, rest: str) -> None:
    assert repair_glued_latin(head + rest) is None
