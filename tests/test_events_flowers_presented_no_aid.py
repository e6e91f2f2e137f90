"""Flowers given at a ceremony told as ``向X赠送献花`` are a courtesy, no aid, like ``赠送鲜花``.
Sentences written for the test."""

from __future__ import annotations

from dyad.pipeline import extract
from dyad.record import to_record


def test_flowers_presented_are_no_aid() -> None:
    page = (
        "越南友人荣获泰国勋章\n\n"
        "越通社河内——6月3日,泰国驻越南大使颂萨向越南国会原副主席黎文胜授予泰国白象勋章。\n\n"
        "越南国会副主席阮氏兰出席仪式并向黎文胜赠送献花。(完)\n"
    )
    rec = to_record(extract(page.encode("utf-8")))
    assert [e for e in rec["events"] if e["type"] == "AID"] == []
