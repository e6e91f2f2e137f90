"""Year cues beyond dates: yearly roles, eras, terms begun, meetings told with a year word, frames
(访问期间, 此访期间, 大会期间, 会谈中) and the teaser-context rule against a teaser's own evidence.

Every sentence is written for the test; invented names (甲乙丙 ...) come with their own terms.
"""

from __future__ import annotations

import pytest

from dyad.document import Document
from dyad.extraction import time_tenure
from dyad.extraction.time_knowledge import YearBound, YearFact, find_eras, find_role, role_hits
from dyad.extraction.times import time_for_span
from dyad.model import TimeValue
from test_times_inference import page, tv

_TERMS = [
    {"person": "甲乙丙", "office": "政府总理", "start": "2019-03-01", "end": "2021-06-30"},
    {"person": "丁戊己", "office": "国务委员兼外交部长", "start": "2020-01-01", "end": "2023-12-31"},
    {"person": "庚辛壬", "office": "政府总理", "start": "2016-04-07", "end": "2021-04-05"},
    {"person": "癸子丑", "office": "首相", "start": "2021-10-04", "end": "2024-10-01"},
    {"person": "寅卯辰", "office": "首相", "start": "2020-09-16", "end": "2021-10-04"},
    {"person": "巳午未", "office": "外交部长", "start": "2021-04-08", "end": "2025-02-18"},
    {"person": "申酉戌", "office": "国家主席", "start": "2016-04-02", "end": "2018-09-21"},
    {"person": "亥甲乙", "office": "国家主席", "start": "2013-03-14", "end": ""},
]


@pytest.fixture
def terms(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time_tenure, "_table", lambda: time_tenure.build_index(_TERMS))


def span_of(doc: Document, words: str, anchor_word: str) -> tuple[int, int, int]:
    """The sentence holding ``words`` and the offset of ``anchor_word`` in it."""
    s = doc.text.index(words)
    e = s + len(words)
    return s, e, doc.text.index(anchor_word, s)


def value(t: TimeValue | None) -> str | None:
    return None if t is None else t.value


# --- yearly roles --------------------------------------------------------------------------------
def test_role_named_for_two_countries_fixes_the_year() -> None:
    doc = page(
        "视频会谈",
        [
            "12月15日下午,两国外长举行视频会谈。",
            "双方指出,明年越南和印度将同时担任联合国安理会非常任理事国。",
        ],
    )
    t = tv(doc, "12月15日下午")
    assert (t.value, t.basis) == ("2020-12-15", "recurring-role")  # both seated in 2021 only
    role = next(x for x in doc.times if x.kind == "role")
    assert (role.start, role.basis) == ("2021-01-01", "recurring-role")  # the role's own year


def test_role_of_another_member_and_its_year_word() -> None:
    doc = page("峰会", ["11月15日,领导人出席峰会。", "今年印度尼西亚担任二十国集团轮值主席国。"])
    assert tv(doc, "11月15日").value == "2022-11-15"
    doc = page("会见", ["3月2日,部长会见大使。", "去年担任东盟轮值主席国的柬埔寨介绍了经验。"])
    assert tv(doc, "3月2日").precision == "year-range"  # Cambodia chaired in 2002, 2012 and 2022


def test_role_held_in_several_years_only_bounds() -> None:
    doc = page("会谈", ["10月5日,两国领导人举行会谈。", "越南担任今年东盟轮值主席国。"])
    t = tv(doc, "10月5日")
    assert (t.precision, t.value, t.basis) == ("year-range", None, "recurring-role")
    assert (t.start, t.end) == ("1998-10-05", "2020-10-05")
    doc = page(
        "会谈",
        [
            "10月5日,两国领导人举行会谈。",
            "越南担任今年东盟轮值主席国。",
            "受新冠肺炎疫情影响,会谈以视频方式举行。",
        ],
    )
    t = tv(doc, "10月5日")
    assert (t.value, t.basis) == ("2020-10-05", "recurring-role")
    assert "新冠肺炎疫情" in (t.basis_text or "")


