"""Meetings with the envoys and officials of international organisations (World Bank, UN agencies):
who calls on whom, written for the tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def page_events(title: str, body: str, dateline: str = "河内") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def meetings(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == "CONSULT" and e["mode"] == "meeting"]


def test_title_with_a_short_name_yields_to_the_placed_telling() -> None:
    # the title names the guest by his surname only, the text in full and with the place
    evs = page_events(
        "政府副总理黎文安会见亚行副行长史密斯",
        "3月5日,越南政府副总理黎文安在政府总部会见了亚洲开发银行副行长约翰·史密斯(John Smith)。"
        "黎文安感谢亚行的支持。",
    )
    (ev,) = meetings(evs)
    assert names(ev["source"]) == ["约翰·史密斯"] and names(ev["target"]) == ["黎文安"]


def test_agency_official_met_at_home_is_the_guest() -> None:
    # no place in the sentence: the dateline's city is where the host receives the guest
    evs = page_events(
        "岘港市加强卫生合作",
        "岘港市人民委员会主席陈文明9月4日会见了世界卫生组织西太平洋区域办事处主任彼得·琼斯。"
        "双方就卫生合作交换意见。",
        dateline="岘港",
    )
    (ev,) = meetings(evs)
    assert names(ev["source"]) == ["彼得·琼斯"] and names(ev["target"]) == ["陈文明"]



def test_provincial_leader_receives_a_new_ambassador_at_home() -> None:
    evs = page_events(
        "广宁省与新西兰加强合作",
        "广宁省人民委员会主席陈文强11月2日下午会见了新西兰驻越南大使玛丽·布朗。双方同意加强合作。",
        dateline="下龙",
    )
    (ev,) = meetings(evs)
    assert names(ev["source"]) == ["玛丽·布朗"] and names(ev["target"]) == ["陈文强"]


def test_province_leader_with_a_foreign_minister_and_no_place() -> None:
    evs = page_events(
        "芹苴市加强对外合作",
        "芹苴市委书记黎文南11月2日下午会见了老挝外交部副部长通潘·西萨。双方同意加强合作。",
        dateline="芹苴",
    )
    (ev,) = meetings(evs)
    assert names(ev["source"]) == ["通潘·西萨"] and names(ev["target"]) == ["黎文南"]


def test_delegation_leader_named_without_an_office_is_the_visitor() -> None:
    evs = page_events(
        "越南加强与肯尼亚议会合作",
        "应肯尼亚国民议会副议长约瑟夫·卡马乌的邀请,以陈文海为团长的越南国会代表团于2019年4月2日至6日"
        "对肯尼亚进行工作访问。",
    )
    (ev,) = [e for e in evs if e["mode"] == "visit"]
    assert names(ev["source"]) == ["陈文海"] and ev["source"][0]["country"] == "VNM"
    assert names(ev["target"]) == ["约瑟夫·卡马乌"]


def test_tongshi_before_the_donor_joins_no_one() -> None:
    # 同时 (at the same time) is no 同 (with): the donor is the one after 对, not the speaker
    evs = page_events(
        "越南加强与亚行合作",
        "2022年4月8日,黎文安副总理同时对亚行今后三年向越南提供约30亿美元贷款的计划表示欢迎。",
    )
    aid = [e for e in evs if e["type"] == "AID"]
    assert len(aid) == 1 and names(aid[0]["source"]) == ["亚行"] and names(aid[0]["target"]) == ["越南"]


def test_agency_acronym_in_mixed_case_belongs_to_the_office() -> None:
    evs = page_events(
        "越南与教科文组织加强合作",
        "5月6日下午在河内,越南政府副总理黎文安会见了联合国教科文组织(Unesco)驻越南办事处首席代表安娜·李(Anna Lee)。",
    )
    (ev,) = meetings(evs)
    guest = ev["source"][0]
    assert guest["name"] == "安娜·李" and guest["country"] is None
    assert guest["title"] == "联合国教科文组织(Unesco)驻越南办事处首席代表"


def teaser_events(*lines: str) -> list[dict[str, Any]]:
    text = "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(完)\n越通社\n更多\n"
    text += "".join(line + "\n" for line in lines)
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_teaser_ambassador_with_no_posting_calls_on_the_leader() -> None:
    (ev,) = teaser_events("越南国家主席梁强会见智利大使胡安·佩雷斯", "双方同意推动两国合作。")
    assert names(ev["source"]) == ["胡安·佩雷斯"] and names(ev["target"]) == ["梁强"]


def test_expected_programme_of_a_visit_is_no_event_yet() -> None:
    evs = page_events(
        "世卫组织总干事约翰·史密斯访问越南",
        "应越南政府总理的邀请,世界卫生组织总干事约翰·史密斯于2023年6月5日至6日对越南进行正式访问。"
        "预计,在访问期间,约翰·史密斯将出席欢迎仪式;与越南卫生部长阮文安举行会谈;会见政府总理范明政。",
    )
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["visit"]


def test_host_welcoming_a_visit_already_told_does_not_become_its_target() -> None:
    evs = page_events(
        "越南加强与亚行合作",
        "5月8日下午,越南政府副总理黎文安在政府总部会见了正对越南进行工作访问的亚行副行长约翰·史密斯。"
        "黎文安欢迎约翰·史密斯对越南进行访问,感谢亚行的支持。",
    )
    (visit,) = [e for e in evs if e["mode"] == "visit"]
    assert names(visit["source"]) == ["约翰·史密斯"] and names(visit["target"]) == ["越南"]


def test_help_and_signing_a_proposal_asks_for_are_no_events() -> None:
    evs = page_events(
        "越南加强与亚行合作",
        "2021年7月2日下午,越南政府副总理黎文安在河内会见了亚行副行长约翰·史密斯。"
        "约翰·史密斯对协助越南获得清洁能源技术;推动与各伙伴签署的合同尽早落实等的建议表示赞成。",
    )
    assert [e["type"] for e in evs] == ["CONSULT"]


def test_national_day_reception_abroad_with_a_guest_is_support() -> None:
    evs = page_events(
        "越南驻外使馆举行国庆80周年庆祝活动",
        "9月1日晚,越南驻秘鲁大使馆在利马隆重举行越南社会主义共和国国庆80周年招待会。"
        "秘鲁外交部副部长胡安·加西亚出席招待会。",
        dateline="利马",
    )
    (ev,) = [e for e in evs if e["section"] == "main"]
    assert ev["type"] == "SUPPORT" and names(ev["source"]) == ["越南驻秘鲁大使馆"]
    assert names(ev["target"]) == ["胡安·加西亚"]


def test_title_attendance_and_the_delegation_head_with_a_bracketed_forum_name_are_one() -> None:
    evs = page_events(
        "越南出席国际劳工组织大会第111届会议",
        "国际劳工组织(劳工组织)大会第111届会议于2023年6月5日至16日在日内瓦举行。"
        "越南驻日内瓦代表团团长黎氏雪梅大使率团出席会议。",
        dateline="日内瓦",
    )
    attended = [e for e in evs if e["mode"] == "multilateral"]
    assert len(attended) == 1 and names(attended[0]["source"]) == ["黎氏雪梅"], attended


def test_the_one_thanked_for_aid_with_a_sum_is_the_donor() -> None:
    evs = page_events(
        "越南加强与联合国开发计划署合作",
        "2023年10月4日,越南政府副总理黎文安感谢联合国开发计划署已动员紧急援助资源(约200万美元),及时援助越南人民恢复生产。",
    )
    (aid,) = [e for e in evs if e["type"] == "AID"]
    assert names(aid["source"]) == ["联合国开发计划署"] and names(aid["target"]) == ["越南"]


def test_guests_who_jointly_attend_an_embassy_reception_are_its_guests() -> None:
    evs = page_events(
        "越南驻外使馆举行国庆活动",
        "越南驻马来西亚大使馆9月2日举行招待会,庆祝越南国庆节80周年。马来西亚副总理阿末·扎希德"
        "(Ahmad Zahid)、外交部副部长林嘉明(Lim Ka Ming)、诸多外国使团代表和500多名旅居马来西亚越南人代表共同参加招待会。",
        dateline="吉隆坡",
    )
    assert [e["type"] for e in evs] == ["SUPPORT"], evs
    assert names(evs[0]["source"]) == ["越南驻马来西亚大使馆"] and names(evs[0]["target"]) == ["阿末·扎希德"]


def test_delegation_named_with_a_term_of_years_has_its_leader() -> None:
    evs = page_events(
        "岘港市领导会见越南新任驻外使节",
        "岘港市人民委员会主席黎中征会见了由越南驻日本大使范光孝为首的2023-2026年任期越南驻外使节代表团。",
        dateline="岘港",
    )
    (ev,) = meetings(evs)
    assert names(ev["target"]) == ["范光孝"], ev


def test_body_whose_seat_is_the_venue_does_not_give_the_aid() -> None:
    evs = page_events(
        "越南向联合国人口基金捐款",
        "2021年5月6日,越南外交部副部长黎文安在外交部总部向联合国人口基金驻越代表移交了3万美元援助资金。",
    )
    (aid,) = [e for e in evs if e["type"] == "AID"]
    assert names(aid["source"]) == ["黎文安"], aid


def test_anniversary_reception_called_a_cocktail_is_a_reception() -> None:
    evs = page_events(
        "越南驻外使馆举行国庆活动",
        "9月1日,越南驻坦桑尼亚大使馆隆重举行庆祝越南国庆80周年招待酒会。坦桑尼亚外交部长约翰·基加出席。",
        dateline="达累斯萨拉姆",
    )
    (ev,) = evs
    assert ev["type"] == "SUPPORT" and names(ev["target"]) == ["约翰·基加"], ev
