"""A page saved with CRLF line ends (or CR alone) reads as the same page with LF ones: the same
parts and the same events. Pages written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

_PAGE = (
    "越南华侨社群举行活动\n\n"
    "越通社吉隆坡——8月27日晚,越南驻马来西亚大使馆举行见面会。\n\n"
    "大使黎文山在见面会上表示,社群为两国关系作出了贡献。\n\n"
    "越通社\n\n更多\n\n"
    "越南政府总理陈明德与摩洛哥首相本·阿里。图自越通社\n\n"
    "越南社会主义共和国与摩洛哥王国关于建立战略伙伴关系的联合声明\n\n"
    "越南与摩洛哥拥有传统友好关系,这\n"
)
_CALL = (
    "越南领导人与老挝领导人通电话\n\n"
    "越通社河内——3月5日下午,越南政府总理陈明德与老挝总理宋赛·西潘敦通电话。\n\n"
    "双方一致同意加强两国合作。(越通社—VNA)\n"
)


def _key(text: str) -> list[tuple]:
    rec = to_record(extract(text))
    return sorted(
        (e["section"], e["type"], e["mode"], e["date"], tuple(s["name"] for s in e["source"]),
         tuple(t["name"] for t in e["target"]))
        for e in rec["events"]
    )


@pytest.mark.parametrize("page", [_PAGE, _CALL])
@pytest.mark.parametrize("eol", ["\r\n", "\r"])
def test_crlf_page_gives_the_events_of_the_lf_page(page: str, eol: str) -> None:
    assert _key(page.replace("\n", eol)) == _key(page)
