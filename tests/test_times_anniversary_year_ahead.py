"""An anniversary told with its own year as still ahead (``2026年,两国将庆祝建交…周年``) is not the
page's year: the page is told before it, which bounds the terms of the people named."""

from __future__ import annotations

from dyad import extract, to_record


def test_anniversary_year_ahead_is_no_page_year() -> None:
    body = (
        "3月5日下午,越共中央总书记苏林在河内会见了老挝国家主席通伦·西苏里。\n\n"
        "双方一致认为,两国关系正处在历史最好时期。2026年,两国将庆祝建交64周年。"
    )
    text = f"苏林会见通伦\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] != "2026-03-05", evs


def test_anniversary_year_after_jiang_zai_is_no_page_year() -> None:
    """``两国将在2026年举行纪念建交64周年的活动``: the year after 将在, still ahead."""
    body = (
        "12月5日下午,越共中央总书记苏林在河内会见了老挝国家主席通伦·西苏里。\n\n"
        "双方一致认为,在两国将在2026年举行纪念建交64周年活动的背景下,此访具有重要意义。"
    )
    text = f"苏林会见通伦\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] != "2026-12-05", evs


def test_celebrations_proposed_to_prepare_are_still_ahead() -> None:
    """``…协调配合举办建交50周年庆祝活动等``: a proposal to prepare the jubilee (1973 + 50 = 2023) says
    the talks come before it; the office-holders' terms (a deputy PM until January 2023, a PM
    since October 2021) then give 2022."""
    body = (
        "5月26日,越南政府常务副总理范平明在东京礼节性拜会日本首相岸田文雄。\n\n"
        "范平明建议双方加强投资合作,促进地方合作和人文交流,协调配合举办建交50周年庆祝活动等。"
    )
    text = f"范平明访问日本\n\n{body}\n\n越通社东京——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert evs[0]["date"] == "2022-05-26", evs[0]["date"]


def test_jubilee_to_hold_well_is_still_ahead() -> None:
    """``同意联合举办好两国建交60周年和…签署45周年的纪念活动``: 举办好 is an aim, so the jubilee
    (1962 + 60 = 2022) is still ahead; the year of the page's own figures (2021年前4个月) is the
    meeting's."""
    body = (
        "7月14日上午,越南政府总理范明政在河内会见了正在对越南进行正式访问的老挝国会主席赛宋蓬。\n\n"
        "双方对两国合作成果表示满意。2021年前4个月两国贸易额超过4亿美元。\n\n"
        "两位领导人同意联合举办好两国建交60周年和1977年两国友好条约签署45周年的纪念活动。"
    )
    text = f"范明政会见赛宋蓬\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs, evs
    assert evs[0]["date"] == "2021-07-14", evs[0]["date"]


def test_anniversary_in_a_proposal_is_still_ahead() -> None:
    """``X建议,…;双方在越中建交75周年之际,有效开展…活动``: the jubilee (1950 + 75 = 2025) is the
    occasion of work proposed, still ahead; the office held (梁强 as 中央书记处常务书记, until
    October 2024) gives the meeting's year."""
    body = (
        "9月20日上午,越共中央政治局委员、中央书记处常务书记梁强在中央总部会见了中国驻越南大使何炜。\n\n"
        "梁强建议,双方继续推动高层互访;双方在越中建交75周年之际,有效开展各项人文交流活动。"
    )
    text = f"梁强会见何炜\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert evs, evs
    assert evs[0]["date"] != "2025-09-20", evs[0]["date"]


def test_a_year_of_a_past_act_remembered_is_not_the_story_s() -> None:
    """``古巴人民永远不会忘记越南2021年向古巴捐赠的大米``: the year of a gift remembered is before the
    meeting; with nothing else to tell the year, the meeting's day stays unplaced rather than 2021."""
    body = (
        "6月3日,越南国家主席黎明山在河内会见了古巴驻越南大使罗德里格斯。"
        "罗德里格斯表示,古巴人民永远不会忘记越南2021年向古巴捐赠的大米和疫苗。"
    )
    text = f"越南国家主席会见古巴大使\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs and evs[0]["date"] != "2021-06-03", evs[0]["date"]
