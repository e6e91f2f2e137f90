"""Year inference: each basis on sentences written for the test, and the API the event coder calls."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.document import Document, Span, Teaser
from dyad.extraction import time_tenure
from dyad.extraction.times import annotate_times, document_year, tenure_conflicts, time_for_span
from dyad.model import TimeValue


def page(
    title: str,
    paras: list[str],
    teasers: list[tuple[str, str | None]] = (),  # type: ignore[assignment]
    published: str | None = None,
    dateline: str | None = None,
    meta: dict[str, str] | None = None,
) -> Document:
    """A Document cut by hand: one line per part, so the test controls every span."""
    text = ""

    def add(s: str) -> Span:
        nonlocal text
        start = len(text)
        text += s + "\n"
        return Span(start, start + len(s))

    title_span = add(title)
    body, dl = [], None
    for i, p in enumerate(paras):
        if i == 0 and dateline:
            span = add(dateline + p)
            dl = Span(span.start, span.start + len(dateline), "dateline")
            body.append(Span(dl.end, span.end))
        else:
            body.append(add(p))
    tz = [Teaser(title=add(t), summary=add(s) if s else None) for t, s in teasers]
    doc = Document(text=text, title=title_span, body=body, teasers=tz, published=published, dateline=dl)
    doc.meta = dict(meta or {})
    annotate_times(doc)
    return doc


def tv(doc: Document, written: str, nth: int = 0) -> TimeValue:
    found = [t for t in doc.times if doc.text[t.span.start : t.span.end] == written]
    assert len(found) > nth, [doc.text[t.span.start : t.span.end] for t in doc.times]
    return found[nth]


# --- explicit ----------------------------------------------------------------------------------------
def test_explicit_year_in_the_expression() -> None:
    doc = page("双方签署协议", ["河内市与广州市于2024年4月2日签署合作备忘录。"])
    t = tv(doc, "2024年4月2日")
    assert (t.value, t.basis, t.precision) == ("2024-04-02", "explicit", "day")


def test_explicit_year_in_the_same_sentence() -> None:
    doc = page("委员会召开会议", ["12月25日上午,指导委员会在河内召开2025年第三次会议。"])
    t = tv(doc, "12月25日上午")
    assert (t.value, t.basis, t.basis_text, t.part_of_day) == ("2025-12-25", "explicit", "2025年", "上午")


def test_a_target_year_is_not_the_event_year() -> None:
    doc = page("规划发布", ["3月5日,政府发布到2045年的发展规划。"], published="2026-03-10")
    assert tv(doc, "3月5日").value == "2026-03-05"


def test_the_year_of_a_tournament_is_not_that_of_its_qualifier() -> None:
    qual = page("足球", ["3月25日晚,在2027年亚洲杯预选赛首轮比赛中,越南队以5比0战胜老挝队。"])
    assert tv(qual, "3月25日晚").value is None  # not 2027: nothing else gives the year
    finals = page("足球", ["4月17日晚,在2024年U23亚洲杯小组赛中,越南队以3比1战胜科威特队。"])
    assert tv(finals, "4月17日晚").value == "2024-04-17"


def test_the_year_naming_a_plan_or_budget_does_not_date_the_act() -> None:
    doc = page(
        "国会",
        ["11月13日,国会通过了2025年经济社会发展计划和2025年国家预算。", "双方签署了2026年合作计划。"],
        published="2024-11-14",
    )
    assert tv(doc, "11月13日").value == "2024-11-13"
    assert [tv(doc, "2025年", i).kind for i in (0, 1)] == ["year-reference", "year-reference"]
    assert tv(doc, "2026年").kind == "year-reference"


def test_a_festivals_year_later_in_the_sentence_dates_the_day_before_it() -> None:
    doc = page("春节", ["1月20日,大使馆为旅居老挝越南人举行2025年春节见面会。"])
    assert tv(doc, "1月20日").value == "2025-01-20"


def test_a_sexagenary_festival_later_in_the_sentence_dates_the_day_before_it() -> None:
    doc = page("春节", ["2月3日晚,使馆与侨团在金边联合举行甲辰年春节联欢会。"])
    assert tv(doc, "2月3日晚").value == "2024-02-03"
    eve = page("春节", ["1月20日,大使馆为侨胞举行乙巳年春节见面会。"])
    assert tv(eve, "1月20日").value == "2025-01-20"


def test_where_a_measure_starts_does_not_date_the_sentence() -> None:
    doc = page(
        "会议",
        ["8月24日,领导人会议举行。", "他在会上宣布,中方将从今年开始向各国分享水文信息。"],
        published="2020-08-25",
    )
    assert tv(doc, "今年").kind == "since"
    assert time_for_span(doc, doc.text.index("他在会上"), len(doc.text) - 1).value == "2020-08-24"


# --- published -----------------------------------------------------------------------------------------
def test_published_steps_back_a_year_for_a_later_month_day() -> None:
    doc = page(
        "两国外长通电话", ["12月25日,两国外长通电话。", "2月10日,双方再次会谈。"], published="2026-02-14"
    )
    assert (tv(doc, "12月25日").value, tv(doc, "12月25日").basis) == ("2025-12-25", "published")
    assert tv(doc, "2月10日").value == "2026-02-10"


def test_published_planned_event_goes_forward() -> None:
    doc = page("论坛将举行", ["论坛将于3月5日在河内举行。"], published="2026-02-14")
    t = tv(doc, "3月5日")
    assert (t.value, t.planned) == ("2026-03-05", True)


# --- anniversary ---------------------------------------------------------------------------------------
def test_diplomatic_anniversary() -> None:
    doc = page("两国首都深化合作", ["值此越柬建交50周年之际,代表团从9月8日至10日对金边市进行访问。"])
    t = tv(doc, "9月8日至10日")
    assert (t.value, t.basis, t.basis_text) == ("2017-09-08/2017-09-10", "anniversary", "越柬建交50周年")


def test_gulf_state_anniversaries_date_the_year() -> None:
    doc = page("越南与卡塔尔深化合作", ["值此越卡建交30周年之际,5月14日,两国外长举行会谈。"])
    assert (tv(doc, "5月14日").value, tv(doc, "5月14日").basis) == ("2023-05-14", "anniversary")
    doc = page("越南与科威特深化合作", ["在越南与科威特建交50周年之际,1月10日,双方举行招待会。"])
    assert tv(doc, "1月10日").value == "2026-01-10"


def test_numbered_asean_gcc_summit_dates_the_year() -> None:
    doc = page("范明政出席峰会", ["5月27日,越南政府总理范明政在吉隆坡出席第二届东盟—海合会峰会。"])
    assert tv(doc, "5月27日").value == "2025-05-27"


def test_anniversary_with_full_country_names_and_chinese_numerals() -> None:
    doc = page("纪念活动", ["在越南与古巴建交六十五周年之际,12月2日,双方举行招待会。"])
    assert (tv(doc, "12月2日").value, tv(doc, "12月2日").basis) == ("2025-12-02", "anniversary")


def test_partnership_anniversary_takes_the_pair_named_before() -> None:
    doc = page("推介会", ["在越法建交45周年和建立战略伙伴关系5周年的框架内,6月25日至27日,推介会在巴黎举行。"])
    annivs = [t for t in doc.times if t.kind == "anniversary"]
    assert {t.start[:4] for t in annivs} == {"2018"}
    assert tv(doc, "6月25日至27日").value == "2018-06-25/2018-06-27"


def test_anniversary_end_year_written_in_brackets() -> None:
    doc = page("上香", ["值此某某诞辰88周年(1937/3/1-2025/3/1)之际,2月13日上午,领导前往故居上香。"])
    t = tv(doc, "2月13日上午")
    assert (t.value, t.basis) == ("2025-02-13", "anniversary")
    assert tv(doc, "1937/3/1-2025/3/1").kind == "anniversary-span"


def test_nth_national_day_with_its_bracket_gives_the_year() -> None:
    """第N个X日(A/m/d-B/m/d): an Nth national day whose bracket spans N years; B is the year, not A+1."""
    doc = page("致贺电", ["值某国第120个国庆日(1900/5/6-2020/5/6)之际,5月5日,主席向该国总统致贺电。"])
    t = tv(doc, "5月5日")
    assert (t.value, t.basis) == ("2020-05-05", "anniversary")
    assert tv(doc, "1900/5/6-2020/5/6").kind == "anniversary-span"
    cn = page("致贺电", ["值某国第120个独立日(1900年5月6日—2020年5月6日)之际,5月5日,主席致贺电。"])
    assert tv(cn, "5月5日").value == "2020-05-05"


def test_normalisation_of_relations_counts_like_diplomatic_ties() -> None:
    """``越美关系正常化25周年``: normalisation (1995 for Viet Nam and the United States) + 25."""
    doc = page("研讨会", ["值此越美关系正常化25周年之际,7月15日,两国专家举行研讨会。"])
    t = tv(doc, "7月15日")
    assert (t.value, t.basis) == ("2020-07-15", "anniversary")


def test_shared_short_form_is_read_by_the_country_the_paragraph_names() -> None:
    """越新 is Viet Nam–Singapore (1973) unless the paragraph names New Zealand (1975)."""
    nz = page("两国总理会谈", ["值此越新建交50周年之际,3月4日,越南总理在河内会见了来访的新西兰总理。"])
    assert tv(nz, "3月4日").value == "2025-03-04"
    sg = page("两国总理会谈", ["值此越新建交50周年之际,3月4日,越南总理在河内会见了来访的新加坡总理。"])
    assert tv(sg, "3月4日").value == "2023-03-04"
    bare = page("两国总理会谈", ["值此越新建交50周年之际,3月4日,两国总理在河内举行会谈。"])
    assert tv(bare, "3月4日").value == "2023-03-04"  # the commoner reading


def test_shared_short_form_is_read_by_the_country_named_before_the_paragraph() -> None:
    """The paragraph with 越新 names neither country: the title or lead above it does."""
    nz = page(
        "越南与新西兰关系提升为全面战略伙伴关系",
        ["3月4日,越南总理在河内同来访的新西兰总理举行会谈。", "今年恰逢越新建交50周年。双方同意加强合作。"],
    )
    assert tv(nz, "3月4日").value == "2025-03-04"
    sg = page("越南与新加坡加强合作", ["3月4日,两国总理在河内举行会谈。", "今年恰逢越新建交50周年。"])
    assert tv(sg, "3月4日").value == "2023-03-04"


@pytest.mark.parametrize(
    ("phrase", "year"),
    [
        ("罗马尼亚国庆107周年", 2025),
        ("越南共产党成立95周年", 2025),
        ("胡志明主席诞辰135周年", 2025),
        ("中华人民共和国成立75周年", 2024),
        ("东盟成立50周年", 2017),
    ],
)
def test_anniversaries_from_the_table(phrase: str, year: int) -> None:
    doc = page("庆祝活动", [f"庆祝{phrase},10月5日,友好协会举行见面会。"])
    assert tv(doc, "10月5日").value == f"{year}-10-05"


def test_this_year_is_the_anniversary_year() -> None:
    doc = page("视频会议", ["双方一致认为,今年是越中建交70周年。"])
    t = tv(doc, "今年")
    assert (t.start, t.precision, t.basis) == ("2020-01-01", "year", "anniversary")


# --- recurring meeting ------------------------------------------------------------------------------------
def test_numbered_meeting_dates_a_later_day() -> None:
    doc = page("外长会谈", ["4月1日下午,来越出席大湄公河次区域合作第六次领导人会议的中国外长举行会谈。"])
    t = tv(doc, "4月1日下午")
    assert (t.value, t.basis) == ("2018-04-01", "recurring-meeting")
    meeting = tv(doc, "大湄公河次区域合作第六次领导人会议")
    assert (meeting.kind, meeting.value) == ("meeting", "2018-03-30/2018-03-31")


def test_numbered_summit_written_as_a_summit() -> None:
    # "第六次大湄公河次区域合作峰会": the same series, called a summit rather than a leaders' meeting
    doc = page("会见", ["3月30日上午,部长会见来越出席第六次大湄公河次区域合作峰会的企业家。"])
    assert (tv(doc, "3月30日上午").value, tv(doc, "3月30日上午").basis) == ("2018-03-30", "recurring-meeting")


def test_meeting_cues_after_and_before() -> None:
    after = page("祝贺", ["2月11日,代表团到访使馆,祝贺越共十四大成功召开。"])
    assert tv(after, "2月11日").value == "2026-02-11"
    before = page("筹备", ["12月20日,各地积极迎接越共十四大。"])
    assert tv(before, "12月20日").value == "2025-12-20"


def test_meeting_ordinals_in_arabic_and_chinese() -> None:
    doc = page("峰会", ["10月26日,第47届东盟峰会开幕。"])
    assert tv(doc, "10月26日").value == "2025-10-26"


# --- context ---------------------------------------------------------------------------------------------
def test_context_from_another_dated_fact() -> None:
    doc = page(
        "代表团访问广东",
        ["5月22日上午,代表团会见省委领导。", "这是双方于2024年4月2日刚签署的合作项目的第一个培训班。"],
    )
    t = tv(doc, "5月22日上午")
    assert (t.value, t.basis, t.basis_text) == ("2024-05-22", "context", "2024年4月2日")


def test_context_from_a_written_year() -> None:
    doc = page("贸易", ["3月3日,双方回顾合作。", "2023年,双方合作取得积极成果。"])
    assert (tv(doc, "3月3日").value, tv(doc, "3月3日").basis) == ("2023-03-03", "context")


def test_a_whole_years_trade_figure_dates_a_march_day_in_the_next_year() -> None:
    # the full year's trade is known only once that year is over (test_times_year_report.py)
    doc = page("贸易", ["3月3日,双方回顾合作。", "2023年,双边贸易额达到480亿美元。"])
    assert (tv(doc, "3月3日").value, tv(doc, "3月3日").basis) == ("2024-03-03", "context")


def test_a_figure_of_the_year_so_far_dates_the_story_after_its_stretch() -> None:
    # the speaker's term spans several years: the nine months' trade figure says which
    doc = page(
        "议长抵达惠灵顿",
        [
            "12月4日晚,议长甲乙丙抵达惠灵顿,开始正式访问。",
            "两国贸易额2021年达到13亿美元;2022年前9个月达到11亿美元,同比增长13%。",
        ],
    )
    t = tv(doc, "12月4日晚")
    assert (t.value, t.basis, t.basis_text) == ("2022-12-04", "context", "2022年前9个月")
    fig = tv(doc, "2022年前9个月")
    assert (fig.kind, fig.start, fig.end) == ("year-to-date", "2022-01-01", "2022-09-30")


def test_a_half_year_figure_is_told_from_the_last_month_of_the_half() -> None:
    doc = page("统计", ["6月29日,统计局举行发布会。", "2023年上半年,国内生产总值同比增长3.7%。"])
    assert tv(doc, "6月29日").value == "2023-06-29"
    doc = page("贸易", ["3月5日,双方举行会谈。", "2023年1—10月,双边贸易额达到90亿美元。"])
    assert tv(doc, "3月5日").value == "2024-03-05"  # after the ten months, the next March


def test_a_target_for_part_of_a_year_is_not_a_figure_told() -> None:
    doc = page("会谈", ["9月9日,双方举行会谈。", "双方力争到2025年上半年贸易额达到20亿美元。"])
    assert tv(doc, "9月9日").basis != "context" or tv(doc, "9月9日").basis_text != "2025年上半年"
    assert not [t for t in doc.times if t.kind == "year-to-date"]


# --- teaser context ----------------------------------------------------------------------------------------
def test_teaser_without_year_takes_the_newest_dated_teaser() -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[
            ("致贺电", "国家主席于2025年12月5日致贺电。"),
            ("会谈", "12月4日下午,两国代表团举行会谈。"),
            ("更早的会见", "11月30日,部长会见大使。"),
        ],
    )
    t = tv(doc, "12月4日下午")
    assert (t.value, t.basis, t.section, t.teaser) == ("2025-12-04", "teaser-context", "related", 1)
    assert tv(doc, "11月30日").value == "2025-11-30"


def test_teasers_with_no_dated_teaser_take_the_main_articles_days_dated_by_the_publication() -> None:
    # the page's metadata dates the main article; the list under 更多 was shown beside it
    doc = page(
        "主文",
        ["6月27日上午,总理出席年会开幕式。"],
        teasers=[("友谊赛", "6月20日晚,越南队以1比0战胜叙利亚队。"), ("专访", "大使日前接受采访。")],
        published="2023-06-28",
    )
    t = tv(doc, "6月20日晚")
    assert (t.value, t.basis) == ("2023-06-20", "teaser-context")


def test_teasers_take_the_publication_date_before_an_explicit_background_day_of_the_article() -> None:
    # 1990年3月1日 is written in full but is background: the list was shown on the publication day
    doc = page(
        "主文",
        ["9月25日,两国领导人举行会谈。", "两国于1990年3月1日建交。"],
        teasers=[("峰会", "9月20日,总理在纽约出席峰会。"), ("专访", "大使日前接受采访。")],
        published="2023-09-26",
    )
    t = tv(doc, "9月20日")
    assert (t.value, t.basis) == ("2023-09-20", "teaser-context")


def test_a_revolutionary_press_day_anniversary_dates_its_teaser() -> None:
    doc = page("主文", ["正文。"], teasers=[("见面会", "6月19日,河内举行见面会,庆祝越南革命新闻节99周年。")])
    t = tv(doc, "6月19日")
    assert (t.value, t.basis) == ("2024-06-19", "anniversary")


def test_a_war_invalids_day_anniversary_dates_its_teaser() -> None:
    doc = page("主文", ["正文。"], teasers=[("纪念大会", "7月25日,荣军烈士节77周年纪念大会在顺化举行。")])
    t = tv(doc, "7月25日")
    assert (t.value, t.basis) == ("2024-07-25", "anniversary")


def test_a_treaty_signing_anniversary_dates_its_teaser() -> None:
    doc = page(
        "主文", ["正文。"], teasers=[("互致贺电", "7月17日,两国领导人互致贺电,庆祝越老友好合作条约签署40周年。")]
    )
    t = tv(doc, "7月17日")
    assert (t.value, t.basis) == ("2017-07-17", "anniversary")


def test_teaser_own_text_comes_first() -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[
            ("致贺电", "国家主席于2025年12月5日致贺电。"),
            ("纪念", "值此越德建交50周年之际,9月23日举行招待会。"),
        ],
    )
    assert (tv(doc, "9月23日").value, tv(doc, "9月23日").basis) == ("2025-09-23", "anniversary")


def test_main_article_takes_teaser_years_only_as_a_last_resort() -> None:
    """No year, no publication date, no office-holder in the article: the list under 更多 (same
    weeks on the real site) places the day, nearest its newest dated teaser."""
    doc = page("会谈", ["9月9日,双方举行会谈。"], teasers=[("贺电", "国家主席于2025年12月5日致贺电。")])
    t = tv(doc, "9月9日")
    assert (t.precision, t.start, t.basis) == ("day", "2025-09-09", "teaser-context")
    assert doc.stats["times_unknown"] == 0


# --- relative ----------------------------------------------------------------------------------------------
def test_relative_words_take_the_preceding_date() -> None:
    doc = page(
        "访问",
        [
            "值此越柬建交50周年之际,9月9日上午,代表团拜会首相。",
            "当天,代表团同市长会谈。",
            "次日,代表团参观学校。",
            "前一天晚上,大使设宴。",
        ],
    )
    assert [tv(doc, w).value for w in ("当天", "次日")] == ["2017-09-09", "2017-09-10"]
    assert tv(doc, "当天").basis == "relative" and tv(doc, "当天").basis_text == "当天 → 9月9日上午"
    t = tv(doc, "前一天晚上")
    assert (t.value, t.part_of_day) == ("2017-09-09", "晚上")  # the day before the 10th


def test_same_day_after_a_dateline() -> None:
    doc = page(
        "外长会谈",
        ["同日,两国外长举行会谈。"],
        dateline="越通社河内5月29日——",
        published="2020-05-30",
    )
    assert tv(doc, "同日").value == "2020-05-29"


def test_a_few_days_before_is_a_recent_window_like_riqian() -> None:
    doc = page("出席", ["大使前几日出席开幕式。"], published="2026-02-14")
    t = tv(doc, "前几日")
    assert (t.kind, t.start, t.end, t.value) == ("recent", "2026-01-31", "2026-02-14", None)


def test_recent_words_are_windows_before_publication() -> None:
    doc = page("出席", ["大使日前出席开幕式。"], published="2026-02-14")
    t = tv(doc, "日前")
    assert (t.kind, t.start, t.end, t.precision, t.value) == (
        "recent",
        "2026-01-31",
        "2026-02-14",
        "month",
        None,
    )


def test_next_year_month_is_planned() -> None:
    doc = page("会议", ["值此越法建交45周年之际,双方同意举办将于明年4月在图卢兹举行的会议。"])
    t = tv(doc, "明年4月")
    assert (t.start, t.end, t.precision, t.planned) == ("2019-04-01", "2019-04-30", "month", True)


def test_lunar_date_next_to_a_gregorian_one() -> None:
    doc = page("上香", ["值此2026丙午年春节来临之际,2月13日上午(农历腊月廿六),领导前往陵园上香。"])
    assert tv(doc, "2月13日上午").value == "2026-02-13"
    assert tv(doc, "农历腊月廿六").value == "2026-02-13"
    eve = tv(doc, "2026丙午年春节")
    assert (eve.kind, eve.end, eve.value) == ("festival-eve", "2026-02-17", None)


def test_a_lunar_date_after_its_named_year_and_the_lunar_marker_takes_that_year() -> None:
    # 乙巳年 is 2025 although the page's own date is in 2024: lunar 3/10 of 乙巳 is 7 April 2025
    doc = page("祭祖", ["2024年5月1日,代表团出发。", "乙巳年农历三月初十,雄王祭祖大典在富寿省举行。"])
    assert tv(doc, "乙巳年农历三月初十").value == "2025-04-07"


def test_unknown_year_keeps_month_day_and_never_guesses() -> None:
    doc = page("会谈", ["9月8日,两国外长举行会谈。"])
    t = tv(doc, "9月8日")
    assert (t.precision, t.start, t.basis, t.kind) == ("unknown", None, "none", "date")
    assert document_year(doc).year is None


# --- tenure --------------------------------------------------------------------------------
_TERMS = [
    {"person": "甲乙丙", "office": "政府总理", "start": "2019-03-01", "end": "2021-06-30"},
    {"person": "丁戊己", "office": "国务委员兼外交部长", "start": "2020-01-01", "end": "2023-12-31"},
]


@pytest.fixture
def terms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(_TERMS))


def test_tenure_fixes_a_single_year(terms: None) -> None:
    doc = page("会谈", ["8月1日,政府总理甲乙丙会见中国国务委员兼外交部长丁戊己。"])
    t = tv(doc, "8月1日")
    assert (t.value, t.basis) == ("2020-08-01", "tenure")
    assert "政府总理甲乙丙" in (t.basis_text or "")


def test_tenure_leaving_two_years_gives_a_year_range(terms: None) -> None:
    doc = page("会谈", ["4月1日,政府总理甲乙丙会见国务委员兼外交部长丁戊己。"])
    t = tv(doc, "4月1日")
    assert (t.precision, t.basis, t.value) == ("year-range", "tenure", None)
    assert (t.start, t.end) == ("2020-04-01", "2021-04-01")


def test_tenure_bounded_by_the_crawl_date_takes_the_latest(terms: None) -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[("会谈", "4月1日,政府总理甲乙丙会见外交部长丁戊己。")],
        meta={"fetched_date": "2021-05-01"},
    )
    t = tv(doc, "4月1日")
    assert (t.value, t.basis) == ("2021-04-01", "tenure")


def test_tenure_ruling_out_the_lists_year_takes_the_allowed_year_nearest_it(terms: None) -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[
            ("会谈", "4月1日,政府总理甲乙丙会见外交部长丁戊己。"),
            ("访问", "2022年3月2日,代表团访问老挝。"),
        ],
    )
    t = tv(doc, "4月1日")  # the list says 2022, the terms allow 2020 or 2021: the nearer one
    assert (t.value, t.basis) == ("2021-04-01", "tenure")
    assert "2022" in (t.basis_text or "")


def test_a_compound_row_named_only_by_a_part_with_its_own_row_is_not_intersected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        {"person": "庚辛壬", "office": "外交部长", "start": "2013-03-16", "end": "2022-12-30"},
        {"person": "庚辛壬", "office": "国务委员兼外交部长", "start": "2018-03-19", "end": "2022-12-30"},
        {"person": "庚辛壬", "office": "外交部长", "start": "2023-07-25", "end": ""},
    ]
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(rows))
    doc = page(
        "主文",
        ["正文。"],
        teasers=[
            ("通电话", "8月8日,应约,外交部长庚辛壬同越南外长通电话。"),
            ("奥运会", "2024年7月28日,越南射手获得第四名。"),
        ],
    )
    # "外交部长庚辛壬" names his own 外交部长 rows; the State Councillor row (ended 2022) is not named
    assert tv(doc, "8月8日").value == "2024-08-08"


def test_office_must_be_named_with_the_person(terms: None) -> None:
    doc = page("会谈", ["4月1日,甲乙丙会见丁戊己。"])
    assert tv(doc, "4月1日").precision == "unknown"


def test_tenure_conflict_is_reported(terms: None) -> None:
    doc = page("会谈", ["5月3日,政府总理甲乙丙会见大使。"], published="2024-05-10")
    conflicts = tenure_conflicts(doc)
    assert [(c.person, c.office, c.first_day) for c in conflicts] == [
        ("甲乙丙", "政府总理", date(2024, 5, 3))
    ]
    assert conflicts[0].to_dict(doc.text)["text"] == "甲乙丙"


def test_tenure_from_the_shipped_table() -> None:
    doc = page("贺电", ["12月5日,国家主席梁强和政府总理范明政分别致贺电。"])
    t = tv(doc, "12月5日")
    if t.basis != "tenure":
        pytest.skip("tenure.tsv lacks 梁强/范明政 rows")
    assert t.precision == "year-range" and t.start == "2024-12-05" and t.value is None


# --- the API for the event coder ------------------------------------------------------------
def test_time_for_span_inside_sentence_and_preceding() -> None:
    doc = page(
        "访问",
        [
            "值此越柬建交50周年之际,9月8日下午,代表团造访使馆。9月9日下午,代表团拜会参议院主席。",
            "会见中,双方交换意见。",
        ],
    )
    text = doc.text
    clause = text.index("代表团拜会参议院主席")
    t = time_for_span(doc, clause, clause + 10)
    assert t is not None and t.value == "2017-09-09"  # the day earlier in the same sentence
    later = text.index("会见中")
    t = time_for_span(doc, later, later + 10)
    assert t is not None and t.value == "2017-09-09"  # nearest preceding day of the section
    first = text.index("9月8日下午")
    whole = text.index("。", first) + 1
    t = time_for_span(doc, first, whole)
    assert t is not None and t.value == "2017-09-08"


def test_time_for_span_prefers_the_day_before_the_trigger() -> None:
    doc = page("会谈", ["值此越柬建交50周年之际,9月8日抵达后,代表团于9月9日举行会谈。"])
    s = doc.text.index("值此")
    e = doc.text.index("。")
    trigger = doc.text.index("举行会谈")
    t = time_for_span(doc, s, e, anchor=trigger)
    assert t is not None and t.value == "2017-09-09"


def test_time_for_span_skips_anniversary_brackets() -> None:
    doc = page(
        "见面会", ["12月5日下午,协会举行见面会,庆祝罗马尼亚国庆107周年(1918年12月1日—2025年12月1日)。"]
    )
    t = time_for_span(doc, 0, len(doc.text))
    assert t is not None and t.value == "2025-12-05"


def test_time_for_span_title_takes_the_first_date() -> None:
    doc = page("两国外长举行会谈", ["值此越中建交70周年之际,5月29日,两国外长举行视频会议。"])
    assert doc.title is not None
    t = time_for_span(doc, doc.title.start, doc.title.end)
    assert t is not None and t.value == "2020-05-29"


def test_document_year_by_section() -> None:
    doc = page(
        "会谈",
        ["值此越柬建交50周年之际,代表团访问金边。"],
        teasers=[("贺电", "国家主席于2025年12月5日致贺电。"), ("会见", "部长会见大使。")],
    )
    main = document_year(doc)
    assert (main.year, main.basis) == (2017, "anniversary")
    t1 = document_year(doc, "related", 1)
    assert (t1.year, t1.basis) == (2025, "teaser-context")


def test_stats_count_bases() -> None:
    doc = page("会谈", ["值此越柬建交50周年之际,9月8日,双方会谈。", "10月2日,双方再次会谈。"])
    assert doc.stats["times_basis_anniversary"] >= 2
    assert doc.stats["times_unknown"] == 0


# --- how stories are told ----------------------------------------------------------------------------------
def test_anniversary_told_as_last_or_next_year() -> None:
    last = page(
        "会谈",
        ["3月7日,两国总理举行会谈。", "越南和澳大利亚于1973年2月26日建交。去年,两国隆重庆祝建交50周年。"],
    )
    assert tv(last, "3月7日").value == "2024-03-07"
    nxt = page("国事访问", ["1月23日,两国元首举行会谈。明年,越德两国将迎来建交50周年。"])
    assert tv(nxt, "1月23日").value == "2024-01-23"
    annivs = [t for t in nxt.times if t.kind == "anniversary"]
    assert [t.start for t in annivs] == ["2025-01-01"]  # the anniversary itself stays in its own year


def test_year_word_opening_a_period_up_to_now_does_not_tell_the_anniversary() -> None:
    doc = page(
        "两国总理会谈",
        ["7月20日下午,两国总理举行会谈。", "这是他去年11月就任总理以来首次访问越南,恰逢越马建交50周年。"],
    )
    assert tv(doc, "7月20日下午").value == "2023-07-20"


def test_an_earlier_day_opening_its_sentence_is_what_the_next_same_day_means() -> None:
    doc = page(
        "国会主席访问日本",
        [
            "值此越日建交50周年之际,9月21日下午,越南国会主席同日本参议院议长举行会谈。",
            "9月20日,国会主席同日本众议院议长举行会谈。双方同意加强议员交流。",
            "当天上午,日本天皇会见了国会主席。",
        ],
    )
    assert tv(doc, "当天上午").value == "2023-09-20"


def test_the_visit_framed_is_not_an_earlier_visit_told_after_it() -> None:
    doc = page(
        "国会主席访问日本",
        [
            "值此越日建交50周年之际,越南国会主席于9月20日至23日对日本进行正式访问。"
            "此前,国会主席于9月17日至19日对新加坡进行了正式访问。",
            "访问期间,国会主席还会见了日本各政党领导人。",
        ],
    )
    s = doc.text.index("访问期间")
    t = time_for_span(doc, s, doc.text.index("。", s), anchor=doc.text.index("会见", s))
    assert t is not None and t.value == "2023-09-20/2023-09-23"


def test_flashback_and_framing_range_are_not_what_same_day_means() -> None:
    doc = page(
        "首相访问",
        [
            "值此越日建交47周年之际,10月19日上午,两国总理举行会谈。",
            "首相于10月18日晚抵达河内,访问时间为10月18日至20日。9月16日就任首相后,他首次出访越南。",
            "会谈结束后,两国总理见证文件交换仪式。",
            "同日,首相拜会总书记。",
        ],
    )
    assert tv(doc, "同日").value == "2020-10-19"
    s = doc.text.index("会谈结束后")
    t = time_for_span(doc, s, s + 8)
    assert t is not None and t.value == "2020-10-19"


def test_during_the_visit_takes_the_visit_days() -> None:
    doc = page(
        "国事访问",
        [
            "值此越韩建交31周年之际,6月23日上午,两国元首举行会谈。总统于6月22日至24日对越南进行国事访问。",
            "访问期间,总统还会见了政府总理。",
        ],
    )
    s = doc.text.index("访问期间")
    t = time_for_span(doc, s, s + 12)
    assert t is not None and t.value == "2023-06-22/2023-06-24"


def test_a_stretch_of_days_after_a_date() -> None:
    doc = page(
        "访问", ["值此越美建交26周年之际,副总统于8月24日晚抵达河内,开始对越南进行为期三天的正式访问。"]
    )
    t = tv(doc, "为期三天")
    assert (t.kind, t.value, t.basis) == ("range", "2021-08-24/2021-08-26", "relative")
    s, e = doc.text.index("副总统"), doc.text.index("。")
    found = time_for_span(doc, s, e, anchor=doc.text.index("正式访问"))
    assert found is not None and found.value == "2021-08-24/2021-08-26"


def test_reference_years_do_not_date_the_page() -> None:
    doc = page("会谈", ["10月19日,双方强调在1982年《联合国海洋法公约》基础上解决争端。"])
    assert tv(doc, "10月19日").precision == "unknown"
    assert tv(doc, "1982年").kind == "year-reference"


def test_a_background_day_outside_the_terms_of_the_people_named_dates_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [{"person": "甲乙丙", "office": "国家主席", "start": "2024-10-21", "end": "2027-10-21"}]
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(rows))
    doc = page(
        "图片展",
        ["国家主席甲乙丙于4月25日参观图片展。", "两国于1977年7月18日签署《友好合作条约》,奠定了合作基础。"],
    )
    t = tv(doc, "4月25日")
    assert t.basis != "context" and (t.start is None or t.start >= "2025")
    doc = page(
        "图片展",
        ["国家主席甲乙丙于4月25日参观图片展。", "两国于2025年1月18日签署《合作协定》。"],
    )
    assert (tv(doc, "4月25日").value, tv(doc, "4月25日").basis) == ("2025-04-25", "context")


def test_a_background_day_inside_one_term_but_outside_the_shared_years_dates_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the state visit's president held office 2030-2033, the background party leader 2020-2040:
    # a 2022 day told of the leader lies in the leader's term, not in the years both held office
    rows = [
        {"person": "甲乙丙", "office": "国家主席", "start": "2030-04-02", "end": "2033-09-21"},
        {"person": "丁戊己", "office": "总书记", "start": "2020-01-19", "end": "2040-07-19"},
    ]
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(rows))
    doc = page(
        "国事访问",
        ["国家主席甲乙丙于11月21日至24日对丙国进行国事访问。", "2022年1月21日,总书记丁戊己曾对丙国进行访问。"],
    )
    t = tv(doc, "11月21日至24日")
    assert t.basis != "context" and (t.start is None or t.start >= "2030")


def test_elected_as_a_new_leader_is_the_first_of_two_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        {"person": "甲乙丙", "office": "总理", "start": "2019-05-20", "end": "2023-05-20"},
        {"person": "甲乙丙", "office": "总理", "start": "2023-05-20", "end": "2027-05-20"},
    ]
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(rows))
    doc = page("贺电", ["5月26日,越南政府总理丁戊己向甲乙丙致贺电,祝贺他当选丙国新总理。"])
    t = tv(doc, "5月26日")
    assert (t.value, t.basis) == ("2019-05-26", "took-office")
    doc = page("贺电", ["5月26日,越南政府总理丁戊己向甲乙丙致贺电,祝贺他当选丙国总理。"])
    assert tv(doc, "5月26日").basis != "took-office"  # the first term or the second: the words do not say


def test_tenure_by_agreement_when_one_term_has_ended(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [
        {"person": "甲乙丙", "office": "女王", "start": "1952-02-06", "end": "2022-09-08"},
        {"person": "丁戊己", "office": "国王", "start": "2022-09-08", "end": ""},
        {"person": "庚辛壬", "office": "国家主席", "start": "2021-04-05", "end": "2023-01-18"},
        {"person": "癸子丑", "office": "首相", "start": "2022-09-06", "end": "2022-10-25"},
    ]
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(rows))
    # (退位, not 逝世: a dead leader's last office is not counted at all, see test_office_of_the_deceased…)
    doc = page("贺电", ["获悉女王甲乙丙退位的消息后,9月9日,国家主席庚辛壬向国王丁戊己和首相癸子丑致贺电。"])
    t = tv(doc, "9月9日")
    assert (t.value, t.basis) == ("2022-09-09", "tenure")
    assert (t.basis_text or "").endswith("(3/4)")  # the former queen's term is the one that disagrees


# --- robustness ---------------------------------------------------------------------------------------------
_PIECES = st.sampled_from(
    [
        "9月8日",
        "至10日",
        "当天",
        "同日",
        "次日",
        "2024年",
        "越柬建交50周年",
        "明年4月",
        "农历腊月廿六",
        "春节",
        "政府总理范明政",
        "第六次领导人会议",
        "越共十四大",
        "日前",
        "周五",
        "25日",
        "为期三天",
        ",",
        "。",
        "会谈",
        "(",
        ")",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(_PIECES, max_size=12).map("".join), min_size=1, max_size=4),
    st.one_of(st.none(), st.sampled_from(["2020-05-29", "2026-02-14"])),
)
def test_any_page_annotates_cleanly(paras: list[str], published: str | None) -> None:
    doc = page(
        "标题", [p or "。" for p in paras], teasers=[("标题二", paras[0] or "。")], published=published
    )
    for t in doc.times:
        assert doc.text[t.span.start : t.span.end]
        assert t.precision in {"day", "month", "year", "year-range", "unknown"}
        if t.precision == "unknown":
            assert t.basis == "none" or t.kind == "order"
        if t.value is not None:
            assert all(date.fromisoformat(v) for v in t.value.split("/"))
    s = doc.text.index(paras[0][:1]) if paras[0] else 0
    time_for_span(doc, s, s + 5)
    document_year(doc)


# --- round 3: partnership verbs after the level, ASEAN dialogue relations ------------------------
def test_partnership_anniversary_with_the_verb_after_the_level() -> None:
    """``越美全面战略伙伴关系建立一周年``: the verb follows the level, the count is a Chinese numeral."""
    doc = page("救灾援助", ["9月9日,美国大使表示,值此越美全面战略伙伴关系建立一周年之际,美方愿提供援助。"])
    assert (tv(doc, "9月9日").value, tv(doc, "9月9日").basis) == ("2024-09-09", "anniversary")


def test_asean_dialogue_relations_count_from_the_asean_partner_year() -> None:
    """``东盟与美国建立对话关系45周年`` is 1977 + 45, not Viet Nam–US ties (1995) + 45."""
    doc = page("特别峰会", ["值此东盟与美国建立对话关系45周年之际,5月12日至13日,越南总理出席特别峰会。"])
    assert tv(doc, "5月12日至13日").value == "2022-05-12/2022-05-13"
    doc = page("纪念会", ["在东盟与澳大利亚对话关系50周年框架内,3月4日,双方举行纪念活动。"])
    assert tv(doc, "3月4日").value == "2024-03-04"


def test_asean_eu_dialogue_relations_count_from_1977() -> None:
    """``东盟—欧盟建立对话关系45周年纪念峰会`` is 1977 + 45 (the EU is a partner like a country)."""
    doc = page("纪念峰会", ["12月14日,东盟—欧盟建立对话关系45周年纪念峰会在布鲁塞尔举行。"])
    assert tv(doc, "12月14日").value == "2022-12-14"


# --- round 4: Viet Nam–China partnership, tenure against the page's anniversary --------------------
@pytest.mark.parametrize(
    "phrase",
    ["今年恰逢越中建立全面战略合作伙伴关系15周年,", "值此越中全面战略合作伙伴关系建立15周年之际,"],
)
def test_vietnam_china_partnership_anniversary(phrase: str) -> None:
    """Both sides of ``越中`` are the pair the table's row (partner China) is keyed on: 2008 + 15."""
    doc = page("理论研讨会", [f"{phrase}11月21日上午,两党代表团在北京举行会谈。"])
    assert (tv(doc, "11月21日上午").value, tv(doc, "11月21日上午").basis) == ("2023-11-21", "anniversary")


