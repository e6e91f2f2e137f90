"""``面向纪念…周年的系列活动``: an act on the way toward an anniversary; the anniversary is still
ahead, so its year does not date the act (a year the page writes does)."""

from __future__ import annotations

from dyad import extract, to_record

_TEXT = (
    "防务合作日益深化\n\n"
    "越通社新德里——应印度国防部长拉吉夫·辛格之邀,越南国防部长陈文乙率领越南高级军事代表团"
    "从11月20日至23日对印度进行正式访问。\n\n"
    "陈文乙认为,此访在两国2016年9月刚将双方关系提升为全面战略伙伴关系的背景下进行,"
    "同时也是面向纪念越印建交45周年的系列活动之一。(越通社——VNA)\n"
)


def test_anniversary_toward_which_an_act_leads_is_still_ahead() -> None:
    visits = [e for e in to_record(extract(_TEXT))["events"] if e["mode"] == "visit"]
    assert [e["date"] for e in visits] == ["2016-11-20/2016-11-23"]


def test_second_anniversary_joined_to_the_first_is_ahead_too() -> None:
    text = _TEXT.replace("越印建交45周年", "越印建交45周年和建立战略伙伴关系10周年")
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert [e["date"] for e in visits] == ["2016-11-20/2016-11-23"]
