"""A leader abroad at a summit: co-chairs of the summit, banquets for all leaders, thanks for
attending, a meeting asked for by the other side, a working breakfast. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record
from test_events import events_of, names, only


def _main(paragraphs: list[str], dateline: str = "雅加达") -> list[dict[str, Any]]:
    body = "\n\n".join(paragraphs)
    text = f"越南政府总理出席峰会\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def _with(evs: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [e for e in evs if name in _names(e["source"]) + _names(e["target"])]


def test_summit_opened_and_cochaired_is_no_meeting_of_its_chairs() -> None:
    evs = _main(["5月10日上午,东盟—日本峰会在雅加达开幕,由日本首相岸田文雄和印度尼西亚总统佐科·维多多共同主持。"])
    assert not [e for e in evs if e["mode"] == "meeting"], evs


def test_guest_along_with_other_leaders_is_the_one_at_the_banquet() -> None:
    evs = _main(
        [
            "5月10日晚,范明政总理与东盟各国领导人一道出席了印度尼西亚总统佐科·维多多在茂物总统府为峰会举行的欢迎宴会。"
        ]
    )
    banquet = [e for e in evs if e["mode"] == "meeting"]
    assert len(banquet) == 1, evs
    assert _names(banquet[0]["source"]) == ["佐科·维多多"]
    assert _names(banquet[0]["target"]) == ["范明政"]


def test_welcome_dinner_for_all_leaders_goes_to_the_named_guest_who_attends() -> None:
    evs = _main(["5月9日晚,佐科·维多多总统在雅加达为出席峰会的各国领导人举行欢迎晚宴,范明政总理出席。"])
    banquet = [e for e in evs if e["type"] == "CONSULT"]
    assert len(banquet) == 1, evs
    assert banquet[0]["mode"] == "meeting"
    assert _names(banquet[0]["source"]) == ["佐科·维多多"] and _names(banquet[0]["target"]) == ["范明政"]


def test_thanks_for_attending_is_no_second_attendance() -> None:
    evs = _main(
        [
            "5月10日,范明政出席东盟—日本峰会。",
            "同日,范明政同岸田文雄举行会晤。岸田文雄感谢范明政出席峰会,表示愿同越方深化合作。",
        ]
    )
    assert not [e for e in evs if e["mode"] == "multilateral" and "岸田文雄" in _names(e["source"])], evs


def test_meeting_at_the_other_sides_request_is_led_by_that_side() -> None:
    evs = _main(["5月9日晚,范明政应约会见了新加坡总理李显龙。"])
    meet = _with(evs, "李显龙")
    assert len(meet) == 1, evs
    assert _names(meet[0]["source"]) == ["李显龙"] and _names(meet[0]["target"]) == ["范明政"]


def test_working_breakfast_with_company_leaders_is_a_meeting() -> None:
    evs = _main(["在雅加达期间,范明政还同三星、晓星等韩国企业领导人举行工作早餐会。"])
    assert [e["mode"] for e in evs if "范明政" in _names(e["source"])] == ["meeting"], evs


def test_speaking_at_the_summit_told_before_attends_it() -> None:
    evs = _main(["2019年5月10日上午,东盟—日本峰会在雅加达开幕。范明政在峰会上发言时表示,东盟愿同日本深化合作。"])
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert len(att) == 1, evs
    assert _names(att[0]["source"]) == ["范明政"] and "东盟—日本峰会" in _names(att[0]["target"])
    assert att[0]["date"] == "2019-05-10"


def test_speaking_at_the_open_debate_told_before_attends_it() -> None:
    evs = _main(
        [
            "2022年3月8日,联合国安理会在纽约举行关于海洋安全的公开辩论会。"
            "越南常驻联合国代表团团长阮光明大使在辩论会上发表讲话时强调,各方应遵守国际法。"
        ],
        dateline="纽约",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert len(att) == 1, evs
    assert _names(att[0]["source"]) == ["阮光明"] and att[0]["date"] == "2022-03-08"


def test_the_session_named_again_with_a_pointing_word_is_the_one_attended() -> None:
    # "出席第70届联合国大会一般性辩论。…的本届联合国大会一般性辩论…。X在辩论会上发表讲话": one attendance
    evs = _main(
        [
            "越南副总理陈文山9月25日出席在纽约召开的第70届联合国大会一般性辩论。",
            "以和平为主题的本届联合国大会一般性辩论吸引多国领导人出席。",
            "陈文山在辩论会上发表讲话时介绍了越南的立场。",
        ],
        dateline="纽约",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert len(att) == 1, evs


def test_trip_to_two_summits_told_day_by_day_is_not_a_third_attendance() -> None:
    evs = _main(
        [
            "2023年,越南政府总理范明政于5月9日至11日赴雅加达出席东盟—日本峰会和首届湄公河—日本峰会。",
            "5月10日上午,东盟—日本峰会在雅加达开幕。范明政在峰会上发言时表示,东盟愿同日本深化合作。",
            "5月11日上午,范明政出席首届湄公河—日本峰会。",
        ]
    )
    att = sorted(e["date"] for e in evs if e["mode"] == "multilateral")
    assert att == ["2023-05-10", "2023-05-11"], evs


def test_a_meeting_frame_opening_a_starred_paragraph_names_the_speaker_as_its_side() -> None:
    """``*在会见X时,Y希望``: the '*' that opens each paragraph of a list of sideline meetings does
    not hide the frame; the one who speaks after it met X, not the subject of the sentence before."""
    evs = events_of(
        "2024年9月20日,陈光明在纽约会见了多国领导人。山田太郎宣布日本政府决定为越南提供疫苗。"
        "*在会见波兰总理汉斯·穆勒时,陈光明希望波兰继续支持越南。"
    )
    ev = [e for e in evs if e["type"] == "CONSULT" and names(e["target"]) == ["汉斯·穆勒"]]
    assert len(ev) == 1, evs
    assert names(ev[0]["source"]) == ["陈光明"] and ev[0]["date"] == "2024-09-20"


def test_a_meeting_told_as_in_the_meeting_with_x_names_its_partner() -> None:
    """``在与X的会晤中,Y建议``: like ``在与X会晤时``, the frame reports the meeting with X."""
    evs = events_of(
        "2024年9月20日,陈光明在纽约会见了波兰总理汉斯·穆勒。"
        "在与丹麦首相梅特·汉森的会晤中,陈光明建议丹麦继续支持越南。"
    )
    ev = [e for e in evs if e["type"] == "CONSULT" and names(e["target"]) == ["梅特·汉森"]]
    assert len(ev) == 1, evs
    assert names(ev[0]["source"]) == ["陈光明"]
    evs = events_of(
        "2024年9月20日,陈光明在纽约会见了丹麦首相梅特·汉森。在与梅特·汉森的会晤中,陈光明建议丹麦继续支持越南。"
    )
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1, evs


def test_a_summit_attended_after_a_visit_takes_the_days_it_is_held_not_the_visit_s() -> None:
    """``X从8日至9日对柬埔寨进行正式访问,出席从10日至13日举行的…峰会``: the summit's own days,
    told right after 出席 (bare days joined by 至, or a full date before 举行的)."""
    for body in (
        "越南政府总理陈光明从2024年10月8日至9日对老挝进行正式访问,出席从10日至12日举行的第44届东盟峰会。",
        "越南政府总理陈光明从2024年10月8日至9日对老挝进行正式访问,并出席10月10日在万象举行的第44届东盟峰会。",
    ):
        evs = events_of(body)
        assert only(evs, "CONSULT", "visit")["date"] == "2024-10-08/2024-10-09"
        summit = only(evs, "CONSULT", "multilateral")["date"]
        assert summit in {"2024-10-10/2024-10-12", "2024-10-10"}, evs


def test_a_title_meeting_with_leaders_of_international_organisations_names_no_body() -> None:
    """``X会见部分国家和国际组织领导``: 国际组织 is a kind of body, not one the title names."""
    evs = events_of("2024年9月20日,陈光明在纽约会见了波兰总理汉斯·穆勒。", title="陈光明会见部分国家和国际组织领导")
    assert not [e for e in evs if "国际组织" in names(e["target"])], evs


def test_countries_attending_the_meeting_as_a_noun_are_no_attendance() -> None:
    # "参加会议国家总数": the countries taking part, counted, not a side attending
    evs = _main(
        [
            "联合国大会将于6月7日选举新的非常任理事国。"
            "按照规定,候选国必须获得参加会议国家总数三分之二以上的票数方能当选。"
        ],
        dateline="纽约",
    )
    assert not [e for e in evs if e["mode"] == "multilateral"], evs


def test_the_dateline_dash_is_no_part_of_the_forum_named_after_it() -> None:
    # "越通社纽约 ——第75届联合国大会…" (a space before the dash): the forum starts at 第
    evs = _main(
        ["第75届联合国大会一般性辩论9月22日在纽约开幕。越南副总理阮光明出席会议并发表讲话。"],
        dateline="纽约 ",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert att and all(not p["name"].startswith("—") for e in att for p in e["target"]), att


def test_a_bare_plenary_session_is_the_summit_told_before() -> None:
    # "出席全体会议": the plenary of the summit just named, one attendance with the speech at it
    evs = _main(
        [
            "2019年6月22日,第34届东盟峰会在曼谷开幕。",
            "当天上午,阮光明率领越南代表团出席全体会议。阮光明在此次峰会上发言时强调东盟团结的重要性。",
        ],
        dateline="曼谷",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert len(att) == 1 and "全体会议" not in _names(att[0]["target"]), evs


def test_a_comment_on_the_attendance_told_before_is_no_second_attendance() -> None:
    # "代表团出席此次会议体现…": what the attendance shows, not another one
    evs = _main(
        [
            "国防部长阮光明大将于6月10日率领越南军事代表团出席在曼谷举行的东盟防长非正式会议(ADMM Retreat)和第九届东盟防长扩大会议(ADMM+)。",
            "越南军事代表团出席此次会议体现出越南积极参与东盟防务合作的精神。",
        ],
        dateline="曼谷",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert len(att) == 1 and _names(att[0]["source"]) == ["阮光明"], evs


def test_a_bare_attendance_with_a_speech_attends_the_summit_told_before() -> None:
    # "越共中央总书记X出席并发表讲话": no forum named after 出席, the summit just told
    evs = _main(
        ["第36届东盟峰会6月26日在河内开幕。越南政府总理阮光明主持会议。越共中央总书记陈文明出席并发表讲话。"],
        dateline="河内",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert sorted(n for e in att for n in _names(e["source"])) == ["阮光明", "陈文明"], evs


def test_a_bare_attendance_with_a_speech_at_a_ceremony_is_no_forum() -> None:
    evs = _main(["越南荣军烈士节纪念大会7月24日在河内举行。越共中央总书记陈文明出席并讲话。"], dateline="河内")
    assert not [e for e in evs if e["mode"] == "multilateral"], evs


def test_asean_written_in_full_and_short_is_one_summit() -> None:
    # "第34届东南亚国家联盟(ASEAN)峰会" in the lead, "第34届东盟峰会" in the title: one attendance
    text = (
        "阮光明出席第34届东盟峰会\n\n越通社曼谷——6月22日,第34届东南亚国家联盟(ASEAN)峰会在曼谷举行。"
        "越南政府总理阮光明和东盟各国领导人出席峰会开幕式。\n\n第34届东盟峰会:阮光明出席全体会议\n\n"
        "当天下午,阮光明率领越南代表团出席全体会议。"
        "(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "multilateral"]
    assert len(evs) == 1, evs


def test_a_long_quoted_theme_leaves_no_tail_in_the_forum_name() -> None:
    # "主持了题为“…(a theme longer than a name)…的合作”高级别公开辩论会": the debate, not the theme's tail
    evs = _main(
        [
            "2021年4月19日,越南国家主席阮光明主持了题为“加强联合国与各区域组织在预防和解决冲突中建立互信与对话的合作”"
            "高级别公开辩论会。"
        ],
        dateline="纽约",
    )
    att = [e for e in evs if e["mode"] == "multilateral"]
    assert att and all("”" not in n for e in att for n in _names(e["target"])), att
