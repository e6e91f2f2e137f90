"""A teaser's one headline event, its sides read as in a main article: talks held at home are
the guest's; a person is never on both sides; a title's second headline after a space is no
object of its first verb; a trip whose preparations are talked of is the topic of the meeting."""

from __future__ import annotations

from dyad import extract, to_record

HOST = (
    "越南与新西兰举行政治磋商\n\n越通社河内——2024年5月6日,越南外交部副部长阮明武与新西兰外交贸易部副秘书长"
    "在河内举行第五次政治磋商。\n\n双方同意加强合作。\n\n越通社\n\n更多\n\n"
)


def _teaser(title: str, summary: str) -> dict:
    page = HOST + f"{title} 图自越通社\n\n{title}\n\n{summary}\n"
    related = [e for e in to_record(extract(page))["events"] if e["section"] == "related"]
    assert len(related) == 1, related
    return related[0]


def _names(side: list[dict]) -> set[str]:
    return {p["name"] for p in side}


def test_talks_held_at_home_are_the_guests() -> None:
    ev = _teaser(
        "越南外交部长阮文安与泰国外交部长颂猜·汶巴举行会谈",
        "越南外交部长阮文安9月11日在河内与泰国外交部长颂猜·汶巴举行会谈。双方就双边关系交换了意见。",
    )
    assert (ev["type"], ev["mode"]) == ("CONSULT", "talks"), ev
    assert _names(ev["source"]) == {"颂猜·汶巴"}, ev
    assert _names(ev["target"]) == {"阮文安"}, ev


def test_talks_held_abroad_keep_the_traveller_first() -> None:
    ev = _teaser(
        "越南外交部长阮文安与泰国外交部长颂猜·汶巴举行会谈",
        "9月11日,越南外交部长阮文安在曼谷与泰国外交部长颂猜·汶巴举行会谈。",
    )
    assert _names(ev["source"]) == {"阮文安"}, ev


def test_the_host_is_not_pooled_among_the_visitors() -> None:
    ev = _teaser(
        "越南国会副主席黎明海会见中国全国人大外事委员会代表团",
        "3月7日下午,越南国会副主席黎明海在国会大厦会见了由中国全国人大外事委员会副主任委员王建明率领"
        "正在对越南进行工作访问的中国全国人大外事委员会代表团。",
    )
    assert _names(ev["source"]) == {"王建明"}, ev
    assert _names(ev["target"]) == {"黎明海"}, ev


def test_a_titles_second_headline_is_no_destination() -> None:
    ev = _teaser(
        "阮文安将赴智利访问 多方面加强两国合作关系",
        "应智利总统的邀请,越南国家主席阮文安和夫人将于2018年3月4日至6日对智利进行国事访问。",
    )
    assert ev["mode"] == "visit", ev
    assert _names(ev["target"]) == {"智利"}, ev


def test_preparations_of_a_trip_are_the_topic_of_the_meeting() -> None:
    ev = _teaser(
        "武德儋副总理:进一步加强越南与智利和秘鲁之间的关系",
        "9月20日上午,越南政府副总理武德儋就越南政府代表团即将访问智利和秘鲁的准备工作和推动双方关系的发展"
        "分别会见智利和秘鲁驻越南大使。",
    )
    assert (ev["type"], ev["mode"]) == ("CONSULT", "meeting"), ev
    assert _names(ev["source"]) == {"智利", "秘鲁"}, ev
    assert _names(ev["target"]) == {"武德儋"}, ev


def test_preparations_in_a_main_article_make_no_visit() -> None:
    page = (
        "武德儋会见智利驻越南大使\n\n越通社河内——9月20日上午,越南政府副总理武德儋就越南政府代表团即将访问"
        "智利的准备工作会见智利驻越南大使。\n\n越通社\n"
    )
    events = to_record(extract(page))["events"]
    assert not [e for e in events if e["mode"] == "visit"], events
    assert [e for e in events if e["mode"] == "meeting"], events


def test_a_meeting_recalled_without_a_time_is_not_coded() -> None:
    page = (
        "越南驻泰国大使会见东盟官员\n\n越通社曼谷——5月4日,越南驻泰国大使阮文平会见了东盟副秘书长李建文。"
        "会见中,李建文回顾了赴越南考察越南各项前期准备工作时,曾与陈文清大将会面的情景。\n\n越通社\n"
    )
    events = to_record(extract(page))["events"]
    assert [e for e in events if e["mode"] == "meeting" and {"阮文平"} <= _names(e["source"] + e["target"])], events
    assert not [e for e in events if "陈文清" in _names(e["source"] + e["target"])], events


def test_a_bare_visit_after_fu_goes_to_the_place_between() -> None:
    ev = _teaser("阮文安将赴智利访问", "越南国家主席阮文安表示,两国合作潜力巨大。")
    assert (ev["type"], ev["mode"]) == ("CONSULT", "visit"), ev
    assert _names(ev["target"]) == {"智利"}, ev


def test_a_delegation_is_not_led_by_another_teasers_leader() -> None:
    items = [
        ("越南与智利加强民族工作合作", "越共中央委员、国会民族委员会主任杨文山率领民族委员会代表团从8月22日至29日对智利进行工作访问。"),
        (
            "武德儋副总理:进一步加强越南与智利和秘鲁之间的关系",
            "9月20日上午,越南政府副总理武德儋就越南政府代表团即将访问智利和秘鲁的准备工作分别会见智利和秘鲁驻越南大使。",
        ),
    ]
    page = HOST + "\n\n".join(f"{t} 图自越通社\n\n{t}\n\n{s}" for t, s in items) + "\n"
    related = [e for e in to_record(extract(page))["events"] if e["section"] == "related"]
    second = [e for e in related if e["teaser"] == 1]
    assert len(second) == 1, related
    assert _names(second[0]["target"]) == {"武德儋"}, second


