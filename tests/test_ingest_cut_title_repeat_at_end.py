"""A copy cut short inside a photo's caption line (``<title> ảnh 2<caption>``) ends on the first
part of the title: that stub is no paragraph of the body and tells no second meeting. Page
written for the test."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = (
    "政府副总理黎文甲会见亚洲开发银行副行长约翰·史密斯\n\n"
    "4月8日,越南政府副总理黎文甲在河内会见了亚洲开发银行副行长约翰·史密斯(John Smith)。\n"
    "政府副总理黎文甲会见亚洲开发银行副行长约翰·史密斯 ảnh 1会见现场。图自越通社\n\n"
    "越通社河内——4月8日,越南政府副总理黎文甲在河内会见了亚洲开发银行副行长约翰·史密斯(John Smith)。\n\n"
    "黎文甲感谢亚行多年来为越南提供的支持。\n\n"
    "政府副总理黎文甲会见亚洲开发银行副\n"
)


def test_the_cut_title_stub_is_not_the_last_paragraph() -> None:
    rec = to_record(extract(PAGE))
    assert rec["body"][-1] == "黎文甲感谢亚行多年来为越南提供的支持。", rec["body"]


def test_the_cut_title_stub_tells_no_second_meeting() -> None:
    rec = to_record(extract(PAGE))
    meetings = [e for e in rec["events"] if e["section"] == "main" and e["type"] == "CONSULT"]
    assert len(meetings) == 1, [e["evidence"]["text"] for e in meetings]


def test_a_short_last_paragraph_that_is_no_title_part_stays() -> None:
    rec = to_record(extract(PAGE.replace("政府副总理黎文甲会见亚洲开发银行副\n", "双方还讨论了其他问题。\n")))
    assert rec["body"][-1] == "双方还讨论了其他问题。"
