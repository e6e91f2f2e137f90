"""A subjectless trip frame with its destination told by 对 (在对X进行工作访问期间, 正对X进行正式访问期间,
or 对X进行国事访问期间 with no 在 at all; the travelling reporter and the day possibly first) opens a
sentence whose subject made the trip: when the article tells that trip nowhere else, the frame is the
visit. Another person's dated past visit to the same country does not stand for it. Sentences written
for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _visits(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT" and e["mode"] == "visit"]


@pytest.mark.parametrize(
    "opening",
    [
        "在对比利时进行工作访问期间,",
        "正对比利时进行正式访问期间,",
        "越通社特派记者报道,在对比利时进行工作访问期间,",
        "越通社特派记者报道,当地时间4月3日下午,在对比利时进行国事访问期间,",
        "对比利时进行国事访问期间,",
        "越通社特派记者报道,对比利时进行正式访问期间,4月3日,",
    ],
)
def test_subjectless_frame_is_the_visit(opening: str) -> None:
    visits = _visits(
        f"越南国会副主席会见比利时众议院议长\n\n越通社布鲁塞尔——{opening}越南国会副主席范文钧于4月3日"
        "同比利时众议院议长艾德·维南(Ed Veenan)举行会谈。\n\n双方就两国合作交换意见。(越通社-VNA)\n"
    )
    assert len(visits) == 1, visits
    assert visits[0]["source"][0]["name"] == "范文钧"
    assert visits[0]["target"][0]["country"] == "BEL"


def test_frame_of_a_trip_told_elsewhere_is_not_doubled() -> None:
    visits = _visits(
        "越南国会副主席访问比利时\n\n越通社布鲁塞尔——越南国会副主席范文钧于4月2日至5日对比利时进行工作访问。"
        "在对比利时进行工作访问期间,范文钧于4月3日同比利时众议院议长艾德·维南(Ed Veenan)举行会谈。(越通社-VNA)\n"
    )
    assert len(visits) == 1, visits


def test_another_persons_past_visit_does_not_hide_the_frame() -> None:
    visits = _visits(
        "越南领导人会见比利时众议院议长\n\n越通社布鲁塞尔——在对比利时进行工作访问期间,越南国会副主席范文钧于4月3日"
        "同比利时众议院议长艾德·维南(Ed Veenan)举行会谈。\n\n范文钧回顾了1998年越南国家主席黎光山访问比利时时"
        "所奠定的友好基础。(越通社-VNA)\n"
    )
    assert sorted(v["source"][0]["name"] for v in visits) == ["范文钧", "黎光山"], visits
