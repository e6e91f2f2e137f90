"""``会议由A主持召开``: a forum told before, then said to be convened under A's chair, is attended by A,
the CONSULT multilateral event of the chair, also when the sentence says it was held at a side's
proposal (``是根据越南的建议举行``: the proposal its footing, no request still to be met).
Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _forums(page: str) -> list[tuple[list[str], list[str], str | None]]:
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]], e["date"])
        for e in to_record(extract(page))["events"]
        if e["mode"] == "multilateral"
    ]


def _page(second: str) -> str:
    return (
        "东盟加强合作\n\n越通社雅加达——东盟外长特别会议2031年3月5日在印尼首都雅加达举行。\n\n"
        + second
        + "(越通社-VNA)\n\n越通社\n"
    )


def test_meeting_convened_under_a_chair() -> None:
    page = _page("会议由越南政府副总理兼外长黎文安主持召开,东盟各成员国外长出席。")
    assert _forums(page) == [(["黎文安"], ["东盟外长特别会议"], "2031-03-05")]


def test_forum_named_then_convened_under_a_chair() -> None:
    page = _page("东盟外长特别会议由越南政府副总理兼外长黎文安主持召开,东盟各成员国外长出席。")
    assert _forums(page) == [(["黎文安"], ["东盟外长特别会议"], "2031-03-05")]


def test_held_at_a_proposal_and_convened_under_a_chair() -> None:
    page = _page("会议是根据越南的建议举行,由越南政府副总理兼外长黎文安主持召开,东盟各成员国外长出席。")
    assert _forums(page) == [(["黎文安"], ["东盟外长特别会议"], "2031-03-05")]


def test_a_proposal_to_hold_a_meeting_is_still_no_meeting() -> None:
    page = (
        "两国外长通电话\n\n越通社河内——越南外交部长黎文安3月5日同老挝外长宋平通电话。"
        "黎文安建议两国尽早举行外长会晤。(越通社-VNA)\n\n越通社\n"
    )
    modes = [e["mode"] for e in to_record(extract(page))["events"]]
    assert modes == ["phone"]
