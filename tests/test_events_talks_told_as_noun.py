"""``A与B的会谈在坦诚友好的气氛中进行``: talks told as a noun, with the mood they were held in, are
talks between A and B; ``会谈在…气氛中进行`` after the talks were told does not add a second one."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _talks(body: str) -> list[dict[str, Any]]:
    text = f"越俄领导人会谈\n\n越通社莫斯科——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]


def test_talks_told_as_a_noun() -> None:
    (ev,) = _talks("2025年5月6日,越南国家主席梁强与俄罗斯总统普京的会谈在坦诚友好的气氛中进行。")
    assert ([p["name"] for p in ev["source"]], [p["name"] for p in ev["target"]]) == (["梁强"], ["普京"])


def test_mood_of_talks_told_before_adds_none() -> None:
    talks = _talks("2025年5月6日,越南国家主席梁强同俄罗斯总统普京举行会谈。两位领导人的会谈在坦诚友好的气氛中进行。")
    assert len(talks) == 1
