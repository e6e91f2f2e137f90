"""A teaser told by its title alone keeps its event whatever the next teaser's title opens with:
a frame word there (春节期间…, 访问期间…) belongs to another story, on another line."""

from __future__ import annotations

import pytest

from dyad import extract, to_record

_TALKS = "越南国家主席黎文甲同某国总统阿尔贝托·鲁伊斯举行会谈"


def _first_teaser(next_title: str) -> dict:
    text = (
        "越南与智利加强合作\n\n越通社河内——6月13日,越南政府总理陈文乙在河内会见智利驻越南大使。(完)\n\n更多\n\n"
        f"{_TALKS}\n\n{next_title}\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "related" and e["teaser"] == 0]
    assert len(evs) == 1, evs
    return evs[0]


@pytest.mark.parametrize(
    "next_title",
    ["越南各地接待国际游客人次明显增长", "春节期间越南各地接待国际游客人次明显增长", "访问期间越南与某国签署多项文件"],
)
def test_the_next_teasers_frame_word_does_not_undo_the_talks(next_title: str) -> None:
    ev = _first_teaser(next_title)
    assert (ev["type"], ev["mode"]) == ("CONSULT", "talks"), ev
    assert sorted(p["name"] for p in ev["source"] + ev["target"]) == ["阿尔贝托·鲁伊斯", "黎文甲"], ev
