"""Audit round 4, UN agencies and people-to-people exchanges: each test on a sentence written for it."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def page_events(title: str, lead: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{lead}\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_meetings_listed_after_a_semicolon_keep_the_visit_frame() -> None:
    """``访问越南期间,X开展多项活动,如拜会A;与B举行会谈;会见C。``: every piece of the list happened
    during the visit, not on the day the story is told (the day X left)."""
    lead = "2023年5月9日,某国总统张三已离开河内,圆满结束于5月7日至8日对越南进行的国事访问。"
    body = lead + "访问越南期间,张三开展多项活动,如拜会越共中央总书记阮富仲;与国家主席阮春福举行会谈;会见政府总理范明政。"
    evs = page_events("某国总统圆满结束对越南的国事访问", lead, body)
    dated = {names(e["target"])[0]: e["date"] for e in evs if e["mode"] in {"meeting", "talks"}}
    assert dated == {
        "阮富仲": "2023-05-07/2023-05-08",
        "阮春福": "2023-05-07/2023-05-08",
        "范明政": "2023-05-07/2023-05-08",
    }, evs


def test_praise_for_a_visit_is_no_visit_of_the_one_praising() -> None:
    """``A在会见X时高度评价X在…之际访问越南``: the praise points at the story's visit; A visits nothing."""
    lead = "2023年5月9日,某国总统张三圆满结束于5月7日至8日对越南进行的国事访问。"
    body = lead + "阮富仲在会见张三时高度评价张三在两国建交50周年之际访问越南,认为此访意义重大。"
    evs = page_events("某国总统圆满结束对越南的国事访问", lead, body)
    visits = [e for e in evs if e["mode"] == "visit"]
    assert [names(e["source"]) for e in visits] == [["张三"]], evs


def test_a_sit_down_held_by_two_sides_is_a_meeting() -> None:
    """``A与B举行(了)(工作)座谈``: a meeting of A and B, like 举行工作会谈."""
    lead = "6月3日,甲省人民委员会副主席李四与联合国开发计划署驻越南代表处首席代表王五举行工作座谈。"
    evs = page_events("甲省领导与联合国开发计划署代表举行工作座谈", lead, lead)
    meetings = [e for e in evs if e["type"] == "CONSULT" and e["mode"] == "meeting"]
    assert len(meetings) == 1, evs
    assert sorted(names(meetings[0]["source"]) + names(meetings[0]["target"])) == ["李四", "王五"]
    body = "交接仪式前,越南驻某地总领事赵六与某集团总经理钱七举行了座谈。"
    evs = page_events("越南加强对外合作", body, body)
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["meeting"], evs


def test_a_headline_meeting_told_as_a_video_meeting_is_one_video_meeting() -> None:
    """``A会见B`` in the title, ``A以视频方式会见B`` in the text: one meeting, by video."""
    lead = "2023年3月4日下午,越南外交部长李四以视频方式会见联合国秘书长特使王五。"
    evs = page_events("越南外长李四会见联合国秘书长特使王五", lead, lead)
    assert [(e["type"], e["mode"]) for e in evs] == [("CONSULT", "video")], evs


def test_a_numbered_document_signed_by_one_official_is_no_agreement() -> None:
    """``副部长X于9月23日签署了第1234号文件``: a decree or official letter, one side's own act."""
    body = (
        "因此,联合国儿童基金会对越南卫生部副部长阮氏兰于 9 月 23 日签署了第 1234 号文件(1234/BYT-TE),"
        "要求各省及时采取措施给予高度评价。"
    )
    evs = page_events("联合国儿童基金会欢迎越南颁布有关指南", body, body)
    assert [e for e in evs if e["type"] == "AGREE"] == [], evs


def test_giving_told_by_its_praise_with_no_sum_is_background() -> None:
    """``X许多项目已为越南发展提供巨大援助``: a record praised, no gift told (no year, no sum);
    ``已向越南提供170亿美元的援助资金`` keeps its sum."""
    body = "亚行许多工程和项目已为越南经济社会发展做出重要贡献和提供巨大援助。"
    evs = page_events("越南政府总理会见亚行代表", body, body)
    assert [e for e in evs if e["type"] == "AID"] == [], evs
    body = "亚行已向越南提供170亿美元的援助资金。"
    evs = page_events("越南政府总理会见亚行代表", body, body)
    assert [e["amount"]["value"] for e in evs if e["type"] == "AID"] == [17_000_000_000], evs


def test_joint_events_over_recent_years_are_background() -> None:
    """``近些年来,中国与越南联合举办多个活动``: years of joint events in one breath, none told."""
    body = "谈到此次大会时,某协会副会长王五说:“近些年来,中国与越南联合举办多个活动,如边民大联欢等。”"
    evs = page_events("民间友好组织大会在河内举行", body, body)
    assert [e for e in evs if e["type"] == "COOPERATE"] == [], evs


