"""A foreign party's congress attended by a Vietnamese delegation: the forum's name drops where and
how it is held (``在吉隆坡举行第9次党代表大会``), a counted crowd attending (``来自21个国家的33个政党
代表团一同出席大会``) is the forum's size, not a side, and thanks for the attendance (``对越共派遣代表团
出席大会表示感谢``) is no new attendance."""

from __future__ import annotations

from test_events import events_of, names

BODY = (
    "马来西亚人民党于2018年12月8日至12日在吉隆坡举行第9次党代表大会。\n\n"
    "该党的1200位正式代表,来自15个国家的20个政党代表团一同出席大会。由越共中央委员陈甲率领的越南共产党代表团出席大会。\n\n"
    "该党领导人对越共派遣代表团出席大会表示感谢。"
)


def test_only_the_vietnamese_delegation_attends() -> None:
    evs = [e for e in events_of(BODY) if e["type"] == "CONSULT"]
    assert [names(e["source"]) for e in evs] == [["陈甲"]], evs


def test_forum_name_without_where_it_is_held() -> None:
    evs = [e for e in events_of(BODY) if e["type"] == "CONSULT"]
    assert evs and not any("举行" in n for e in evs for n in names(e["target"])), evs


def test_thanks_for_the_attendance_is_no_new_attendance() -> None:
    evs = events_of(
        "人民党于2018年12月8日至12日在吉隆坡举行第9次党代表大会。由越共中央委员陈甲率领的越南共产党代表团出席大会。\n\n"
        "人民党主席阿旺·沙利在开幕式上发言时强调第9次党代表大会的重要性。\n\n"
        "人民党领导人对越共派遣代表团出席大会表示感谢。"
    )
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1, evs
