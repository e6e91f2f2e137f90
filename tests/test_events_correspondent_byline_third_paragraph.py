"""A story told from home by a correspondent posted abroad happened at the post: the byline may open
the third paragraph when the opening's two sentences stand as two paragraphs."""

from __future__ import annotations

from dyad import extract, to_record

_FORUM = "国际农业合作论坛第5届会议于2031年7月1日至3日举行,聚焦粮食安全议题。"
_ATTEND = "越南驻意大利大使阮文安率团出席会议。"
_BYLINE = "越通社驻罗马记者报道,会议每两年举行一次,审议粮食和农业问题。"


def _places(body: str) -> list[str | None]:
    page = f"越南出席国际农业合作论坛\n\n越通社河内——{body}\n\n(越通社-VNA)\n"
    return [e["location"] for e in to_record(extract(page))["events"] if e["section"] == "main" and e["mode"] == "multilateral"]


def test_byline_in_the_second_paragraph_places_the_forum() -> None:
    assert _places(_FORUM + _ATTEND + "\n\n" + _BYLINE) == ["罗马"]


def test_byline_opening_the_third_paragraph_places_the_forum() -> None:
    assert _places(_FORUM + "\n\n" + _ATTEND + "\n\n" + _BYLINE) == ["罗马"]