def test_the_indian_ocean_names_no_country_for_an_anniversary() -> None:
    """``印度洋`` in the sentence must not make ``建交50周年`` India's (1972 + 50) on a Japan page."""
    doc = page(
        "递交国书",
        [
            "值此越日建交50周年之际,3月15日,越南大使向日本天皇递交国书。",
            "3月8日,外务大臣表示,日本将越南视为“自由开放的印度洋—太平洋”构想的重要伙伴,愿办好建交50周年纪念活动。",
            "3月20日,越南大使会见了日本议员。",
        ],
    )
    assert tv(doc, "3月8日").value == "2023-03-08"
    assert tv(doc, "3月20日").value == "2023-03-20"


_CHAIN_TERMS = [
    {"person": "甲乙丙", "office": "总书记", "start": "2013-03-01", "end": ""},
    {"person": "甲乙丙", "office": "国家主席", "start": "2013-03-01", "end": ""},
    {"person": "丁戊己", "office": "总书记", "start": "2011-01-19", "end": "2024-07-19"},
    {"person": "丁戊己", "office": "国家主席", "start": "2018-10-23", "end": "2021-04-05"},
    {"person": "庚辛壬", "office": "委员长", "start": "2023-03-10", "end": ""},
]


@pytest.fixture
def chain_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(_CHAIN_TERMS))


