"""``出席X峰会期间,A会见了B``: a forum attended told only as the frame of a meeting is attended by
A even when the frame opens without 在 (after the reporter's lead). Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _forums(page: str) -> list[tuple[list[str], list[str]]]:
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["mode"] == "multilateral"
    ]


def test_frame_after_the_reporters_lead_without_zai() -> None:
    page = (
        "总理会见企业领导\n\n越通社吉隆坡10月27日——越通社特派记者报道,出席第47届东盟峰会期间,"
        "越南政府总理阮文甲27日下午会见马来西亚某集团总裁林志强。(越通社-VNA)\n\n越通社\n"
    )
    assert _forums(page) == [(["阮文甲"], ["第47届东盟峰会"])]


def test_frame_opening_the_paragraph_without_zai() -> None:
    page = (
        "总理会见企业领导\n\n越通社吉隆坡——出席第47届东盟峰会期间,越南政府总理阮文甲10月27日下午"
        "会见马来西亚某集团总裁林志强。(越通社-VNA)\n\n越通社\n"
    )
    assert _forums(page) == [(["阮文甲"], ["第47届东盟峰会"])]


def test_the_frame_with_zai_still_counts() -> None:
    page = (
        "总理会见企业领导\n\n越通社吉隆坡——在出席第47届东盟峰会期间,越南政府总理阮文甲10月27日下午"
        "会见马来西亚某集团总裁林志强。(越通社-VNA)\n\n越通社\n"
    )
    assert _forums(page) == [(["阮文甲"], ["第47届东盟峰会"])]
