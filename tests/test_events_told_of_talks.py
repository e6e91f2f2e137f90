"""``A向B通报/通知了他与C举行会谈的结果``: B hears of talks A held with C; B is no side of them, and a
transliterated name ends before 通知 as before 通报."""

from __future__ import annotations

from test_events import events_of, names


def _talks(verb: str) -> dict:
    evs = events_of(
        f"2021年3月2日,越南公安部长陈甲会见老挝总理坎平·赛宋蓬。陈甲向坎平·赛宋蓬{verb}了他与老挝公安部长吴乙举行会谈的结果。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    return talks[0]


def test_the_one_told_of_talks_is_no_side_of_them() -> None:
    ev = _talks("通报")
    assert names(ev["source"]) == ["陈甲"], ev
    assert names(ev["target"]) == ["吴乙"], ev


def test_a_transliterated_name_ends_before_tongzhi() -> None:
    ev = _talks("通知")
    assert names(ev["source"]) == ["陈甲"], ev


def test_reported_talks_with_office_and_no_pronoun() -> None:
    """``陈甲总理向X总统汇报了与Y进行会谈的结果``: the teller held the talks, X only hears of them."""
    evs = events_of(
        "2012年10月3日,越南政府总理陈甲会见哈萨克斯坦总统阿利耶夫。陈甲总理向阿利耶夫总统汇报了与哈萨克斯坦总理马西莫夫进行会谈的结果。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert names(talks[0]["source"]) == ["陈甲"] and names(talks[0]["target"]) == ["马西莫夫"], talks


def test_reported_talks_held_by_the_tellers_delegation() -> None:
    """``会见时,陈甲同志向X主席汇报了越南友好委员会代表团同Z举行会谈的结果``: the teller's delegation
    held the talks; X, who hears of them, is no side of them."""
    evs = events_of(
        "2014年5月6日下午,柬埔寨参议院主席韩森会见了由越南友好委员会主席陈甲率领的越南友好委员会代表团。"
        "会见时,陈甲同志向柬埔寨参议院主席韩森汇报了越南友好委员会代表团同柬埔寨友好协会举行会谈的结果。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    assert len(talks) == 1, evs
    assert "韩森" not in names(talks[0]["source"]) + names(talks[0]["target"]), talks