def test_office_chain_before_a_name_stops_at_the_name_before_it(chain_terms: None) -> None:
    """In 总书记、国家主席甲乙丙就总书记丁戊己…, 国家主席 is the first man's office, not the second's."""
    doc = page("会见", ["5月6日,总书记、国家主席甲乙丙就总书记丁戊己访华一事会见记者。"])
    pairs = {(p.person, p.office) for p in time_tenure.named_pairs(doc, [(0, len(doc.text))])}
    assert ("丁戊己", "总书记") in pairs and ("丁戊己", "国家主席") not in pairs


def test_office_of_the_deceased_does_not_bound_the_year(chain_terms: None) -> None:
    """委员长庚辛壬出席总书记丁戊己同志国葬: the dead man's last office says nothing of the funeral day."""
    doc = page("国葬", ["7月25日,委员长庚辛壬出席总书记丁戊己同志国葬。"])
    pairs = {(p.person, p.office) for p in time_tenure.named_pairs(doc, [(0, len(doc.text))])}
    assert pairs == {("庚辛壬", "委员长")}


def test_a_fiscal_year_in_the_sentence_dates_a_day_from_april_on_only() -> None:
    doc = page(
        "越日签署贷款换文",
        ["10月12日,两国代表在河内签署了2019财年日元贷款换文。", "2月20日,双方就2019财年贷款项目举行磋商。"],
    )
    autumn = tv(doc, "10月12日")
    assert (autumn.value, autumn.basis) == ("2019-10-12", "explicit")
    assert tv(doc, "2月20日").value != "2019-02-20"  # a Japanese fiscal 2019 ends in March 2020


