"""A person named in Latin letters only, one blank after the office: two words or more
(``副部长 Carlos Gomez``) or one glued word of two capitalised parts (``副主席 AnnaKovacs``, the
same name with a crawl's blank after the office) are both read as the name."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("gap", ["", " "])
def test_glued_latin_name_after_a_blank(gap: str) -> None:
    text = (
        "总书记会见友好人士\n\n越通社哈瓦那——5月3日,越共中央总书记陈文丙会见了某国友好协会副主席"
        f"{gap}AnnaKovacs。\n\n双方讨论了合作。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    assert any(m["name"] == "AnnaKovacs" for e in evs for m in e["target"] + e["source"])


def test_lower_case_glued_word_is_no_name() -> None:
    text = (
        "总书记会见友好人士\n\n越通社哈瓦那——5月3日,越共中央总书记陈文丙会见了某国友好协会副主席 "
        "iPhone。\n\n双方讨论了合作。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    assert not any(m["name"] == "iPhone" for e in evs for m in e["target"] + e["source"])
