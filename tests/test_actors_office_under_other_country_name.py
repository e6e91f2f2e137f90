"""A leader named with his office under one name of his country (``印度尼西亚总统X``) is the one the
office told alone under another name of it means (``印尼总统还会见了…``); and one who receives after a
passive's 获 (``…出席…会议的首位领导人获印尼总统会见``) is no attendee of the forum."""

from __future__ import annotations

from dyad import extract, to_record


def _events(body: str) -> list[dict]:
    text = f"印尼总统会见越南领导人\n\n越通社雅加达——{body}(越通社-VNA)\n越通社\n"
    return to_record(extract(text))["events"]


def test_office_under_the_short_country_name_is_the_holder() -> None:
    evs = _events("3月5日上午,印度尼西亚总统巴尤·苏萨诺在雅加达会见越南政府总理陈明。同日下午,印尼总统还会见了越南国会主席黎强。")
    second = [e for e in evs if "黎强" in [p["name"] for p in e["source"] + e["target"]]]
    assert second, evs
    assert "巴尤·苏萨诺" in [p["name"] for p in second[0]["source"] + second[0]["target"]], second


def test_the_one_who_receives_after_huo_is_no_attendee() -> None:
    evs = _events(
        "印度尼西亚总统巴尤·苏萨诺3月5日在总统府与越南政府总理陈明举行会谈。"
        "陈明是赴印尼出席东盟峰会的首位领导人获印度尼西亚总统会见。"
    )
    forum = [e for e in evs if e["mode"] == "multilateral"]
    assert all("巴尤·苏萨诺" not in [p["name"] for p in e["source"]] for e in forum), forum
