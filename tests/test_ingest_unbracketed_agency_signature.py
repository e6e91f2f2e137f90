"""A page whose last paragraph carries no bracketed signature, but is followed by the agency's
name (or the desk's credit) on a line of its own, ends there all the same: the lines below are the
list of other articles, not more paragraphs of the article. Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("sign", ["越通社", "VNA", "责任编辑：黎文安"])
def test_bare_agency_line_ends_the_article(sign: str) -> None:
    text = (
        "越南副总理会见乌拉圭客人\n\n"
        "越通社河内——8月14日下午,越南政府副总理黎明强在河内会见了正在越南访问的乌拉圭外交部副部长"
        "马丁·索萨(Martin Sosa)。\n\n"
        "双方同意加强两国在农业和教育领域的合作。\n"
        + sign
        + "\n\n越南与巴拉圭加强贸易合作\n\n8月13日,越南工贸部副部长阮文和会见了巴拉圭驻越南大使罗伯托·贝拉。\n"
    )
    rec = to_record(extract(text))
    assert rec["body"][-1] == "双方同意加强两国在农业和教育领域的合作。", rec["body"]
    assert [t["title"] for t in rec["related"]] == ["越南与巴拉圭加强贸易合作"], rec["related"]
    main = [e for e in rec["events"] if e["section"] == "main"]
    assert len(main) == 1 and main[0]["mode"] == "meeting", main