def test_role_bound_cuts_tenure(terms: None) -> None:
    doc = page("会见", ["10月5日,政府总理甲乙丙会见大使。", "越南担任今年东盟轮值主席国。"])
    t = tv(doc, "10月5日")  # the term alone leaves 2019 and 2020
    assert (t.value, t.basis) == ("2020-10-05", "tenure")
    assert "东盟轮值主席国" in (t.basis_text or "")


def test_role_finder_reads_countries_before_and_after() -> None:
    text = "作为今年东盟轮值主席国老挝,将主办峰会"
    ((s, e),) = role_hits(text, 0, len(text))
    found = find_role(text, s, e, (0, len(text)))
    assert isinstance(found, YearBound) and {iv[0].year for iv in found.intervals} == {2004, 2016, 2024}
    text = "祝贺越南成功担任去年联合国安理会非常任理事国"
    ((s, e),) = role_hits(text, 0, len(text))
    found = find_role(text, s, e, (0, len(text)))
    assert isinstance(found, YearBound)
    text = "东盟轮值主席国越南"  # no year word: nothing
    ((s, e),) = role_hits(text, 0, len(text))
    assert find_role(text, s, e, (0, len(text))) is None


# --- eras --------------------------------------------------------------------------------------
def test_era_intersects_tenure_to_one_year(terms: None) -> None:
    doc = page("视频会谈", ["12月21日下午,政府总理庚辛壬同外国总理举行视频会谈。"])
    assert tv(doc, "12月21日下午").precision == "year-range"  # 2016 to 2020
    doc = page(
        "视频会谈",
        [
            "12月21日下午,政府总理庚辛壬同外国总理举行视频会谈。",
            "今年以来,尽管受到新冠肺炎疫情影响,两国仍保持交往。",
        ],
    )
    t = tv(doc, "12月21日下午")
    assert (t.value, t.basis) == ("2020-12-21", "tenure")


def test_era_alone_never_fixes_a_year() -> None:
    doc = page("疫苗运抵", ["7月16日,一批新冠疫苗运抵河内。"])
    t = tv(doc, "7月16日")
    assert (t.precision, t.value, t.basis) == ("year-range", None, "era")
    assert (t.start, t.end) == ("2020-07-16", "2023-07-16")


def test_era_looked_back_on_bounds_nothing() -> None:
    text = (
        "新冠肺炎疫情期间,该省提供防疫物资;疫情暴发前;后新冠时代;经济从新冠肺炎疫情中复苏;受新冠肺炎疫情影响"
    )
    found = find_eras(text, 0, len(text))
    assert [b.text for b in found] == ["新冠肺炎疫情"] and found[0].span.start == text.rindex("新冠")


# --- terms begun --------------------------------------------------------------------------------
def test_took_office_last_year_in_a_month(terms: None) -> None:
    doc = page(
        "会谈",
        ["5月1日上午,政府总理会见日本首相癸子丑。", "这是癸子丑去年10月就任日本首相以来首次访问越南。"],
    )
    t = tv(doc, "5月1日上午")  # the term alone leaves 2022 to 2024
    assert (t.value, t.basis) == ("2022-05-01", "took-office")


def test_took_office_on_a_day_this_year(terms: None) -> None:
    doc = page("会谈", ["10月19日上午,两国总理举行会谈。", "这是寅卯辰9月16日就任日本首相后首次出访。"])
    assert (tv(doc, "10月19日上午").value, tv(doc, "9月16日").value) == ("2020-10-19", "2020-09-16")


def test_congratulations_on_taking_office_follow_it(terms: None) -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[
            ("贺电", "国家主席于2025年12月5日致贺电。"),
            ("老挝外长致电祝贺", "4月10日,老挝外长与巳午未通电话,祝贺他就任越南外交部长。"),
        ],
    )
    t = tv(doc, "4月10日")
    assert (t.value, t.basis) == ("2021-04-10", "took-office")


