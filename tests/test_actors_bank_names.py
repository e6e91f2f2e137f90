"""Bodies and people in economic news: a bank's name holding 与 (越南投资与发展银行) stays whole, a name
with an acronym in brackets (``…银行(ABCB)代表``) is a body, and a count of calls or 先生 ends a name."""

from __future__ import annotations

from dyad import extract, to_record


def _signing(body: str) -> tuple[list[str], list[str]]:
    text = f"甲国与越南签署贷款合同\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert len(evs) == 1, evs
    e = evs[0]
    return [a["name"] for a in e["source"]], [a["name"] for a in e["target"]]


def test_a_bank_name_with_yu_is_not_split() -> None:
    src, tgt = _signing("越南投资与发展股份商业银行日前已与老挝政府代表签署了总额为1亿美元的贷款合同。")
    assert src == ["越南投资与发展股份商业银行"] and tgt == ["老挝政府"]


def test_an_acronym_in_brackets_names_a_body() -> None:
    src, tgt = _signing("3月5日在首都万象,老挝政府代表同越南甲乙银行(ABCB)代表签署了贷款合同。")
    assert src == ["老挝政府"] and tgt == ["越南甲乙银行"]


def _targets(body: str) -> list[str]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = to_record(extract(text))["events"]
    return [a["name"] for e in evs for a in e["source"] + e["target"]]


def test_a_count_of_calls_ends_the_name() -> None:
    """``与中国国务院总理李强两次通电话``: 两次 counts the calls, the name is 李强."""
    assert "李强" in _targets("2023年,范明政总理与中国国务院总理李强两次通电话。")


def test_a_given_name_ending_in_he_before_xiansheng() -> None:
    """``董事长严介和先生``: 和 closes the given name before 先生, it is not "and"."""
    assert "严介和" in _targets("3月2日,越南政府总理范明政在河内会见了中国某集团董事长严介和先生。")


def test_a_company_head_is_not_read_as_vietnamese_by_the_agency_default() -> None:
    """``会见了…集团创始人兼董事长黄志强``: a firm the tables do not know is no Vietnamese ministry
    written bare; its head is not Vietnamese for the agency's sake, and he comes as the visitor."""
    text = (
        "越南加强对外合作\n\n越通社河内——3月2日下午,越南政府总理范明政在政府总部会见了亚太最大私营企业之一的"
        "宏远建设集团创始人兼董事长黄志强。(越通社-VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert len(evs) == 1, evs
    head = [a for a in evs[0]["source"] + evs[0]["target"] if a["name"] == "黄志强"]
    assert head and head[0]["country"] != "VNM"
