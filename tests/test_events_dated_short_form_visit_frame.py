"""A background visit told as a frame with the one-character form of the country (``2012年5月,在X访德期间,
两国签署了…``) is a visit of its own when the text gives its year and month, like ``访问德国期间``;
undated, ``访德期间`` stays a frame pointing back at the story's visit."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _visits(sentence: str) -> list[tuple[list[str], list[str]]]:
    page = (
        "标题新闻\n\n越通社河内——德国总统将于9月5日至7日对越南进行国事访问。"
        f"{sentence}\n\n(越通社-VNA)\n\n越通社\n"
    )
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["mode"] == "visit"
    ]


@pytest.mark.parametrize("form", ["访德期间", "访问德国期间"])
def test_a_dated_frame_visit_is_kept(form: str) -> None:
    visits = _visits(f"2012年5月,在越南政府总理黎文光{form},两国签署了有关战略伙伴关系的联合声明。")
    assert (["黎文光"], ["德国"]) in visits


def test_an_undated_short_form_frame_is_no_visit() -> None:
    visits = _visits("在越南政府总理黎文光访德期间,两国签署了联合声明。")
    assert all(src != ["黎文光"] for src, _ in visits)