def test_this_year_in_a_month_through_a_pronoun(terms: None) -> None:
    doc = page(
        "通电话", ["5月24日,国家主席申酉戌与外国领导人通电话。", "这是他今年4月就任国家主席以来的首次通话。"]
    )
    t = tv(doc, "5月24日")  # the term alone leaves 2016 to 2018
    assert (t.value, t.basis) == ("2016-05-24", "took-office")
    doc = page(
        "通电话", ["5月24日,国家主席申酉戌与外国领导人通电话。", "这是他今年6月就任国家主席以来的首次通话。"]
    )
    assert tv(doc, "5月24日").precision == "year-range"  # no term of his began in June


def test_only_a_first_trip_abroad_is_near_the_start(terms: None) -> None:
    doc = page("会谈", ["5月1日,两国总理举行会谈。", "这是癸子丑就任日本首相后的首次出访。"])
    assert (tv(doc, "5月1日").value, tv(doc, "5月1日").basis) == ("2022-05-01", "took-office")
    for later in ("这是癸子丑就任日本首相以来首次访问越南。", "这是癸子丑2021年就任日本首相后的首次出访。"):
        doc = page("会谈", ["5月1日,两国总理举行会谈。", later])
        assert not [t for t in doc.times if t.kind == "took-office"], later


def test_renewed_terms_date_nothing(terms: None) -> None:
    doc = page("会见", ["1月31日,甲乙丙再次当选政府总理。"])
    assert not [t for t in doc.times if t.kind == "took-office"]
    doc = page("贺电", ["3月12日,越南领导人致电祝贺亥甲乙当选国家主席。"])  # a row over several elections
    assert not [t for t in doc.times if t.kind == "took-office"]


# --- meetings told with a year word ---------------------------------------------------------------
def test_meeting_named_around_its_date_and_verb() -> None:
    doc = page(
        "会见",
        ["7月20日,越南领导人会见古巴代表团。", "越方祝贺古巴共产党今年4月成功召开第八次全国代表大会。"],
    )
    t = tv(doc, "7月20日")
    assert (t.value, t.basis) == ("2021-07-20", "recurring-meeting")


def test_meeting_held_last_year_moves_the_page_a_year() -> None:
    doc = page(
        "会谈", ["10月25日,两国外长举行会谈。", "双方高度评价去年10月召开的中国共产党第二十次全国代表大会。"]
    )
    assert tv(doc, "10月25日").value == "2023-10-25"  # nearest the congress alone would say 2022


# --- frames: 访问期间, 此访期间, 大会期间, 会谈中 ------------------------------------------------
def test_during_the_visit_takes_the_visit_not_the_summit_after_it() -> None:
    doc = page(
        "总理访问柬埔寨",
        [
            "应邀请,政府总理于11月8日至9日对柬埔寨进行正式访问,随后于11月10日至13日出席在金边举行的东盟峰会。",
            "访问期间,总理会见了柬埔寨参议院主席。",
        ],
        published="2022-11-14",
    )
    s, e, a = span_of(doc, "访问期间,总理会见了柬埔寨参议院主席。", "会见")
    assert value(time_for_span(doc, s, e, a)) == "2022-11-08/2022-11-09"


def test_this_visit_mid_sentence_takes_the_visit_told_later() -> None:
    doc = page(
        "会见",
        [
            "9月11日下午,总理会见外长。",
            "总理对中方提供援助表示感谢,特别是外长此访期间宣布再提供300万剂疫苗。",
            "外长于9月10日至11日对越南进行正式访问。",
        ],
        published="2021-09-11",
    )
    s, e, a = span_of(doc, "特别是外长此访期间宣布再提供300万剂疫苗", "宣布")
    assert value(time_for_span(doc, s, e, a)) == "2021-09-10/2021-09-11"


def test_during_a_conference_unless_a_day_is_written() -> None:
    doc = page(
        "出席大会",
        [
            "10月31日至11月3日,总理出席在格拉斯哥举行的气候大会,并对英国进行工作访问。",
            "11月1日,总理在大会上发表讲话。",
            "大会期间,总理会见了英国首相,并于11月2日会见了联合国秘书长。",
        ],
        published="2021-11-05",
    )
    sent = "大会期间,总理会见了英国首相,并于11月2日会见了联合国秘书长。"
    s, e, a = span_of(doc, sent, "会见")
    assert value(time_for_span(doc, s, e, a)) == "2021-10-31/2021-11-03"
    s2 = doc.text.index("并于11月2日")
    assert value(time_for_span(doc, s2, e, doc.text.index("会见", s2))) == "2021-11-02"


