"""Attendance at forums summed up with a count and no time (``X党代表多次参加由Y主持的国际政党会议``)
is background, like visits and calls summed up so (``曾多次访华``): no multilateral event is coded for
it. Attendance told with its own day stays an event."""

from __future__ import annotations

from dyad import extract, to_record


def _main(body: str) -> list[dict]:
    text = f"越南共产党代表团访问蒙古\n\n越通社河内——{body}\n\n(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_forums_attended_many_times_are_background() -> None:
    evs = _main(
        "4月9日下午,越共中央书记处书记陈文海在河内会见了蒙古人民党总书记巴特尔。"
        "越南共产党领导人和代表多次参加由蒙古人民党主持的亚洲政党国际会议。"
    )
    assert evs and not any(e["mode"] == "multilateral" for e in evs), evs


def test_a_forum_attended_on_a_day_told_stays() -> None:
    evs = _main("4月9日,越共中央书记处书记陈文海在乌兰巴托出席了亚洲政党国际会议第十二届大会。")
    assert any(e["mode"] == "multilateral" for e in evs), evs
