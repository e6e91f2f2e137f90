"""A teaser about Viet Nam's own leaders at work in one of its provinces (an inspection, gifts to
families in need) is domestic news: OTHER, like the annotators' domestic ceremonies; a foreign
donor's gift to a province stays AID."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record

PAGE = "越南副总理会见日本大使\n\n越通社河内——2021年5月4日,越南副总理黎明会见日本驻越南大使山田。(越通社——VNA)\n越通社\n\n更多\n\n"


def teaser_events(teaser: str) -> list[dict[str, Any]]:
    return [e for e in to_record(extract(PAGE + teaser + "\n"))["events"] if e["section"] == "related"]


def test_inspection_in_a_home_province_is_other() -> None:
    (ev,) = teaser_events(
        "国会副主席黎文明赴河江省检查防汛工作。图自越通社\n\n国会副主席黎文明赴河江省检查防汛工作\n\n"
        "7月2日上午,越南国会副主席黎文明率领工作代表团赴河江省,就防汛工作进行检查。"
    )
    assert ev["type"] == "OTHER", ev


def test_gifts_to_families_of_a_home_province_are_other() -> None:
    (ev,) = teaser_events(
        "国会主席黎文明向河江省贫困户赠送礼物。图自越通社\n\n国会主席黎文明向河江省贫困户赠送礼物\n\n"
        "1月20日上午,国会主席黎文明看望河江省贫困户,向他们赠送礼物。"
    )
    assert ev["type"] == "OTHER", ev


def test_a_foreign_gift_to_a_province_stays_aid() -> None:
    (ev,) = teaser_events(
        "日本向河江省捐赠医疗设备\n\n7月2日,日本驻越南大使山田向河江省捐赠价值10万美元的医疗设备。"
    )
    assert ev["type"] == "AID", ev


def test_working_session_of_home_party_bodies_is_other() -> None:
    # a Politburo working group meeting the party committees of the assembly: domestic work
    (ev,) = teaser_events(
        "推进机构改革工作\n\n5月6日上午,越共中央政治局第12号工作组在河内与国会党组举行工作会议,讨论机构改革。"
    )
    assert ev["type"] == "OTHER", ev


def test_meeting_with_a_foreign_body_stays_consult() -> None:
    (ev,) = teaser_events("越南外交部与老挝外交部举行会谈\n\n5月6日上午,越南外交部与老挝外交部在河内举行会谈。")
    assert ev["type"] == "CONSULT", ev


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"河内与岘港加强合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_main_article_visit_to_a_home_city_is_no_event() -> None:
    evs = _main_events("2026年4月9日,越共中央政治局委员、河内市委书记黎文明率团对岘港市进行工作访问。")
    assert [e for e in evs if e["mode"] == "visit"] == []


def test_main_article_visit_of_a_foreign_leader_to_a_city_stays() -> None:
    evs = _main_events("2026年4月9日,老挝国会副主席宋迪率团对岘港市进行工作访问。")
    assert [e["source"][0]["name"] for e in evs if e["mode"] == "visit"] == ["宋迪"]