def test_during_a_summit_held_on_one_day_takes_that_day_not_the_trip() -> None:
    """``峰会期间`` after ``12月14日,…峰会在…举行``: the summit's day, not the lead's longer range."""
    doc = page(
        "出席峰会",
        [
            "总理于12月13日至14日在布鲁塞尔出席纪念峰会,并开展双边活动。",
            "12月14日,纪念峰会在布鲁塞尔举行。",
            "峰会期间,总理会见了欧洲理事会主席。",
        ],
        published="2022-12-15",
    )
    s, e, a = span_of(doc, "峰会期间,总理会见了欧洲理事会主席。", "会见")
    assert value(time_for_span(doc, s, e, a)) == "2022-12-14"


def test_in_the_talks_takes_the_talks_day() -> None:
    doc = page(
        "国事访问",
        [
            "6月22日至24日,总统对越南进行国事访问。",
            "6月23日上午,两国元首举行会谈。",
            "6月24日,总统参观大学。",
            "会谈中,双方同意加强合作。",
        ],
        published="2023-06-25",
    )
    s, e, a = span_of(doc, "会谈中,双方同意加强合作。", "同意")
    assert value(time_for_span(doc, s, e, a)) == "2023-06-23"


def test_after_the_talks_takes_the_talks_day_not_an_arrival_told_before() -> None:
    """``会谈结束后,…`` after a paragraph on the arrival the evening before: the talks' day."""
    doc = page(
        "国事访问",
        [
            "总统于1月29日至30日对越南进行国事访问。1月30日上午,两国元首举行会谈。",
            "1月29日晚,总统抵达河内,并同侨民代表见面。",
            "会谈结束后,两国元首见证了合作文件的交换仪式。",
        ],
        published="2024-01-31",
    )
    s, e, a = span_of(doc, "会谈结束后,两国元首见证了合作文件的交换仪式。", "见证")
    assert value(time_for_span(doc, s, e, a)) == "2024-01-30"


def test_title_visit_is_not_dated_by_the_summit_attended_after_it() -> None:
    doc = page(
        "总理对柬埔寨进行正式访问并出席第41届东盟峰会",
        ["政府总理于11月8日至9日对柬埔寨进行正式访问,随后于11月10日至13日出席第41届东盟峰会。"],
    )
    assert doc.title is not None
    title = doc.text[doc.title.start : doc.title.end]
    visit = time_for_span(doc, doc.title.start, doc.title.end, doc.title.start + title.index("访问"))
    summit = time_for_span(doc, doc.title.start, doc.title.end, doc.title.start + title.index("出席"))
    assert (value(visit), value(summit)) == ("2022-11-08/2022-11-09", "2022-11-10/2022-11-13")
    assert summit is not None and summit.kind == "meeting"


def test_teaser_headline_naming_a_summit_takes_the_day_told() -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[("总理出席第43届东盟峰会", "9月5日上午,第43届东盟峰会在雅加达开幕。总理率团出席峰会。")],
    )
    t = doc.teasers[0]
    assert t.title is not None
    assert value(time_for_span(doc, t.title.start, t.title.end, t.title.start)) == "2023-09-05"


# --- teaser context against a teaser's own evidence ----------------------------------------------------
def test_teaser_context_year_inside_the_tenure_range_is_taken(terms: None) -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[("贺电", "国家主席于2020年12月5日致贺电。"), ("会见", "11月20日,政府总理甲乙丙会见大使。")],
    )
    t = tv(doc, "11月20日")  # the term alone: 2019 or 2020
    assert (t.value, t.basis) == ("2020-11-20", "teaser-context")


def test_teaser_context_year_outside_the_tenure_gives_way(terms: None) -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[
            ("贺电", "国家主席于2024年12月5日致贺电。"),
            ("会见", "8月1日,政府总理甲乙丙会见中国国务委员兼外交部长丁戊己。"),
        ],
    )
    t = tv(doc, "8月1日")
    assert (t.value, t.basis) == ("2020-08-01", "tenure")


