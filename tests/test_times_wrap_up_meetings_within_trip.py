"""A wrap-up that opens with the day the leader came home, told with the trip's days
(``…已抵达河内,圆满结束从…至…对…的正式访问``): the undated meetings it lists afterwards took place
over the trip, not on the day of the return."""

from __future__ import annotations

from dyad import extract, to_record


def _meeting_dates(text: str) -> dict[str, str | None]:
    return {
        e["target"][0]["name"]: e["date"]
        for e in to_record(extract(text))["events"]
        if e["mode"] in {"meeting", "talks"} and e["target"]
    }


def test_listed_meetings_take_the_trip_range() -> None:
    text = (
        "越南国会主席黎明心圆满结束对蒙古国的正式访问\n\n"
        "越通社河内——越南国会主席黎明心一行2023年6月20日晚已抵达河内,"
        "圆满结束从6月16日至20日对蒙古国进行的正式访问。\n\n"
        "在乌兰巴托,黎明心已会见蒙古国总统巴特尔·苏赫,同蒙古国家大呼拉尔主席达瓦·钢巴举行会谈。(越通社——VNA)\n越通社\n"
    )
    dates = _meeting_dates(text)
    assert dates.get("巴特尔·苏赫") == "2023-06-16/2023-06-20", dates
    assert dates.get("达瓦·钢巴") == "2023-06-16/2023-06-20", dates


def test_day_inside_a_range_still_wins() -> None:
    # a day told first and a range framing it afterwards: the day still dates what follows
    text = (
        "越南国会主席黎明心会见蒙古国总统\n\n"
        "越通社乌兰巴托——6月18日,越南国会主席黎明心在乌兰巴托会见蒙古国总统巴特尔·苏赫。"
        "黎明心于2023年6月16日至20日对蒙古国进行正式访问。\n\n"
        "同日,黎明心同蒙古国家大呼拉尔主席达瓦·钢巴举行会谈。(越通社——VNA)\n越通社\n"
    )
    dates = _meeting_dates(text)
    assert dates.get("巴特尔·苏赫") == "2023-06-18", dates
