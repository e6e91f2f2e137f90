"""A lead sentence told again in the body after the visit it belongs to: the body's telling, read with
the trip before it, places the event at the trip's destination, not at the dateline city. Sentences
written for these tests."""

from __future__ import annotations

from dyad import extract, to_record


def test_meeting_of_the_lead_retold_after_the_trip_is_at_the_destination_not_the_dateline() -> None:
    meeting = "10月5日,在国会大厦举行欢迎仪式后,黎明溪与威尔逊共同主持越南与新西兰第二次部长级会议。"
    text = (
        "越南与新西兰深化合作\n\n"
        f"{meeting}\n"
        "越通社河内——应新西兰贸易部长威尔逊的邀请,越南工贸部长黎明溪于10月4日至6日对新西兰进行正式访问。\n\n"
        f"{meeting}\n\n"
        "双方讨论了贸易合作。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] != "visit"]
    assert evs and all(e["location"] == "新西兰" for e in evs), evs


def test_trip_frame_after_the_travelling_reporter_places_the_meeting_abroad_not_at_the_dateline() -> None:
    # "越通社特派记者报道," before "在对X进行正式访问期间,": the trip still frames the story
    body = "越通社特派记者报道,在对新西兰进行正式访问期间,3月9日,越南国会副主席阮德海会见了新西兰贸易部长托德·麦克莱。"
    text = f"阮德海会见新西兰贸易部长\n\n越通社河内——{body}\n\n双方讨论了贸易合作。(越通社——VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "meeting"]
    assert evs and evs[0]["location"] == "新西兰", evs


def test_a_trip_framed_by_a_one_character_country_places_the_talks_there_not_at_the_correspondents_post() -> None:
    # "报道称,访越期间,…举行会谈": the press review is told from Seoul, the talks were in Viet Nam
    text = (
        "韩国媒体关注越韩合作\n\n越通社河内——据越通社驻韩国记者报道,韩国媒体5月8日报道了该国总理的访问。\n\n"
        "报道称,访越期间,7日,韩国总理韩明洙与越南政府总理范文同举行会谈。\n\n(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "talks"]
    assert evs and evs[0]["location"] == "越南", evs