def test_teaser_context_year_outside_an_era_gives_way() -> None:
    doc = page(
        "主文",
        ["正文。"],
        teasers=[("贺电", "国家主席于2025年12月5日致贺电。"), ("疫苗运抵", "7月16日,一批新冠疫苗运抵河内。")],
    )
    t = tv(doc, "7月16日")
    assert (t.precision, t.value, t.basis) == ("year-range", None, "era")
    doc = page(
        "主文",
        ["正文。"],
        teasers=[("疫苗", "2021年6月16日,首批疫苗运抵。"), ("疫苗运抵", "7月16日,一批新冠疫苗运抵河内。")],
    )
    t = tv(doc, "7月16日")
    assert (t.value, t.basis) == ("2021-07-16", "teaser-context")


def test_facts_are_listed_but_never_date_an_event() -> None:
    doc = page(
        "会谈",
        [
            "10月5日,两国领导人举行会谈。",
            "越南担任今年东盟轮值主席国。",
            "双方受新冠肺炎疫情影响,改以视频方式签署协议。",
        ],
    )
    assert {"role", "era"} <= {t.kind for t in doc.times}
    s, e, a = span_of(doc, "双方受新冠肺炎疫情影响,改以视频方式签署协议。", "签署")
    found = time_for_span(doc, s, e, a)
    assert found is not None and (found.kind, found.value) == ("date", "2020-10-05")
    assert isinstance(find_role("今年越南担任东盟轮值主席国", 6, 13, (0, 13)), YearBound)
    assert not isinstance(
        find_role("明年越印两国同时担任联合国安理会非常任理事国", 10, 22, (0, 22)), YearBound
    )
    assert isinstance(find_role("明年越印两国同时担任联合国安理会非常任理事国", 10, 22, (0, 22)), YearFact)


