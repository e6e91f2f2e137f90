"""A term of years told as completed (``越南出色完成了2020-2021年任期…一职``) places the page after
the term's last year: with an office-holder whose term spans two possible years, the later one is
left. A term still to be completed (``将圆满完成…任期``) bounds nothing."""

from __future__ import annotations

from dyad import extract, to_record


def _dates(body: str) -> list[str | None]:
    text = f"越南国家主席会见来访客人\n\n越通社河内——{body}(越通社-VNA)\n"
    return [e["date"] for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]


_MEETING = "10月5日上午,越南国家主席阮春福在主席府会见了来访的世界和平基金会主席埃德加·莫兰特。"


def test_completed_term_leaves_the_later_year() -> None:
    body = _MEETING + "此访是在越南出色完成了2020-2021年任期联合国安理会非常任理事国一职的背景下进行的。"
    assert _dates(body) == ["2022-10-05"]


def test_term_to_complete_bounds_nothing() -> None:
    body = _MEETING + "越南将圆满完成2020-2021年任期联合国安理会非常任理事国一职。"
    assert _dates(body) == [None]
