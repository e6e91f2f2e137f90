"""A name with 氏 right after the surname is a Vietnamese woman's name whatever the surname: one
the surname list files as Chinese or does not know (丛 for Tòng, a minority surname) still gives
her Viet Nam's side when her office is written bare (国会副主席X), as the party rank before it
(某党中央政治局委员、) would."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("who", ["丛氏兰", "丛氏玉英"])
def test_thi_name_with_rare_surname_is_vietnamese(who: str) -> None:
    text = (
        f"国会副主席{who}会见某国议会代表团\n\n"
        f"越通社河内——3月4日下午,国会副主席{who}在河内会见了由某国议会议长约翰·多伊率领的代表团。(完)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    sides = {p["name"]: p["country"] for e in evs for p in e["source"] + e["target"]}
    assert sides.get(who) == "VNM", evs


def test_chinese_name_with_the_same_surname_is_not_read_vietnamese() -> None:
    from dyad.extraction.actors import _country_from_name

    assert _country_from_name("丛林海") is None