def test_same_day_after_an_arrival_is_the_first_day_of_the_trip() -> None:
    from dyad import extract, to_record

    body = (
        "应柬埔寨首相洪森的邀请,泰国总理巴育于2019年3月4日至6日对柬埔寨进行正式访问。"
        "抵达金边当天下午,巴育同洪森举行会谈。"
    )
    text = f"泰柬两国总理举行会谈\n\n{body}\n\n越通社金边——{body}(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main"]
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and talks[0]["date"] == "2019-03-04", evs
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and visit[0]["date"] == "2019-03-04/2019-03-06", evs
def test_a_trip_after_an_election_at_a_numbered_congress_is_dated_after_it() -> None:
    """``在越共第十二次全国代表大会上连任总书记后首次访华``: the congress (January 2016) comes before
    the trip, so a January trip told after it falls in the next January."""
    from test_events import events_of

    evs = events_of(
        "越共中央总书记阮富仲于1月12日至15日对中国进行正式访问。这是阮富仲在越共第十二次全国代表大会上连任总书记后首次访华。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert visit and visit[0]["date"] == "2017-01-12/2017-01-15", evs


def test_same_day_word_right_after_a_visits_range_is_its_first_day() -> None:
    """``于2023年6月25日至28日…进行正式访问。当天下午,…举行会谈``: the day the visit opens."""
    from test_events import events_of

    evs = events_of(
        "应中国国务院总理李强的邀请,越南政府总理范明政于2023年6月25日至28日对中国进行正式访问。"
        "当天下午,两国总理在北京举行会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and talks[0]["date"] == "2023-06-25", evs


def test_an_anniversary_taken_as_an_occasion_ahead_does_not_date_a_teaser() -> None:
    """``同意以2025年越老建交63周年为契机``: the occasion's year is still ahead; the list dates the teaser."""
    from test_events import teaser_events

    evs = teaser_events(
        "越老两国总理举行会谈",
        "12月3日,范明政同宋赛·西潘敦在河内举行会谈。双方同意以2025年越老建交63周年为契机,推动合作。",
        "2024年东南亚足球锦标赛:越南队4比1战胜老挝队",
        "12月9日晚,在2024年东南亚足球锦标赛B组比赛中,越南队以4比1战胜老挝队。",
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks and talks[0]["date"] == "2024-12-03", evs


# --- anniversaries that are not the page's year (h42) ----------------------------------------------
def test_an_anniversary_still_ahead_dates_the_page_on_or_before_its_day() -> None:
    """``两国即将纪念建交50周年``: the anniversary is ahead, so a December day told before an August
    anniversary (relations set up on 4 August 1973) falls in the year before it."""
    doc = page("越南与伊朗加强合作", ["12月4日,越南代表团与伊朗外长举行会谈。双方认为,此访恰逢两国即将纪念建交50周年。"])
    assert tv(doc, "12月4日").start == "2022-12-04"


def test_an_anniversary_named_as_the_occasion_of_invitations_does_not_date_the_page() -> None:
    """``就纪念越以建交30周年(1993~2023)互致邀请``: invitations for an anniversary to come."""
    doc = page(
        "越以两国总理通电话",
        ["7月12日,越南总理同以色列总理通电话。值此机会,两位总理就纪念越以建交30周年(1993~2023)互致邀请。"],
    )
    assert tv(doc, "7月12日").basis != "anniversary"


def test_an_anniversary_told_with_its_own_year_dates_only_its_own_clause() -> None:
    """``2015年值此越莫建交40周年之际,…访问``: a background visit's anniversary, not the page's."""
    doc = page(
        "越南国家主席访问莫桑比克",
        ["越南国家主席自3月11日至13日对莫桑比克进行国事访问。", "2015年值此越莫建交40周年之际,越南副总理访问莫桑比克。"],
    )
    assert tv(doc, "3月11日至13日").basis != "anniversary"


def test_an_anniversary_coinciding_with_a_dated_frame_dates_only_that_frame() -> None:
    """``在2016年5月…访问期间与恰逢两国建交40周年之际,…``: the anniversary falls on the dated past
    visit of its clause, not on the page's own visit."""
    doc = page(
        "澳大利亚总理即将访越",
        [
            "澳大利亚总理将于9月3日至5日对越南进行正式访问。",
            "大使回顾说,在2016年5月越南总理对澳大利亚进行正式访问期间与恰逢两国建交40周年之际,两国建立全面伙伴关系。",
        ],
    )
    assert tv(doc, "9月3日至5日").basis != "anniversary"


def test_a_year_told_before_之后_yields_to_the_sentences_own_anniversary() -> None:
    """``在…2016年3月…访问之后,X恰逢建交45周年(1973年~2018年)之际自5月29日至6月2日访问…``: the
    earlier visit's year is not the year of the act the anniversary is told with."""
    doc = page(
        "越南国家主席访问日本",
        [
            "日本报纸报道了越南国家主席访日的意义。",
            "文章说,在日本首相2016年3月对越南进行访问之后,越南国家主席恰逢越南与日本建交45周年(1973年~2018年)"
            "之际自5月29日至6月2日对日本进行国事访问。",
        ],
    )
    t = tv(doc, "5月29日至6月2日")
    assert (t.value or "").startswith("2018"), t


def test_the_day_relations_were_established_is_no_context() -> None:
    """``自1973年8月4日正式建交以来``: the founding day dates no other day of the story."""
    doc = page(
        "伊朗总统即将访越",
        ["伊朗总统将于10月5日至7日对越南进行国事访问。", "自1973年8月4日正式建交以来,两国关系取得积极进展。"],
    )
    t = tv(doc, "10月5日至7日")
    assert not (t.value or "").startswith("1973"), t
def test_an_anniversary_year_a_proposal_looks_ahead_to_does_not_date_the_page(terms: None) -> None:
    """``在2025年纪念越中建交75周年之际,甲乙丙建议…``: the year the proposal is for, not the meeting's;
    the term of the office holder dates the meeting instead."""
    doc = page(
        "总理会见中国大使",
        [
            "6月11日上午,政府总理甲乙丙会见中国驻越南大使。",
            "在2021年纪念越中建交71周年之际,甲乙丙建议双方加强交流。",
        ],
    )
    t = tv(doc, "6月11日上午")
    assert t.basis != "anniversary" and t.value != "2021-06-11", (t.value, t.basis)