def test_vague_words_with_nothing_to_count_from_are_counted_apart() -> None:
    """日前 and 此前 with no dated anchor stay unknown (never the publication date) and are counted."""
    doc = page("会谈", ["越南外长日前会见了老挝外长。此前,双方举行了会谈。"])
    assert doc.stats["times_vague"] == 2 and doc.stats["times_unknown"] == 0


def test_a_final_early_in_the_year_after_a_competitions_year_is_dated_by_the_page() -> None:
    # a competition competitions.tsv does not know: the page's date moves the final into the next year
    doc = page(
        "越南队夺冠",
        ["1月5日晚,在2024年湄公河友谊杯决赛中,越南队战胜泰国队。"],
        published="2025-01-18",
    )
    t = tv(doc, "1月5日晚")
    assert (t.value, t.basis) == ("2025-01-05", "context")


@pytest.mark.parametrize(
    ("sentence", "day", "expected"),
    [
        # the AFF Cup 2024 was played 2024-12-08 to 2025-01-05
        ("1月5日晚,2024年东南亚足球锦标赛(三菱电机杯)决赛次回合在曼谷进行。", "1月5日晚", "2025-01-05"),
        ("12月9日,越南队在2024年AFF杯首场比赛中战胜老挝队。", "12月9日", "2024-12-09"),
        # the Asian Cup 2023 was moved to 2024; a host may stand between the year and the name
        ("1月24日晚,在多哈进行的2023年亚洲杯小组赛中,越南队负于伊拉克队。", "1月24日晚", "2024-01-24"),
        ("2月1日,2022年卡塔尔世界杯组委会宣布了新的安排。", "2月1日", "2022-02-01"),
        # the 31st SEA Games (2021) and the Tokyo Olympics (2020) were played a year late
        ("5月23日,2021年第31届东南亚运动会在河内闭幕。", "5月23日", "2022-05-23"),
        ("7月23日,2020年东京奥运会开幕。", "7月23日", "2021-07-23"),
    ],
)
def test_a_competition_named_by_its_year_dates_a_day_among_the_editions_days(
    sentence: str, day: str, expected: str
) -> None:
    """competitions.tsv: the year that puts the day among the edition's days, whatever the page's date."""
    doc = page("体育新闻", [sentence])
    t = tv(doc, day)
    assert t.value == expected
    if expected[:4] != sentence[sentence.index("年") - 4 : sentence.index("年")]:
        assert t.basis == "recurring-meeting"


