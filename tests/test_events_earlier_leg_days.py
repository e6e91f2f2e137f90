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
