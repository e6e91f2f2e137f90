"""The time grammar: every expression kind, written as agency Chinese writes it, with offsets."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.document import normalise_width
from dyad.extraction.time_grammar import RawTime, cn_int, ganzhi_index, scan


def one(text: str) -> RawTime:
    found = scan(text)
    assert len(found) == 1, found
    return found[0]


def only(text: str, kind: str) -> RawTime:
    found = [r for r in scan(text) if r.kind == kind]
    assert len(found) == 1, scan(text)
    return found[0]


# --- absolute dates ---------------------------------------------------------------------------------
def test_full_date_with_year() -> None:
    r = one("双方于2024年4月2日签署合作协议。")
    assert (r.kind, r.y, r.m, r.d, r.text) == ("date", 2024, 4, 2, "2024年4月2日")


def test_slash_and_iso_dates() -> None:
    assert (one("报告发布于2025/12/5。").y, one("报告发布于2025/12/5。").d) == (2025, 5)
    r = one("会议定于2025-12-05召开")
    assert (r.kind, r.y, r.m, r.d) == ("date", 2025, 12, 5)


def test_slash_range_in_brackets() -> None:
    r = one("某某诞辰100周年(1925/3/1-2025/3/1)之际")
    assert (r.kind, r.y, r.m, r.d, r.y2, r.m2, r.d2) == ("range", 1925, 3, 1, 2025, 3, 1)


def test_chinese_numeral_dates() -> None:
    r = one("部长十二月五日抵达")
    assert (r.kind, r.m, r.d, r.y) == ("date", 12, 5, None)
    r = one("二〇二五年十二月五日,两国签署协议")
    assert (r.y, r.m, r.d) == (2025, 12, 5)


def test_full_width_digits_fold_and_offsets_stay() -> None:
    text = "代表团于２０２５年１２月５日上午抵达河内。"
    norm = normalise_width(text)
    r = one(norm)
    assert (r.y, r.m, r.d, r.part_of_day) == (2025, 12, 5, "上午")
    assert text[r.start : r.end] == "２０２５年１２月５日上午"


def test_year_less_date_keeps_year_empty() -> None:
    r = one("5月22日上午,代表团会见省委领导。")
    assert (r.kind, r.y, r.m, r.d, r.part_of_day) == ("date", None, 5, 22, "上午")


def test_invalid_dates_are_not_dates() -> None:
    assert not [r for r in scan("2月30日举行") if r.kind == "date"]
    assert not [r for r in scan("13月5日举行") if r.kind == "date"]


# --- ranges and lists ---------------------------------------------------------------------------------
def test_day_range_same_month() -> None:
    r = one("代表团从9月8日至10日对金边进行访问")
    assert (r.kind, r.m, r.d, r.m2, r.d2) == ("range", 9, 8, 9, 10)
    assert r.text == "9月8日至10日"


def test_day_range_across_months() -> None:
    r = one("论坛于6月28日至7月2日举行")
    assert (r.kind, r.m, r.d, r.m2, r.d2) == ("range", 6, 28, 7, 2)


def test_compact_day_range() -> None:
    r = one("展会9月8—10日在河内举行")
    assert (r.kind, r.m, r.d, r.d2) == ("range", 9, 8, 10)


def test_range_with_year() -> None:
    r = one("活动将于2026年2月6日至9日在河内举行")
    assert (r.kind, r.y, r.m, r.d, r.m2, r.d2) == ("range", 2026, 2, 6, 2, 9)


def test_date_list() -> None:
    r = one("代表团5月22日和23日分别会见")
    assert (r.kind, r.d, r.d2) == ("dates", 22, 23)


def test_month_and_month_range() -> None:
    assert one("双方同意在4月举行会谈").kind == "month"
    r = one("6月至7月期间")
    assert (r.kind, r.m, r.m2) == ("month-range", 6, 7)


def test_year_and_year_ranges() -> None:
    assert (one("2023年,双边贸易额增长").kind, one("2023年,双边贸易额增长").y) == ("year", 2023)
    r = one("总结2021—2026年司法改革成果")
    assert (r.kind, r.y, r.y2) == ("year-range", 2021, 2026)
    r = one("越古建交65周年(1960-2025)")
    assert (r.kind, r.y, r.y2) == ("year-range", 1960, 2025)


def test_dateline_dash_does_not_join_dates() -> None:
    found = scan("越通社河内5月29日——5月29日在外交部总部")
    assert [r.text for r in found] == ["5月29日", "5月29日"]


def test_no_expression_crosses_a_line() -> None:
    found = scan("会议于5月2日\n至6日结束")
    assert [r.text for r in found if r.kind == "date"] == ["5月2日"]


# --- parts of day, clock, weekday, local time -----------------------------------------------------------
@pytest.mark.parametrize("pod", ["上午", "下午", "晚", "晚上", "凌晨", "中午"])
def test_parts_of_day(pod: str) -> None:
    r = one(f"9月9日{pod},代表团拜会首相。")
    assert (r.m, r.d, r.part_of_day) == (9, 9, pod)


def test_clock_time() -> None:
    r = one("9月9日上午10时30分,会谈开始")
    assert (r.part_of_day, r.clock) == ("上午", "10:30")


def test_weekday_after_date_and_alone() -> None:
    r = one("9月8日(星期五)上午,两国签署协定")
    assert (r.weekday, r.part_of_day) == (4, "上午")
    assert one("周三,外长举行会谈").weekday == 2
    assert one("上星期日").weekday == 6


def test_weekday_words_inside_other_words_are_not_weekdays() -> None:
    assert not [r for r in scan("四周一片欢腾") if r.kind == "weekday"]


def test_local_time_is_part_of_the_span() -> None:
    r = one("当地时间1月24日上午,峰会在新德里开幕")
    assert r.local_time and r.text == "当地时间1月24日上午" and r.start == 0


# --- relative words --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "word",
    [
        "当天",
        "同日",
        "次日",
        "翌日",
        "前一天",
        "日前",
        "近日",
        "近期",
        "此前",
        "明年",
        "今年",
        "去年",
        "上月",
        "本月",
    ],
)
def test_relative_words(word: str) -> None:
    r = one(f"双方{word},举行了会谈。" if word not in {"日前"} else "大使日前出席开幕式")
    assert (r.kind, r.rel) == ("relative", word)


def test_relative_year_with_month() -> None:
    r = one("将于明年4月在法国图卢兹举行")
    assert (r.rel, r.m, r.d) == ("明年", 4, None)


def test_relative_year_with_a_range_of_days() -> None:
    r = one("他回顾了去年6月3日至5日对蒙古进行的访问")
    assert (r.rel, r.m, r.d, r.m2, r.d2, r.text) == ("去年", 6, 3, 6, 5, "去年6月3日至5日")
    r = one("前年6月30日至7月2日,双方举行会谈")
    assert (r.rel, r.m, r.d, r.m2, r.d2) == ("前年", 6, 30, 7, 2)


def test_relative_month_with_day() -> None:
    r = one("本月25日,两国外长通电话")
    assert (r.rel, r.d) == ("本月", 25)


def test_relative_day_with_part_of_day() -> None:
    r = one("当天上午,双方举行会谈")
    assert (r.rel, r.part_of_day) == ("当天", "上午")


def test_false_friends_of_relative_words() -> None:
    assert not scan("越南同日本签署协定")  # 同 + 日本, not 同日
    assert not [r for r in scan("春节日前夕") if r.rel == "日前"]


def test_day_of_month_alone() -> None:
    r = one("越通社河内25日电")
    assert (r.kind, r.d) == ("day", 25)
    assert not scan("日元汇率")


# --- lunar calendar and festivals --------------------------------------------------------------------
def test_lunar_date_with_marker() -> None:
    r = only("2月13日上午(农历腊月廿六)", "lunar")
    assert (r.m, r.d, r.text) == (12, 26, "农历腊月廿六")


def test_lunar_range_with_sexagenary_year() -> None:
    r = one("(即乙巳年腊月十九至二十二)")
    assert (r.kind, r.ganzhi, r.m, r.d, r.d2) == ("lunar-range", "乙巳", 12, 19, 22)


def test_sexagenary_year_then_the_lunar_marker_then_the_date() -> None:
    # 乙巳年农历三月初十: the year's name stays with the lunar date after 农历
    r = one("乙巳年农历三月初十,雄王祭祖大典举行")
    assert (r.kind, r.ganzhi, r.m, r.d) == ("lunar", "乙巳", 3, 10)


def test_lunar_names_without_marker() -> None:
    r = one("正月初一")
    assert (r.kind, r.m, r.d) == ("lunar", 1, 1)
    r = one("十二月二十六,村民祭祖")  # no 日: the lunar style
    assert (r.kind, r.m, r.d) == ("lunar", 12, 26)


def test_festivals() -> None:
    r = one("值此2026丙午年春节来临之际")
    assert (r.kind, r.festival, r.y, r.ganzhi) == ("festival", "春节", 2026, "丙午")
    assert one("值此元旦来临之际").festival == "元旦"
    r = one("明年春节前")
    assert (r.festival, r.rel) == ("春节", "明年")


def test_sexagenary_year_alone_and_invalid() -> None:
    r = one("乙巳年")
    assert (r.kind, r.ganzhi) == ("lunar-year", "乙巳")
    assert ganzhi_index("乙午") is None  # 乙 goes with odd branches only
    assert ganzhi_index("甲子") == 0 and ganzhi_index("乙巳") == 41


# --- numerals ------------------------------------------------------------------------------------------
@given(st.integers(min_value=1, max_value=999))
def test_cn_int_agrees_with_cn2an(n: int) -> None:
    assert cn_int(cn2an.an2cn(n)) == n
    assert cn_int(str(n)) == n


def test_cn_int_forms() -> None:
    assert [cn_int(s) for s in ("廿六", "初五", "二〇二五", "十", "三十", "卅")] == [26, 5, 2025, 10, 30, 30]
    assert cn_int("abc") is None


# --- properties ------------------------------------------------------------------------------------------
_CJK = st.sampled_from(
    list("会谈访问举行河内越南中国双方表示年月日至当同次前今明农历腊正春节周星期上下午晚,。、—-()0123456789")
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80) | st.text(alphabet=_CJK, max_size=60))
def test_any_string_scans_without_error_and_spans_slice_back(text: str) -> None:
    found = scan(text)
    last = -1
    for r in found:
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text
        assert r.start >= last  # left to right, never overlapping
        last = r.end


_SAFE = st.text(alphabet=st.sampled_from(list("会谈访问举行河内越南双方表示代表团,。")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=31),
    _SAFE,
    _SAFE,
    st.booleans(),
)
def test_generated_month_day_parses_to_itself(m: int, d: int, before: str, after: str, cn: bool) -> None:
    days = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if d > days[m - 1]:
        return
    written = f"{cn2an.an2cn(m)}月{cn2an.an2cn(d)}日" if cn else f"{m}月{d}日"
    text = before + written + after
    hits = [r for r in scan(text) if r.kind == "date"]
    assert len(hits) == 1
    r = hits[0]
    assert (r.m, r.d, r.y) == (m, d, None)
    assert r.start == len(before) and text[r.start : r.end].startswith(written)


def test_fiscal_year_is_a_year_marked_fiscal() -> None:
    r = only("双方签署了2019财年贷款换文。", "year")
    assert (r.y, r.part, r.text) == (2019, "财年", "2019财年")
    assert only("该项目列入2021财政年度预算。", "year").y == 2021