def test_the_qualifiers_of_a_competition_named_by_its_year_are_not_dated_by_it() -> None:
    doc = page(
        "亚足联推迟比赛",
        ["2月2日,亚足联宣布,2022年卡塔尔世界杯亚洲区40强赛剩余比赛推迟。"],
        teasers=[],
        published="2021-02-03",
    )
    assert tv(doc, "2月2日").value == "2021-02-02"


def test_a_numbered_sea_games_dates_a_yearless_day() -> None:
    doc = page("越南体育代表团", ["5月12日,第31届东运会在河内开幕,越南体育代表团参赛。"])
    assert tv(doc, "5月12日").value == "2022-05-12"


def test_a_competitions_year_still_dates_a_day_the_page_does_not_move() -> None:
    # the page is of December 2017 and the final lies ahead: the 2018 competition's year stands
    doc = page(
        "越南U23队进入决赛",
        ["越南U23队将于1月27日在2018年亚足联U23锦标赛决赛中迎战乌兹别克斯坦队。"],
        published="2017-12-20",
    )
    assert tv(doc, "1月27日").value == "2018-01-27"  # not 2019: the page comes before it
    # a day later in the year is not moved at all
    doc = page("越南队出征", ["8月20日,越南队参加2018年亚运会足球比赛。"], published="2018-08-25")
    assert tv(doc, "8月20日").value == "2018-08-20"