def test_news_of_a_visit_goes_to_the_country_visited() -> None:
    ev = _teaser(
        "日本媒体:高桥一郎此次访问越南“极为重要”",
        "据越通社驻东京记者报道,4月28日,日本媒体继续报道日本首相高桥一郎访问越南的消息。",
    )
    assert ev["mode"] == "visit", ev
    assert _names(ev["target"]) == {"越南"}, ev


def test_a_local_leader_at_home_is_called_on() -> None:
    ev = _teaser(
        "胡志明市与中国广东省深化各领域的合作关系",
        "胡志明市人民委员会副主席阮文平9月8日会见了由中国广东省人大常委会副主任王建明为首的广东省代表团。",
    )
    assert (ev["type"], ev["mode"]) == ("CONSULT", "meeting"), ev
    assert _names(ev["source"]) == {"王建明"}, ev
    assert _names(ev["target"]) == {"阮文平"}, ev


def test_a_group_the_title_names_gives_way_to_its_members() -> None:
    ev = _teaser(
        "APEC:阮文安主席在岘港会见多个经济体领导人",
        "11月10日至11日,在岘港市出席亚太经合组织(APEC)领导人非正式会议期间,越南国家主席阮文安分别会见了"
        "智利、新西兰和秘鲁等经济体领导人。",
    )
    assert _names(ev["source"]) == {"智利", "新西兰", "秘鲁"}, ev


def test_an_envoys_trip_to_hand_over_a_gift_is_the_gift_in_a_teaser_too() -> None:
    ev = _teaser(
        "旅居老挝越南人帮助沙湾拿吉省人民开展灾后重建工作",
        "10月26日下午,由越南驻老挝大使阮文平率领的越南驻老挝大使馆和旅居老挝越南人协会的代表团前往老挝劳动与"
        "社会福利部总部移交由旅居老挝越南人社群筹集的捐款。",
    )
    assert ev["type"] == "AID", ev
    assert _names(ev["source"]) == {"阮文平"}, ev


def test_new_envoys_met_are_their_countries_not_the_group_or_the_host_country() -> None:
    ev = _teaser(
        "越南国家主席会见三国新任驻越大使",
        "8月27日在河内主席府,越南国家主席阮文平会见了前来递交国书的智利、秘鲁、古巴等三国新任驻越大使。",
    )
    assert _names(ev["source"]) == {"智利", "秘鲁", "古巴"}, ev
    assert _names(ev["target"]) == {"阮文平"}, ev


def test_a_local_leader_who_calls_on_a_foreign_leader_is_the_caller() -> None:
    # the local host rule (a province's leader meets his foreign guest at home) gives way to a
    # verb that names the caller: 拜访 / 拜会, whatever the title's 会见 says
    ev = _teaser(
        "老挝领导会见越南平阳省代表团",
        "平阳省委书记阮文利3月4日下午礼节性拜访老挝国家主席西苏里和政府总理宋赛。",
    )
    assert _names(ev["source"]) == {"阮文利"}, ev
    assert _names(ev["target"]) == {"西苏里", "宋赛"}, ev


def test_a_local_leader_who_receives_a_foreign_guest_is_still_the_host() -> None:
    ev = _teaser(
        "平阳省领导会见老挝客人",
        "平阳省委书记阮文利3月4日下午会见了老挝琅南塔省省长坎潘。",
    )
    assert _names(ev["source"]) == {"坎潘"}, ev


def test_a_delegation_received_by_a_host_is_the_teasers_visitor() -> None:
    # "A接见了由B率领的…代表团": the delegation received came to A, as in a main article,
    # though the teaser names no place
    ev = _teaser(
        "黎文勇会见中国国防大学代表团",
        "10月24日下午,越南人民军总政治局副主任黎文勇中将接见了由中国人民解放军国防大学副政委王建中将"
        "率领的中国国防大学代表团。",
    )
    assert _names(ev["source"]) == {"王建"}, ev
    assert _names(ev["target"]) == {"黎文勇"}, ev


def test_one_embassy_under_two_posts_is_one_side() -> None:
    # the title's 驻越大使馆 and the summary's 驻河内大使馆 are one embassy, not two sides visited
    ev = _teaser(
        "越南国会副主席黎文海前往智利驻越大使馆吊唁遇难者",
        "越南国会副主席黎文海2024年3月26日上午前往智利驻河内大使馆吊唁地震遇难者,并在吊唁簿上留言。",
    )
    assert len(ev["target"]) == 1, ev


def test_embassies_posted_to_two_countries_stay_two() -> None:
    from dyad.extraction.events import _same_embassy

    assert _same_embassy("智利驻越大使馆", "智利驻越南大使馆")
    assert not _same_embassy("智利驻越大使馆", "智利驻老挝大使馆")
    assert not _same_embassy("智利驻河内大使馆", "智利驻胡志明市大使馆")
    assert not _same_embassy("智利驻越大使馆", "秘鲁驻越大使馆")


def test_a_host_pooled_beside_his_visitor_moves_to_the_side_of_his_country() -> None:
    # the title's talks (A with "the Cuban leaders") pooled with the summary's visit (B invited by
    # the Vietnamese party): A stands for his own side, B the visitor is the source
    ev = _teaser(
        "越共中央总书记陈文明与古巴领导举行会谈",
        "应越南共产党和越南国家领导的邀请,古巴共产党中央委员会第一书记、国务委员会主席何塞·马丁内斯"
        "从7月7日至9日对越南进行正式访问。",
    )
    assert _names(ev["source"]) == {"何塞·马丁内斯"}, ev
    assert _names(ev["target"]) == {"陈文明"}, ev
