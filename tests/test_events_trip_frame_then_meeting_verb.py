"""A trip frame closed by its comma with the meeting verb right after it (``X对老挝进行国事访问期间,
会见了Y``): X, the frame's subject, meets Y. The frame's aside (a few characters before 期间) swallowed
X whole when the destination was short (two characters), so the meeting had no source and was lost."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _meetings(body: str) -> list[dict]:
    page = f"两国领导人会晤\n\n越通社金边——{body}\n\n双方同意加强合作。\n\n越通社\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]


@pytest.mark.parametrize(
    "frame",
    [
        "对蒙古进行国事访问期间,",  # a destination of two characters
        "对哥伦比亚进行国事访问期间,",
        "访问蒙古期间,",
        "在蒙古进行国事访问期间,",
    ],
)
def test_frame_subject_meets_the_one_named_after_the_verb(frame: str) -> None:
    evs = _meetings(f"越南国家副主席吴清雅{frame}会见了总统巴特图勒嘎。")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["吴清雅"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["巴特图勒嘎"], evs


def test_a_visiting_guest_meets_the_host_after_the_frame() -> None:
    evs = _meetings("蒙古总统巴特图勒嘎对越南进行正式访问期间,会见了越南国会主席阮文雄。")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["巴特图勒嘎"], evs
    assert [p["name"] for p in evs[0]["target"]] == ["阮文雄"], evs


def test_a_subject_named_after_the_frame_still_leads() -> None:
    evs = _meetings("在对蒙古进行国事访问期间,越南国家副主席吴清雅会见了蒙古总统巴特图勒嘎。")
    assert len(evs) == 1, evs
    assert [p["name"] for p in evs[0]["source"]] == ["吴清雅"], evs
