"""A body's acronym in brackets right after its name restates the body (``某国某银行(XYZ)代表``):
written in full-width letters (``(ＸＹＺ)``) it restates it just the same and is no second side."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("acronym", ["VDB", "ＶＤＢ"])
def test_fullwidth_acronym_is_no_second_side(acronym: str) -> None:
    text = (
        "老挝与越南银行签署贷款合同\n\n越通社万象——6月3日,在首都万象,老挝政府代表同越南发展银行"
        f"({acronym})代表签署了贷款合同。\n\n合同用于建设公路。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert evs
    names = [m["name"] for e in evs for m in e["source"] + e["target"]]
    assert "越南发展银行" in names
    assert acronym not in names