def test_a_delegation_described_with_the_days_of_its_trip_visits() -> None:
    """``A会见由X为首从10月1日至16日访越的…代表团``: the trip told with its days is a visit, by the
    one met (not the host A)."""
    body = "2019年10月4日,越美协会副会长李四在河内会见由王五(Wang Wu)先生为首从10月1日至16日访越的新西兰某俱乐部友好代表团。"
    evs = page_events("越南加强对外合作", body, body)
    visits = [e for e in evs if e["mode"] == "visit"]
    assert len(visits) == 1, evs
    assert "李四" not in names(visits[0]["source"])
    assert visits[0]["date"] == "2019-10-01/2019-10-16"


def test_vietnamese_leaders_at_a_vietnamese_bodys_congress_attend_no_forum() -> None:
    """``陈一、黎二等出席越南某某协会第三次全国代表大会``: a domestic ceremony; a foreign guest
    attending such a congress still attends it."""
    body = "12月5日上午,越南和平委员会第三次全国代表大会在河内召开。越共中央书记处常务书记陈国旺,政府副总理范平明等出席大会。"
    evs = page_events("越南和平委员会第三次全国代表大会在河内召开", body, body)
    assert [e for e in evs if e["mode"] == "multilateral"] == [], evs
    body = "12月5日上午,老挝国会主席赛宋蓬·丰威汉出席越南祖国阵线第十次全国代表大会。"
    evs = page_events("越南祖国阵线第十次全国代表大会开幕", body, body)
    assert [names(e["source"]) for e in evs if e["mode"] == "multilateral"] == [["赛宋蓬·丰威汉"]], evs


def test_aid_listed_among_efforts_a_speaker_shares_is_no_gift() -> None:
    """``他还分享了越南过去一段时间所做的努力,包括向某国人民提供人道主义援助``: efforts told, no
    gift of its own (no year, no sum)."""
    body = "1月14日下午,越南外交部长李四会见联合国秘书长特使王五。李四还分享了东盟和越南过去一段时间所做的努力,包括向某国人民提供人道主义援助,任命特使等。"
    evs = page_events("越南外长会见联合国特使", body, body)
    assert [e for e in evs if e["type"] == "AID"] == [], evs


def test_bilateral_meetings_held_with_named_offices_are_not_the_pair_told_before() -> None:
    """``与联合国大会主席、各国议会联盟主席等领导人进行双方会晤``: 双方 here is "bilateral", the
    partners are the offices named after 与, not the two people of the photo caption before."""
    title = "越南国会主席圆满结束出席世界议长大会之行"
    lead = "9月11日上午,越南国会主席李四一行已抵达河内,圆满结束出席第五届世界议长大会之行。"
    text = (
        f"{title}\n\n{lead}\n{title} ảnh 1越南国会主席与美国国务卿王五。图自越通社\n\n越通社河内——{lead}\n\n"
        "访问美国期间,李四主席出席了第五届世界议长大会,先后与联合国大会主席、各国议会联盟主席等领导人进行双方会晤。(完)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs and all("王五" not in names(e["source"] + e["target"]) for e in evs), evs


def test_a_body_electing_viet_nam_to_a_seat_supports_it() -> None:
    """``X理事会选举越南担任…执行局成员``: the body's vote for Viet Nam, like ``以N票选举越南为…``."""
    body = "4月9日,联合国经济及社会理事会选举越南担任联合国某机构执行局成员,任期2025-2027年。"
    evs = page_events("越南当选联合国某机构执行局成员", body, body)
    ev = [e for e in evs if e["type"] == "SUPPORT"]
    assert [(names(e["source"]), names(e["target"])) for e in ev] == [(["联合国经济及社会理事会"], ["越南"])], evs


def test_words_said_at_the_talks_take_the_days_of_the_talks() -> None:
    """``在与X举行的会谈上,Y表示…;强调将继续向越南提供支持``: a pledge made at talks held during
    the visit takes the talks' days (through the semicolon too), not the day the story is told."""
    lead = "2023年5月9日,某国总统张三已离开河内,圆满结束于5月7日至8日对越南进行的国事访问。"
    body = (
        lead + "访问越南期间,张三拜会越共中央总书记阮富仲;与国家主席阮春福举行会谈。"
        "在与越南国家主席阮春福举行的会谈上,张三表示相信两国关系将继续发展;强调某国将继续向越南提供500万美元援助。"
    )
    evs = page_events("某国总统圆满结束对越南的国事访问", lead, body)
    aid = [e for e in evs if e["type"] == "AID"]
    assert [e["date"] for e in aid] == ["2023-05-07/2023-05-08"], evs
