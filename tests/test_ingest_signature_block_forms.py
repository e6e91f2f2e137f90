"""The article's end is signed in other ways by other crawls and years: the end mark in black
lenticular brackets (【完】), and after the signature the desk's credits (责任编辑：X, 编译：X)
or the time the page went out. All of it closes the article: with no list heading below, the
lines after it are still the list of other articles, and no credit line is a teaser.
Page written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

_BODY = (
    "越南副总理会见乌拉圭客人\n\n"
    "越通社河内——8月14日下午,越南政府副总理黎明强在河内会见了正在越南访问的乌拉圭外交部副部长"
    "马丁·索萨(Martin Sosa)。{sig}\n"
)
_TEASERS = "越南与巴拉圭加强贸易合作\n\n8月13日,越南工贸部副部长会见了巴拉圭驻越南大使。\n"


@pytest.mark.parametrize(
    ("sig", "after"),
    [
        ("【完】", ""),
        ("(越通社—VNA)", "责任编辑：黎文安\n"),
        ("(越通社—VNA)", "编译: 陈氏兰\n越通社\n"),
        ("(完)", "2031-08-14 16:05\n"),
        ("(越通社—VNA)", "越通社\n2031年8月14日\n"),
    ],
)
def test_signature_block_closes_the_article(sig: str, after: str) -> None:
    text = _BODY.format(sig=sig) + after + "\n" + _TEASERS
    rec = to_record(extract(text))
    assert rec["body"][-1].endswith("(Martin Sosa)。"), rec["body"]
    assert [t["title"] for t in rec["related"]] == ["越南与巴拉圭加强贸易合作"], rec["related"]
    main = [e for e in rec["events"] if e["section"] == "main"]
    assert len(main) == 1 and main[0]["mode"] == "meeting", main
    assert len([e for e in rec["events"] if e["section"] == "related"]) == 1
