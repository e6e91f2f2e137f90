"""A correspondent's byline opening the body (``越通社驻X记者报道``) is followed by a comma on most
pages, by a blank or by nothing on others: the byline is still the dateline, and its post the
story's place. Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.ingest import layout


@pytest.mark.parametrize("sep", [",", ":", " ", ""])
def test_reporter_byline_any_separator(sep: str) -> None:
    line = "越通社驻利马记者报道" + sep + "10月8日,越南驻秘鲁大使会见了秘鲁外交部长卡洛斯·门多萨。"
    m = layout.REPORTER_DATELINE.match(line)
    assert m is not None and m.group("place") == "利马"
    assert layout.BYLINE.match(line) is not None


@pytest.mark.parametrize("sep", [",", " ", ""])
def test_page_with_byline_reads_the_signing_place(sep: str) -> None:
    text = (
        "越南与秘鲁签署农业合作协议\n\n"
        "越通社驻利马记者报道"
        + sep
        + "10月8日,越南农业部副部长陈文安与秘鲁农业部副部长路易斯·巴尔加斯(Luis Vargas)签署了两国农业合作协议。"
        "(越通社—VNA)\n"
    )
    rec = to_record(extract(text))
    signs = [e for e in rec["events"] if e["type"] == "AGREE"]
    assert signs and signs[0]["location"] == "利马", signs
