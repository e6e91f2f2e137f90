"""A planned visit whose days stand in a clause of their own before the subject (``应X的邀请,8月10日
至13日,Y将对中国进行国事访问``) is dated by them and kept; a day told before another act's verb
(``A拜访了即将访问越南的B``) is still no time of the plan."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"大使谈访问意义\n\n越通社北京——老挝驻中国大使接受越通社记者的采访。\n\n{body}\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_the_plan_days_set_off_before_the_subject_date_it() -> None:
    evs = _visits(
        "关于此访的意义,大使表示,应中共中央总书记习近平的邀请,2019年8月10日至13日,"
        "老挝国家主席通伦·西苏里将对中国进行国事访问。"
    )
    assert [e["date"] for e in evs] == ["2019-08-10/2019-08-13"], evs


def test_a_day_before_another_verb_does_not_date_the_plan() -> None:
    evs = _visits("2019年8月5日,老挝外长沙伦赛拜会了即将对老挝进行正式访问的中国国务委员王毅。")
    assert not any(e["source"] and e["source"][0]["name"] == "王毅" for e in evs), evs
