"""Forums told before (co-chairs, openings, group signings, 会议期间) and dated look-backs, each on a sentence
written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越南加强对外合作") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_a_signing_anniversary_is_no_signing() -> None:
    """``《…条约》签署46周年``: the anniversary of a treaty, not a document signed on the page's day."""
    evs = events_of("2023年7月18日,两国举行纪念活动。今年恰逢越柬建交56周年和《越柬友好合作条约》签署44周年。")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_same_day_after_a_dated_look_back_means_the_story_day() -> None:
    """``2021年3月2日,A曾同B举行视频会谈。`` between the talks and ``当天下午``: the look back
    keeps its own day and 当天 still means the talks' day."""
    evs = events_of(
        "应越南外交部的邀请,老挝外交部长沙伦赛·贡玛西于2023年4月10日至12日对越南进行正式访问。"
        "4月11日上午,越南外交部长裴青山在河内同沙伦赛·贡玛西举行会谈。\n\n"
        "2021年3月2日,裴青山曾同沙伦赛·贡玛西举行视频会谈。\n\n"
        "当天下午,越南政府总理范明政在河内会见了沙伦赛·贡玛西。"
    )
    meeting = [e for e in evs if e["mode"] == "meeting" and "范明政" in names(e["target"]) + names(e["source"])]
    assert [e["date"] for e in meeting] == ["2023-04-11"], evs
    video = [e for e in evs if e["mode"] == "video"]
    assert [e["date"] for e in video] == ["2021-03-02"], evs


