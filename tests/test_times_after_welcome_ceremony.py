"""Real-page audit (bilateral pages): ``11月8日下午,A举行仪式,欢迎B访越。…欢迎仪式结束后,A与B
举行会谈`` - the talks take the day of the welcome told before, not the dateline's day."""

from __future__ import annotations

from dyad import extract, to_record


def test_talks_after_the_welcome_take_the_welcomes_day() -> None:
    text = (
        "两国议会加强合作\n\n"
        "越通社河内2031年3月6日——应越南国会主席陈文明的邀请,老挝国会主席宋赛从3月5日至8日对越南进行正式访问。\n\n"
        "3月5日下午,陈文明在国会大厦举行仪式,欢迎宋赛访越。\n\n"
        "此访是两国立法机构高层交往的重要活动。\n\n"
        "欢迎仪式结束后,陈文明与宋赛举行会谈。(越通社——VNA)\n越通社\n"
    )
    talks = [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]
    assert [e["date"] for e in talks] == ["2031-03-05"], talks
