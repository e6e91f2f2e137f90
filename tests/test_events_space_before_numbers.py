"""A space between a Chinese word and the number after it (``于 5月3日``, ``第 140届``, ``建交 45年来``,
as some pages and crawls print them) changes nothing: the days of a trip framed before the
visitor, a name before 从 and its days, a forum's ordinal and the years since relations were set up
are read as they are without the space. Pages written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _events(text: str) -> list[dict]:
    return to_record(extract(text))["events"]


@pytest.mark.parametrize("space", ["", " "])
def test_trip_days_frame_before_the_visitor(space: str) -> None:
    text = (
        "越南国家主席会见肯尼亚议长\n\n越通社内罗毕——越通社特派记者报道,自" + space + "5月2日至4日对肯尼亚进行国事访问期间,"
        "越南国家主席陈明德5月3日会见肯尼亚国民议会议长穆图(Justin Mutu)。(越通社—VNA)\n"
    )
    visits = [e for e in _events(text) if e["mode"] == "visit"]
    assert [(e["source"][0]["name"], e["location"]) for e in visits] == [("陈明德", "肯尼亚")], visits


@pytest.mark.parametrize("space", ["", " "])
def test_name_ends_before_cong_and_spaced_days(space: str) -> None:
    text = "越南领导访问肯尼亚\n\n越通社河内——越共中央总书记阮明德从" + space + "11月3日至5日对肯尼亚进行正式访问。(越通社—VNA)\n"
    visits = [e for e in _events(text) if e["mode"] == "visit"]
    assert [e["source"][0]["name"] for e in visits] == ["阮明德"], visits


@pytest.mark.parametrize("space", ["", " "])
def test_forum_ordinal_after_a_space(space: str) -> None:
    text = (
        "越南国会代表团出席大会\n\n越通社内罗毕——4月5日,越南国会副主席黎明山率领国会代表团出席在肯尼亚首都内罗毕召开的"
        "各国议会联盟第" + space + "140届大会。(越通社—VNA)\n"
    )
    multi = [e for e in _events(text) if e["mode"] == "multilateral"]
    assert multi and multi[0]["target"][0]["name"].replace(" ", "") == "各国议会联盟第140届大会", multi


@pytest.mark.parametrize("space", ["", " "])
def test_years_since_ties_date_the_trip(space: str) -> None:
    text = (
        "越南与孟加拉国加强合作\n\n越通社达卡——越南国家主席陈明德从6月4日至6日对孟加拉国进行国事访问。"
        "孟加拉国总理拉赫曼表示,越南与孟加拉国建交" + space + "45年来两国关系不断发展。(越通社—VNA)\n"
    )
    visits = [e for e in _events(text) if e["mode"] == "visit"]
    assert [e["date"] for e in visits] == ["2018-06-04/2018-06-06"], visits