def test_meeting_former_students_and_the_community_is_no_event_and_no_place() -> None:
    """``并同曾在越南学习的老挝干部和在老越南人代表见面``: cadres who once studied in Việt Nam and
    the Vietnamese living in Laos are no side, and neither 在越南 nor 在老越南人 places the meeting."""
    evs = events_of(
        "应老挝国会主席赛宋蓬·丰威汉的邀请,越南国会主席王廷惠于2023年12月4日至7日对老挝进行工作访问。"
        "访问期间,王廷惠还会见了老挝政府总理宋赛·西潘敦,并同曾在越南学习的老挝干部和在老越南人代表见面。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1, evs
    assert names(meetings[0]["source"]) == ["王廷惠"] and names(meetings[0]["target"]) == ["宋赛·西潘敦"]
    assert meetings[0]["location"] == "老挝"


CLV_SUMMIT = (
    "应老挝国会主席赛宋蓬·丰威汉的邀请,越南国会主席王廷惠于2023年12月4日至7日赴老挝出席柬老越三国首届议会高级别会议。"
    "12月5日上午,柬老越三国首届议会高级别会议在万象开幕。王廷惠、柬埔寨国会主席坤·索达丽和赛宋蓬·丰威汉共同主持会议。"
    "老挝国家主席通伦·西苏里出席开幕式并致辞。"
)


def test_three_co_chairs_of_a_summit_hold_no_meeting() -> None:
    """``A、B和C共同主持会议`` after the summit is named: each chair attends it, no meeting of three."""
    evs = events_of(CLV_SUMMIT)
    assert not [e for e in evs if e["mode"] == "meeting"], evs


def test_a_host_attending_the_opening_attends_the_forum_told_before() -> None:
    """``会议在万象开幕。X出席开幕式并致辞``: X attends that forum (CONSULT/multilateral)."""
    evs = events_of(CLV_SUMMIT)
    ev = [e for e in evs if names(e["source"]) == ["通伦·西苏里"]]
    assert len(ev) == 1 and ev[0]["type"] == "CONSULT" and ev[0]["mode"] == "multilateral", evs
    assert names(ev[0]["target"]) == ["柬老越三国首届议会高级别会议"]
    assert ev[0]["date"] == "2023-12-05"


def test_a_dated_look_back_inside_a_visit_keeps_the_first_named_as_source() -> None:
    """``2021年3月2日,A曾同B举行视频会谈。`` on a page about B's visit to A: the earlier call was
    not held on the visit, so the first-named side stays its source."""
    evs = events_of(
        "应越南外交部的邀请,老挝外交部长沙伦赛·贡玛西于2023年4月10日至12日对越南进行正式访问。"
        "4月11日上午,越南外交部长裴青山在河内同沙伦赛·贡玛西举行会谈。"
        "2021年3月2日,裴青山曾同沙伦赛·贡玛西举行视频会谈。"
    )
    video = [e for e in evs if e["mode"] == "video"]
    assert len(video) == 1 and names(video[0]["source"]) == ["裴青山"], evs


def teaser_events(*lines: str) -> list[dict[str, Any]]:
    text = "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
    text += "".join(line + "\n" for line in lines)
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_teaser_host_receiving_a_visitor_in_his_capital_is_the_target() -> None:
    """A title with no place (``岸田文雄会见越南国家主席武文赏``) and a summary placing the meeting in the
    host's capital: the visiting side is the source, as in a main article."""
    evs = teaser_events(
        "日本首相岸田文雄会见越南国家主席武文赏",
        "11月27日,日本首相岸田文雄在东京首相官邸会见了越南国家主席武文赏。",
    )
    assert len(evs) == 1
    assert names(evs[0]["source"]) == ["武文赏"] and names(evs[0]["target"]) == ["岸田文雄"], evs


def test_three_speakers_signing_a_statement_at_their_summit() -> None:
    """``三国国会主席签署了…联合声明`` after a sideline meeting that names a kind of forum
    (``在东盟议会联盟(AIPA)等多边议会论坛上``) and a session (``在全体会议上``): the group signs at the
    summit named before, not at the kind of forum or the session."""
    evs = events_of(
        CLV_SUMMIT
        + "王廷惠在全体会议上发言。会议期间,王廷惠会见了坤·索达丽,双方同意在东盟议会联盟(AIPA)等多边议会论坛上加强配合。"
        "12月6日,会议闭幕。三国国会主席签署了《联合声明》。"
    )
    agree = [e for e in evs if e["type"] == "AGREE"]
    assert len(agree) == 1, evs
    assert names(agree[0]["source"]) == ["三国国会主席"]
    assert names(agree[0]["target"]) == ["柬老越三国首届议会高级别会议"]


def test_meeting_during_a_forum_takes_its_opening_to_closing_days() -> None:
    """``会议期间,A会见了B`` between ``12月5日,…会议…开幕`` and ``12月6日,会议闭幕``: the forum's two
    days, not the delegation's four-day stay."""
    evs = events_of(CLV_SUMMIT + "会议期间,王廷惠会见了坤·索达丽。12月6日,会议闭幕。")
    meeting = [e for e in evs if e["mode"] == "meeting" and names(e["target"]) == ["坤·索达丽"]]
    assert [e["date"] for e in meeting] == ["2023-12-05/2023-12-06"], evs


def test_a_visit_invited_by_the_cuban_party_international_department() -> None:
    """``应古巴共产党中央国际关系部的邀请``: the department, not the whole party, is the inviter."""
    evs = events_of(
        "应古巴共产党中央国际关系部的邀请,越共中央委员、中央对外部部长黎怀忠率越共代表团于2022年4月8日至10日"
        "对古巴进行工作访问。"
    )
    visit = [e for e in evs if e["mode"] == "visit"]
    assert len(visit) == 1 and names(visit[0]["target"]) == ["古巴共产党中央国际关系部"], evs


def test_a_teaser_forum_named_with_its_year_in_the_title_and_in_full_in_the_summary_is_one_forum() -> None:
    evs = teaser_events(
        "范明政出席2024年APEC峰会开幕式",
        "11月15日上午,越南政府总理范明政在利马出席第三十一次“亚太经合组织(APEC)”峰会开幕式并发表讲话。",
    )
    forum = next(e for e in evs if e["mode"] == "multilateral")
    assert len(forum["target"]) == 1, forum["target"]


def test_a_teasers_forum_attendance_is_its_headline_over_the_meetings_inside_it() -> None:
    """``X出席了…论坛年会,在论坛框架内会见…``: the meetings sit inside the forum attended first."""
    from test_events import teaser_events

    evs = teaser_events(
        "越南重申支持多边贸易",
        "2024年6月3日至5日,越南外交部副部长黎明出席了在东京举行的2024年亚洲未来论坛,在论坛框架内会见日本外务副大臣山田。",
    )
    [ev] = evs
    assert (ev["type"], ev["mode"]) == ("CONSULT", "multilateral"), ev


def test_a_teasers_meeting_told_first_stays_its_headline() -> None:
    from test_events import teaser_events

    evs = teaser_events(
        "越日加强合作",
        "2024年6月3日,越南外交部副部长黎明在东京会见日本外务副大臣山田,随后出席了2024年亚洲未来论坛。",
    )
    [ev] = evs
    assert (ev["type"], ev["mode"]) == ("CONSULT", "meeting"), ev


def test_a_recent_visit_recalled_as_the_topic_of_joy_is_no_event() -> None:
    """``甲对日前对老挝进行国事访问后再次与乙重逢表示高兴``: the visit is what he is glad of, told
    with no day; only the meeting is news."""
    evs = events_of(
        "2024年5月6日下午,越南国家主席武文赏在河内会见了老挝国家主席通伦。"
        "会见中,武文赏对日前对老挝进行国事访问后再次与通伦重逢表示高兴。"
    )
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["meeting"], evs


def test_a_dated_visit_recalled_stays() -> None:
    evs = events_of("2024年5月6日,越南国家主席武文赏对老挝进行国事访问。")
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["visit"], evs
def test_a_visit_recalled_after_the_speaker_is_the_visitors() -> None:
    """``黄春战重申,…,符合阮富仲于2022年11月对中国进行正式访问期间…``: the one named right
    before the dated trip made it, not the speaker who opens the sentence."""
    from dyad import extract, to_record

    body = (
        "越南国防部副部长黄春战上将重申,两国防务合作不断深入,符合越共中央总书记阮富仲于2022年11月"
        "对中国进行正式访问期间双方所达成的共识。"
    )
    text = f"越中加强防务合作\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits and all([p["name"] for p in e["source"]] == ["阮富仲"] for e in visits), visits


def test_visits_recalled_as_person_in_year_month_visited_country() -> None:
    """``A表示…,甲国总理B于2019年3月访问乙国,乙国总统C于2019年8月访问甲国``: each look-back
    visit is the one named right before its dated 访问, not the speaker who opens the sentence."""
    evs = events_of(
        "3月2日,越南驻某国大使阮文甲为该国副外长约翰·史密斯举行招待会。\n\n"
        "阮文甲高度评价两国关系取得的成果,越南政府总理阮春福于2017年5月访问美国,"
        "美国总统唐纳德·特朗普于2017年11月访问越南。"
    )
    visits = [(names(e["source"]), names(e["target"])) for e in evs if e["mode"] == "visit"]
    assert (["阮春福"], ["美国"]) in visits and (["唐纳德·特朗普"], ["越南"]) in visits, visits
    assert not [v for v in visits if "阮文甲" in v[0]], visits


def test_signing_word_inside_a_document_title_is_no_signing() -> None:
    """``按照《甲国与乙国签署…行动计划》的精神共同主持…``: 签署 is a word of the title, not a signing;
    ``签署了《…行动计划》`` still is one."""
    evs = events_of(
        "9月14日,甲国外长阮文甲与乙国外长约翰·布朗按照《甲国与乙国签署全面伙伴关系行动计划(2021—2024年)》"
        "的精神共同主持两国首次外长会议。"
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs
    evs = events_of("9月14日,甲国外长阮文甲与乙国外长约翰·布朗签署了《全面伙伴关系行动计划》。")
    assert [e["mode"] for e in evs if e["type"] == "AGREE"] == ["sign"], evs


def test_a_visit_to_be_made_on_invitation_is_still_to_come() -> None:
    """``A对B将应邀对甲国进行正式访问并出席峰会表示高兴``: 将应邀 looks ahead like 将对; no visit yet,
    and no summit attended by the speaker."""
    evs = events_of(
        "21日,越南国家主席阮文甲在主席府会见来访的美国前国务卿约翰·布朗。"
        "阮文甲对美国总统彼得·格林将应邀对越南进行正式访问并出席峰会表示高兴。"
    )
    assert not [e for e in evs if e["mode"] in {"visit", "multilateral"}], evs
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["meeting"], evs


def test_words_of_an_article_title_in_quotes_report_nothing() -> None:
    """``某基金会官网刊登了题为“越南出席峰会为两国关系提供机会”的文章``: the quoted title is no attendance."""
    evs = events_of("6月9日,加拿大某研究基金会官网上刊登了题为“越南出席七国集团峰会为两国关系提供机会”的文章。")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs


def test_visit_told_as_fang_yue_goes_to_viet_nam_not_to_the_pair_after_it() -> None:
    """``某国总理B访越期间将两国关系提升…``: 访越 names the destination; 两国 after it is not visited."""
    evs = events_of("文章指出,两国领导在2017年11月加拿大总理约翰·布朗访越期间将两国关系提升至全面伙伴关系。")
    visits = [e for e in evs if e["mode"] == "visit"]
    assert visits and all(names(e["target"]) == ["越南"] for e in visits), visits


def test_a_signing_told_by_a_speaker_is_the_signers() -> None:
    """``A表示,今年3月B和C签署了联合声明``: the two who signed, not the speaker who tells it."""
    evs = events_of(
        "5月26日,澳大利亚外长朱莉·布朗表示,今年3月越南政府总理阮春福和澳大利亚总理马尔科姆·特恩布尔签署了联合声明。"
    )
    signs = [(names(e["source"]), names(e["target"])) for e in evs if e["type"] == "AGREE"]
    assert signs == [(["阮春福"], ["马尔科姆·特恩布尔"])], evs


def test_documents_already_signed_are_no_signing() -> None:
    """``在落实包括行动计划在内的已签署的合作文件的基础上``: documents signed before, no signing."""
    evs = events_of(
        "9月14日,甲国外长阮文甲与乙国外长约翰·布朗共同主持首次外长会议。双方一致认为,在积极落实包括行动计划"
        "(2021-2024 年)在内的已签署的合作文件的基础上,两国关系取得进展。"
    )
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_a_signing_a_few_days_before_takes_no_day_of_the_news() -> None:
    """``前几日在X访问越南期间,双方签署了…备忘录。…8月3日举行研讨会``: 前几日, like 日前, gives no day."""
    evs = events_of(
        "前几日在美国国防部长约翰·布朗对越南进行正式访问期间,双方签署了关于搜寻失踪人员的合作备忘录。"
        "值此越美关系正常化26周年之际,8月3日,某研究所举行研讨会。"
    )
    signs = [e for e in evs if e["type"] == "AGREE"]
    assert signs and all(e["date"] is None for e in signs), signs


def test_dialogue_sides_are_the_delegation_heads_named_next() -> None:
    """``第三次甲乙副外长级战略对话在河内举行。越南代表团团长为A。新西兰代表团团长为B。``: the
    heads named in the next sentences take part, not the two countries."""
    evs = events_of(
        "6月2日,第三次越南与新西兰副外长级政治磋商在河内举行。越南代表团团长为外交部副部长阮文甲。"
        "新西兰代表团团长为外交贸易部副部长约翰·布朗(John Brown)。"
    )
    talks = [e for e in evs if e["type"] == "CONSULT"]
    assert talks, evs
    for e in talks:
        assert sorted(names(e["source"]) + names(e["target"])) == sorted(["阮文甲", "约翰·布朗"]), e


def test_a_plan_listed_on_after_a_semicolon_is_still_to_come() -> None:
    """``A将与…进行座谈;造访…组织``: the 将 before the 分号 covers the stop listed after it."""
    evs = events_of(
        "3月11日,越南政府总理阮文甲抵达惠灵顿,开始对新西兰进行正式访问。\n\n"
        "阮文甲将与新西兰各企业领导进行座谈;造访新西兰各科技和教育组织,就合作交换意见。"
    )
    assert not [e for e in evs if any("组织" in p["name"] for p in e["target"])], evs


def test_speaker_telling_that_the_two_countries_signed_is_no_signer() -> None:
    # "A强调,两国已签署《…》": the two countries signed; the expert who tells it is no side of it
    text = (
        "新西兰专家谈越新关系\n\n越通社河内——2026年4月2日,新西兰总理会见越南副总理黎明慨。"
        "惠灵顿维多利亚大学讲师约翰·史密斯博士强调,两国已签署《越新农业合作谅解备忘录》。\n\n"
        "(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "AGREE"]
    assert evs, evs
    names = [p["name"] for e in evs for p in e["source"] + e["target"]]
    assert "约翰·史密斯" not in names and sorted(names) == ["新西兰", "越南"], evs


def test_an_upgrade_a_visit_contributes_to_is_no_agreement() -> None:
    # "为…,进而…将两国关系升格为…作出积极贡献": the upgrade is what the visit helps towards, still ahead
    welcome = "新西兰议会议长约翰·卡特(John Carter)3月4日在首都惠灵顿举行仪式,欢迎越南国会副主席陈青敏和越南国会代表团访新。"
    text = (
        f"越南国会副主席陈青敏与新西兰议会议长举行会谈\n\n{welcome}\n\n越通社惠灵顿——越通社特派记者报道,{welcome}\n\n"
        "欢迎仪式结束后,双方举行会谈。\n\n"
        "新西兰议长认为,陈青敏此访具有重要意义,为巩固和加强越新“全面伙伴”关系,进而在2031年将两国关系升格为战略伙伴关系作出积极贡献。\n\n"
        "约翰·卡特议长认为,2030年越南经济增长率有望达7%。(越通社——VNA)\n越通社\n"
    )
    evs = to_record(extract(text))["events"]
    assert not [e for e in evs if e["type"] == "AGREE"], evs
    assert [e for e in evs if e["type"] == "CONSULT"], evs