def test_a_stay_counted_from_the_day_of_arrival_is_the_clauses_time() -> None:
    doc = page(
        "日本首相访问越南",
        ["日本首相菅义伟于10月18日晚抵达河内,开始对越南进行为期三天的正式访问。"],
        published="2020-10-19",
    )
    start = doc.text.index("菅义伟")
    found = time_for_span(doc, start, doc.text.index("。", start))
    assert found is not None
    assert (found.value, found.end) == ("2020-10-18/2020-10-20", "2020-10-20")


def test_a_year_in_a_competition_name_ranks_below_a_year_written_with_its_day() -> None:
    """The list's year for a year-less teaser: ``2021年1月20日`` (another teaser) over the ``2022年``
    of ``2022年卡塔尔世界杯…`` that a third teaser's day borrows (the competition is named by the
    year it ends in, not the one its news is from)."""
    from pathlib import Path

    from dyad import extract

    page = Path(__file__).parents[1] / "examples/pages/052_trong_reelection_congratulations.txt"
    doc = extract(page.read_text(encoding="utf-8"))
    day = next(
        t for t in doc.times if t.section == "related" and doc.text[t.span.start : t.span.end] == "1月21日"
    )
    assert day.start == "2021-01-21" and "2022" not in (day.basis_text or "")


