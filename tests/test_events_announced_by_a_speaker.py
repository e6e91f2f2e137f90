"""What a speaker announces (``发言人宣布/通报了,总理X将出席…``) is done by the one announced, and a
trip announced is not where the story's other events happen; a guest who came to Viet Nam to
attend a forum (``赴越南出席…论坛的X``) is a visitor, the source of his meeting with the host."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _main(text: str) -> list[dict]:
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _page(body: str) -> str:
    return f"越南外交部举行例行记者会\n\n越通社河内——{body}(越通社-VNA)\n\n越通社\n"


@pytest.mark.parametrize("verb", ["宣布,", "表示,", "通报了", "通报,", "透露,"])
def test_the_one_announced_attends_the_summit(verb: str) -> None:
    events = _main(_page(f"外交部发言人黎氏秋姮{verb}越南政府总理范明政将于10月26日至28日出席在吉隆坡举行的第47届东盟峰会。"))
    attend = [e for e in events if e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["source"]] for e in attend] == [["范明政"]]


def test_a_speaker_who_attends_himself_still_attends() -> None:
    events = _main(_page("越南政府总理范明政表示,很高兴出席在吉隆坡举行的第47届东盟峰会。"))
    assert [[p["name"] for p in e["source"]] for e in events if e["mode"] == "multilateral"] == [["范明政"]]


def test_an_announced_trip_does_not_place_the_story_s_next_meeting() -> None:
    events = _main(
        _page(
            "外交部发言人黎氏秋姮宣布,应柬埔寨首相洪玛奈的邀请,越南政府总理范明政将于8月5日至6日对柬埔寨进行正式访问。"
            "同日,岘港市人民委员会主席黎忠政会见了韩国企业代表团。"
        )
    )
    meeting = next(e for e in events if e["mode"] == "meeting")
    assert meeting["location_country"] != "KHM"


def test_a_guest_come_to_viet_nam_for_a_forum_is_the_visitor() -> None:
    events = _main(
        "越南政府总理会见柬埔寨副首相\n\n越通社河内——3月12日下午,越南政府总理范明政会见赴越南出席2025年东盟未来论坛的"
        "柬埔寨副首相孙占托。(越通社-VNA)\n\n越通社\n"
    )
    meeting = next(e for e in events if e["mode"] == "meeting")
    assert [p["name"] for p in meeting["source"]] == ["孙占托"]


def test_a_trip_still_ahead_does_not_place_the_meetings_that_prepare_it() -> None:
    lead = "9月20日上午,越南政府副总理黎明慨就越南政府代表团即将访问南非的准备工作会见南非驻越南大使马洛伊。"
    events = _main(
        f"黎明慨副总理:进一步加强越南与南非之间的关系\n\n{lead}\n\n越通社河内——{lead}\n\n"
        "黎明慨在会见马洛伊时表示,在访问南非期间,越南政府代表团希望加强两国合作。\n\n(越通社-VNA)\n\n越通社\n"
    )
    meeting = next(e for e in events if e["mode"] == "meeting")
    assert meeting["location_country"] == "VNM"
