"""A date-less message right after a sentence that writes its full day goes on telling that day."""

from __future__ import annotations

from test_events import events_of, names


def _dates(evs: list[dict]) -> dict[str, str | None]:
    return {names(e["source"])[0]: e["date"] for e in evs}


def test_a_message_after_a_dated_message_keeps_its_day() -> None:
    evs = events_of(
        "越南政府副总理黎明2023年6月15日率越南政府代表团前往法国驻河内大使馆吊唁火灾遇难者。"
        "\n\n当地时间6月11日,法国巴黎一栋大楼发生火灾。\n\n"
        "越南国家主席武文赏2023年6月12日向法国总统埃马纽埃尔·马克龙致慰问电。越南政府总理范明政向法国总理伊丽莎白·博尔内致慰问电。",
        "越南政府副总理黎明到法国驻越大使馆吊唁",
    )
    dates = _dates(evs)
    assert dates["武文赏"] == "2023-06-12" and dates["范明政"] == "2023-06-12", evs


def test_a_history_day_of_another_year_lends_nothing() -> None:
    evs = events_of(
        "2023年2月26日,越南政府总理范明政向澳大利亚总理安东尼·阿尔巴尼斯致贺电,庆祝两国建交50周年。"
        "两国于1973年2月26日建交。越南国会主席王廷惠也向澳大利亚众议院议长米尔顿·迪克致贺电。",
    )
    assert _dates(evs).get("王廷惠") != "1973-02-26", evs


def test_a_message_after_a_day_written_without_its_year_keeps_that_day() -> None:
    # the year of "9月7日" is read from the page; the sentence after it still tells that day
    evs = events_of(
        "越南政府副总理黎明2022年9月10日率越南政府代表团前往新西兰驻河内大使馆吊唁地震遇难者。"
        "\n\n当地时间9月6日,新西兰南岛发生强烈地震。\n\n"
        "越南国家主席阮春福9月7日向新西兰总督辛迪·基罗致慰问电。越南政府总理范明政向新西兰总理杰辛达·阿德恩致慰问电。",
        "越南政府副总理黎明到新西兰驻越大使馆吊唁",
    )
    dates = _dates(evs)
    assert dates["阮春福"] == "2022-09-07" and dates["范明政"] == "2022-09-07", evs