def test_a_dateless_sentence_goes_on_with_the_day_that_opens_its_paragraph() -> None:
    # the lead is dated the 9th; the paragraph told from the 8th goes on with the 8th
    doc = page(
        "两国总理共同主持会议",
        [
            "1月9日上午,两国总理在万象共同主持政府间合作委员会第45次会议。",
            "越南政府总理范明政于2023年1月8日至9日对老挝进行正式访问。",
            "1月8日下午,宋赛·西潘敦主持仪式欢迎范明政。欢迎仪式结束后,两国总理举行会谈。",
        ],
    )
    start = doc.text.index("欢迎仪式结束后")
    found = time_for_span(doc, start, doc.text.index("。", start))
    assert found is not None and found.value == "2023-01-08"


def test_a_lunar_day_glossing_a_festival_and_a_new_year_greeting_date_nothing() -> None:
    doc = page(
        "老挝领导人致信",
        ["值此2021年春节(农历正月初一)到来之际,通伦·西苏里致信阮富仲,向越南人民致以新春问候。"],
    )
    written = [doc.text[t.span.start : t.span.end] for t in doc.times]
    assert "农历正月初一" not in written and "新春" not in written
    assert tv(doc, "2021年春节").kind == "festival-eve"  # the bracket does not hide the 到来之际


def test_same_day_after_an_arrival_flashback_and_a_return_to_the_talks_is_the_talks_day() -> None:
    """The visit's range first, then the talks' day; the arrival the evening before is a flashback,
    and once ``会谈结束后`` goes back to the talks, ``同日`` means their day, not the arrival's."""
    doc = page(
        "国事访问",
        [
            "总统于1月29日至30日对越南进行国事访问。1月30日上午,两国元首举行会谈。",
            "1月29日晚,总统抵达河内,并同侨民代表见面。",
            "会谈结束后,两国元首见证了合作文件的交换仪式。",
            "同日,总统拜会了越共中央总书记。",
        ],
        published="2024-01-31",
    )
    assert tv(doc, "同日").value == "2024-01-30"
    told = page("国事访问", ["总统于1月29日至30日对越南进行国事访问。1月30日上午,两国元首举行会谈。", "1月29日晚,总统抵达河内。同日,总统会见侨民代表。"], published="2024-01-31")
    assert tv(told, "同日").value == "2024-01-29"  # no return to the talks: the day just told


def test_an_agenda_named_by_its_horizon_year_does_not_date_the_sentence() -> None:
    """``联合国2030年可持续发展议程`` names an agenda; the date-less sentence goes on with the day that
    opens its paragraph, not with the year 2030."""
    doc = page(
        "论坛闭幕",
        ["2019年4月27日下午,第二届论坛在北京闭幕。论坛通过了联合公报,呼吁各方落实联合国2030年可持续发展议程。"],
    )
    start = doc.text.index("论坛通过了")
    found = time_for_span(doc, start, doc.text.index("。", start))
    assert found is not None and found.value == "2019-04-27"


def test_goals_named_by_their_horizon_year_do_not_date_the_sentence() -> None:
    """``绿色增长与2030年全球目标伙伴关系`` names a partnership by its goals' horizon; the day beside it
    is not put in 2030."""
    doc = page("峰会开幕", ["4月16日上午,第四届“绿色增长与2030年全球目标伙伴关系”峰会开幕,国家主席出席。"])
    assert tv(doc, "4月16日上午").value != "2030-04-16"
    goals = page("会议", ["5月8日,部长出席落实2030年可持续发展目标会议。"])
    assert tv(goals, "5月8日").value != "2030-05-08"


