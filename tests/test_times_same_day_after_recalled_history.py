"""A same-day word opening a paragraph right after one that recalls a day decades back (in a speech)
means the story's day, not that historical day; right after a dated day of the story it means that day."""

from __future__ import annotations

from dyad import extract, to_record


def _same_day(page: str) -> str | None:
    times = to_record(extract(page))["times"]
    return next(t["value"] for t in times if t["text"] in {"同一天", "同日"})


_HEAD = "越南驻外机构庆祝国庆\n\n越通社河内——2031年9月4日晚,越南驻智利大使馆在圣地亚哥举行国庆招待会。"


def test_same_day_after_a_recalled_historical_date_is_the_story_day() -> None:
    page = (
        _HEAD + "越南驻智利大使阮文安在招待会上强调,1945年9月2日,越南民主共和国宣告成立。\n\n"
        "*同一天在秘鲁利马,越南驻秘鲁大使馆举行活动庆祝越南国庆。\n\n(越通社-VNA)\n"
    )
    assert _same_day(page) == "2031-09-04"


def test_same_day_after_a_dated_day_of_the_story_is_that_day() -> None:
    page = (
        _HEAD + "\n\n2031年9月6日,越南驻阿根廷大使馆在布宜诺斯艾利斯举行国庆招待会。\n\n"
        "同日,越南驻秘鲁大使馆在利马举行活动庆祝越南国庆。\n\n(越通社-VNA)\n"
    )
    assert _same_day(page) == "2031-09-06"
