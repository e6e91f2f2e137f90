"""The country after 对 in ``对X进行…访问`` is where the visit goes, never a visitor (a title told
by office alone, ``越南国家主席对日本进行国事访问``, is the lead's visit); a visit talked about as a
question (``就…对越南进行访问这一问题交换看法``) is no visit."""

from __future__ import annotations

from dyad import extract, to_record
from test_events import visits_of

_visits = visits_of


def test_a_title_told_by_office_is_the_lead_s_visit() -> None:
    page = (
        "越南国家主席对韩国进行国事访问\n\n越通社首尔——8月10日,应韩国总统李在明邀请,越南国家主席梁强抵达首尔,"
        "开始对韩国进行国事访问。\n\n(越通社-VNA)\n\n越通社\n"
    )
    assert _visits(page) == [(["梁强"], ["李在明"])]


def test_a_visit_talked_about_as_a_question_is_no_visit() -> None:
    page = (
        "越南国防部长会见美国国防部长\n\n越通社河内——2018年1月25日,越南国防部长吴春历会见美国国防部长詹姆斯·马蒂斯。"
        "双方还就美国海军舰艇对越南进行访问这一问题交换看法。\n\n(越通社-VNA)\n\n越通社\n"
    )
    assert _visits(page) == []


def test_meeting_the_missions_of_countries_unnamed_is_no_event() -> None:
    page = (
        "标题新闻\n\n越通社纽约——2019年6月5日,越南常驻联合国代表团团长邓廷贵会见联合国秘书长古特雷斯。"
        "越南代表团开展了多项竞选活动,包括会见上述国家常驻联合国代表团。\n\n(越通社-VNA)\n\n越通社\n"
    )
    meetings = [e for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]
    assert [[p["name"] for p in e["target"]] for e in meetings] == [["古特雷斯"]]


def test_the_body_missions_are_posted_to_is_not_the_side_met() -> None:
    page = (
        "标题新闻\n\n越通社纽约——2019年6月5日,越南常驻联合国代表团团长邓廷贵会见联合国秘书长古特雷斯。"
        "越南代表团还会见了各国常驻联合国代表团。\n\n(越通社-VNA)\n\n越通社\n"
    )
    meetings = [e for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]
    assert [[p["name"] for p in e["target"]] for e in meetings] == [["古特雷斯"]]


def test_a_guest_come_to_visit_is_not_visiting_his_own_ministry() -> None:
    """``会见前来访问的日本国土交通省大臣X``: 来访 inside 前来访问 is no trigger of its own, so the
    visitor's ministry after 的 is never taken for the place he visits."""
    page = (
        "副总理会见日本客人\n\n越通社河内——12月25日,越南政府副总理黎文成在河内会见前来访问的日本国土交通省大臣"
        "山田太郎(Taro Yamada)。\n\n(越通社-VNA)\n\n越通社\n"
    )
    targets = [t for _s, t in _visits(page)]
    assert ["日本国土交通省"] not in targets, targets


def test_what_a_visit_is_for_names_no_host() -> None:
    """``…对波兰进行正式访问旨在…推动越波两国国会间…合作``: the parliaments the purpose names are
    not the side visited; the visit told again is the lead's visit to Poland."""
    page = (
        "国会主席出访\n\n越通社河内——5月8日,越南国会主席王明启程对波兰进行正式访问。王明主席首次对波兰进行"
        "正式访问旨在加强越南与波兰的合作以及继续推动越波两国国会间各项合作协议落地实施。\n\n(越通社-VNA)\n\n越通社\n"
    )
    assert _visits(page) == [(["王明"], ["波兰"])]


def test_a_dui_before_a_comma_names_no_destination() -> None:
    """``对美国的举动表示欢迎,其中包括…副总统X访问印尼``: the 对 heads another phrase, so the visit
    goes to Indonesia, not to the United States."""
    page = (
        "东盟与美国\n\n越通社河内——东盟各国对美国的举动表示欢迎,其中包括美国副总统彭斯访问印尼并会见东盟秘书长等。"
        "\n\n(越通社-VNA)\n\n越通社\n"
    )
    assert _visits(page) == [(["彭斯"], ["印尼"])]


def test_a_past_visit_framed_with_its_year_is_not_hosted_by_the_article_s_inviter() -> None:
    """``2013年1月21日,…在X对意大利进行国事访问期间建立…``: the dated past visit goes to Italy, not
    to the president who invited the article's own visit."""
    page = (
        "越南国家主席抵达罗马\n\n越通社罗马——应意大利总统马塔雷拉的邀请,越南国家主席陈大光于11月21日至24日对意大利进行"
        "国事访问。2013年1月21日,越意两国在越共中央总书记阮富仲对意大利进行国事访问期间建立战略伙伴关系。"
        "\n\n(越通社-VNA)\n\n越通社\n"
    )
    assert sorted(_visits(page)) == [(["阮富仲"], ["意大利"]), (["陈大光"], ["马塔雷拉"])]


def test_a_visit_to_that_country_goes_to_the_inviter_s() -> None:
    """``应老挝国家主席X的邀请,…对该国进行国事访问``: 该国 is the inviter's country, so the visit and the
    meeting framed by it (``在应…邀请对该国进行正式访问期间,…会见了Y``) are placed there, not in the
    dateline's city."""
    page = (
        "越南领导人出访\n\n越通社河内——应老挝国家主席通伦的邀请,越南国家主席黎明山于5月3日至5日对该国进行国事访问。"
        "在应老挝外长沙伦赛的邀请对该国进行正式访问期间,5月4日,越南外交部部长阮文甲会见了老挝国会主席赛宋蓬。"
        "\n\n(越通社-VNA)\n\n越通社\n"
    )
    places = {e["mode"]: e["location"] for e in to_record(extract(page))["events"] if e["section"] == "main"}
    assert places.get("visit") == "老挝" and places.get("meeting") == "老挝", places