def test_more_meetings_told_with_hai_go_on_in_the_frame_of_the_sentence_before() -> None:
    """``会议期间,A会见了B。B高度评价….`` then a paragraph ``A还分别会见了C和D。``: with no day or
    frame of its own, the second paragraph goes on in the meeting's days, not the closing day."""
    doc = page(
        "论坛闭幕",
        [
            "2019年4月27日下午,第二届论坛在北京闭幕。本届论坛于4月25日至27日举行。",
            "论坛期间,王毅会见了联合国副秘书长刘振民。刘振民高度评价论坛的成果。",
            "王毅还分别会见了老挝外长沙伦赛和柬埔寨外交大臣布拉索昆。",
        ],
    )
    start = doc.text.index("王毅还分别")
    found = time_for_span(doc, start, doc.text.index("。", start), anchor=doc.text.index("会见", start))
    assert found is not None and found.value == "2019-04-25/2019-04-27"


def test_an_ambassador_still_in_post_in_spring_keeps_the_published_year() -> None:
    doc = page(
        "正文",
        ["代表团访问昆明。"],
        teasers=[("国会主席会见中国大使", "4月18日,国会主席在河内会见了中国驻越南大使熊波。")],
        published="2023-04-22",
    )
    assert tv(doc, "4月18日").value == "2023-04-18"


def test_a_gathering_named_by_the_new_year_season_is_not_held_on_the_festival_day() -> None:
    """``2025年新春会晤`` names a meeting of the season after Tết: the title dates it by its year
    only, not by the first day of the lunar year (2025-01-29); the year still counts."""
    doc = page("两省举行2025年新春会晤", ["3月3日上午,两省领导在谅山举行会晤。"])
    start = doc.text.index("两省举行")
    found = time_for_span(doc, start, doc.text.index("\n", start))
    assert found is None or found.value != "2025-01-29"
    body = doc.text.index("3月3日")
    got = time_for_span(doc, body, doc.text.index("。", body))
    assert got is not None and got.value == "2025-03-03"


# --- the EU as a partner of diplomatic relations (relations.tsv, EUN rows) -----------------------------
def test_relations_with_the_european_union_count_from_1990_and_1975() -> None:
    vn = page("欧盟向越南提供援助", ["11月3日,欧盟代表团团长表示,今年是越南与欧盟建交30周年,双方合作成果丰硕。"])
    assert (tv(vn, "11月3日").value, tv(vn, "11月3日").basis) == ("2020-11-03", "anniversary")
    short = page("研讨会", ["值此越欧建交35周年之际,5月6日,研讨会在河内举行。"])
    assert tv(short, "5月6日").value == "2025-05-06"
    cn = page("中欧关系", ["值此中欧建交50周年之际,5月6日,双方举行招待会。"])
    assert tv(cn, "5月6日").value == "2025-05-06"
def test_the_eve_of_a_meeting_is_the_day_before_its_day() -> None:
    doc = page(
        "范明政出席峰会",
        ["2025年5月27日,范明政在吉隆坡出席第二届东盟—海合会峰会。", "峰会前夕,范明政同卡塔尔埃米尔举行会谈。"],
    )
    assert tv(doc, "前夕").value == "2025-05-26"
    doc = page("春节慰问", ["2025年1月20日,越南国家主席梁强看望慰问河内市民。", "春节前夕,他还看望了困难家庭。"])
    assert [doc.text[t.span.start : t.span.end] for t in doc.times if "前夕" in doc.text[t.span.start : t.span.end]] == []
def test_a_capital_liberation_anniversary_gives_the_year() -> None:
    doc = page("代表团访问", ["5月6日,代表团抵达。今年恰逢河内首都解放70周年。"])
    t = tv(doc, "5月6日")
    assert (t.value, t.basis) == ("2024-05-06", "anniversary")


# --- a year from the teasers or the main article, when the page has no other ----------------------
def test_a_teaser_borrows_the_year_of_a_term_begun_in_the_main_article() -> None:
    """A teaser with no year cue of its own borrows the main article's year, also when that year
    comes only from a term of office begun in the article (``X本月初当选…``)."""
    doc = page(
        "越南国家主席出访",
        ["越共中央总书记苏林于8月22日至24日对老挝进行国事访问。这是苏林本月初当选越共中央总书记后的首次出访。"],
        [
            (
                "越南政府总理范明政同新加坡总理举行会谈",
                "8月6日,正在新加坡进行正式访问的越南政府总理范明政在新加坡同新加坡总理举行会谈。",
            )
        ],
    )
    day = next(t for t in doc.times if t.section == "related" and doc.text[t.span.start : t.span.end] == "8月6日")
    assert (day.value, day.precision) == ("2024-08-06", "day")


LIST_OF_2023 = [
    ("越南领导人致电祝贺老挝国庆", "值此老挝人民民主共和国成立48周年之际,越南领导人致电祝贺。"),
    ("越南政府总理会见日本外务大臣", "11月25日,越南政府总理在河内会见日本外务大臣。今年恰逢越日建交50周年。"),
]
SPOKESPERSON = "越南外交部发言人{}在例行记者会上表示,越南反对任何侵犯其主权的行为。"


def test_a_main_article_with_no_year_takes_the_year_of_the_teasers_below() -> None:
    """The last resort for a main article with no year, publication date or office-holder."""
    doc = page("越南外交部发言人回答记者提问", [SPOKESPERSON.format("11月30日")], LIST_OF_2023)
    t = tv(doc, "11月30日")
    assert (t.start, t.basis) == ("2023-11-30", "teaser-context")
    # the publication date still comes first
    doc = page("越南外交部发言人回答记者提问", [SPOKESPERSON.format("11月30日")], LIST_OF_2023, "2019-12-01")
    assert tv(doc, "11月30日").start == "2019-11-30"
    # a day early in the year is placed nearest the list when that keeps it among the list's weeks
    doc = page("越南外交部发言人回答记者提问", [SPOKESPERSON.format("12月4日")], LIST_OF_2023)
    assert tv(doc, "12月4日").start == "2023-12-04"
    # but not forty days after the newest day listed: the list is of the days the page was shown, so
    # an article after all of it is an older one, and its year is left unknown
    doc = page("越南外交部发言人回答记者提问", [SPOKESPERSON.format("1月4日")], LIST_OF_2023)
    assert tv(doc, "1月4日").start is None



def _main_dates(text: str) -> list[str | None]:
    from dyad import extract, to_record

    return [e["date"] for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_year_word_after_an_anniversary_names_the_year_it_falls_in() -> None:
    """``两国在迎来建交70周年的明年``: the 70th year is next year, so the page is one year earlier."""
    body = (
        "应越南政府总理范明政的邀请,蒙古国总理奥云额尔登于3月2日至4日对越南进行正式访问。"
        "范明政表示,希望两国在迎来建交70周年的明年把合作推向新的高度。"
    )
    text = f"越蒙两国总理举行会谈\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    assert "2023-03-02/2023-03-04" in _main_dates(text)  # 1954 + 70 - 1


def test_year_word_range_of_days_keeps_both_days() -> None:
    body = (
        "2019年5月6日,越南国会主席阮氏金银在河内会见了老挝政府总理通伦·西苏里。"
        "通伦·西苏里回顾了去年11月20日至22日他对越南进行的正式访问。"
    )
    text = f"越老两国加强合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    assert "2018-11-20/2018-11-22" in _main_dates(text)


def test_meeting_cue_after_a_second_meeting_joined_to_it() -> None:
    """``祝贺A大会和B会议的成功召开``: the cue after the second meeting tells both were held before."""
    doc = page("会谈", ["7月20日,两位主席举行会谈。", "越方祝贺中国共产党第二十次全国代表大会和另一次重要会议的成功召开。"])
    assert tv(doc, "7月20日").value == "2023-07-20"
