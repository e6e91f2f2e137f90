"""A top office written by its rank word alone names the person's one row ending with that word:
after the name (``范明政总理``, ``陈大光主席``, ``阮富仲总书记``) or as a short chain before it
(``越南总理范明政``, ``越共总书记阮富仲``), as the full forms 政府总理, 国家主席 and 越共中央总书记 do.
Not a deputy's rank, not an organ's chair, not a rank word two rows of the person end with, and not
an office told with the person's death."""

from __future__ import annotations

import pytest

from dyad import extract
from dyad.extraction.time_tenure import named_pairs


def _offices(text: str, who: str) -> set[str]:
    doc = extract(f"越南领导人会见外宾\n\n{text}(完)\n")
    return {p.office for p in named_pairs(doc, [(0, len(doc.norm))]) if p.person == who}


@pytest.mark.parametrize(
    ("text", "who", "office"),
    [
        ("5月6日,范明政总理在河内会见了来访的某国贸易代表团。", "范明政", "政府总理"),
        ("5月6日,越南总理范明政在河内会见了来访的某国贸易代表团。", "范明政", "政府总理"),
        ("5月6日,陈大光主席在河内会见了来访的某国议会代表团。", "陈大光", "国家主席"),
        ("5月6日,越共总书记阮富仲在河内会见了来访的某国政党代表团。", "阮富仲", "越共中央总书记"),
        ("5月6日,王廷惠主席在河内会见了来访的某国议会代表团。", "王廷惠", "国会主席"),
    ],
)
def test_rank_word_alone_names_the_one_row(text: str, who: str, office: str) -> None:
    assert _offices(text, who) == {office}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a deputy's rank is not the top office
        ("5月6日,越南副总理阮春福在河内会见了来访的某国贸易代表团。", "阮春福"),
        # the Assembly's chair is no head of state
        ("5月6日,越南国会主席武文赏在河内会见了来访的某国议会代表团。", "武文赏"),
        # two of his rows end with 主席 (国家主席, 国会主席): the word alone cannot tell which
        ("5月6日,阮富仲主席在河内会见了来访的某国议会代表团。", "阮富仲"),
        # told with his funeral: the office he held last, not one held that day
        ("9月7日,陈大光主席遗体安葬仪式在某省举行。", "陈大光"),
    ],
)
def test_rank_word_alone_names_nothing_else(text: str, who: str) -> None:
    assert _offices(text, who) == set()


@pytest.mark.parametrize(("chain", "who"), [("越南国会议长", "阮氏金银"), ("越南国会主席", "阮氏金银"), ("韩国国会主席", "金振杓")])
def test_assembly_head_written_either_way_names_the_row(chain: str, who: str) -> None:
    offices = _offices(f"5月6日,{chain}{who}在首尔会见了来访的某国议会代表团。", who)
    assert offices and all(o in {"国会主席", "国会议长"} for o in offices)
