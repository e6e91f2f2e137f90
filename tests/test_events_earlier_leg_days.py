"""A trip's next leg told right after the days of the leg it follows. Sentences written for the tests."""

from __future__ import annotations

from test_events import events_of


def test_the_next_leg_does_not_take_the_days_of_the_leg_it_ends() -> None:
    evs = events_of(
        "在结束于2031年5月11日至13日对捷克进行正式访问后,越南国家主席黎明山偕夫人已启程访问波兰。"
        "黎明山是应波兰总统马雷克·诺瓦克的邀请,于5月13日至16日对波兰进行国事访问。"
    )
    to_poland = [e for e in evs if e["mode"] == "visit" and e["location_country"] == "POL"]
    assert to_poland, evs
    assert all(e["date"] != "2031-05-11/2031-05-13" for e in to_poland), to_poland
    assert any(e["date"] == "2031-05-13/2031-05-16" for e in to_poland), to_poland


def test_acts_of_a_trip_told_after_the_home_coming_do_not_take_its_day() -> None:
    evs = events_of(
        "2031年3月9日上午,越南政府总理黎明山一行已抵达河内,圆满结束对巴西进行的正式访问。"
        "在巴西首都巴西利亚,黎明山同巴西总统卡洛斯·门德斯举行会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert talks, evs
    assert all(e["date"] != "2031-03-09" for e in talks), talks


def test_an_earlier_leg_told_after_the_story_day_does_not_borrow_it() -> None:
    evs = events_of(
        "日本首相山田太郎于2031年4月12日已抵达泰国,开始对该国进行访问。"
        "访问泰国之前,日本首相山田太郎对越南进行正式访问。"
        "访越期间,山田太郎与越南政府总理黎明山举行会谈。"
    )
    in_vietnam = [e for e in evs if e["location_country"] == "VNM" and e["mode"] in {"visit", "talks"}]
    assert len(in_vietnam) == 2, evs
    assert all(e["date"] != "2031-04-12" for e in in_vietnam), in_vietnam
