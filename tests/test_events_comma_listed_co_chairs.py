"""``A国部长X大将,B国部长Y上将在…共同主持…``: two co-chairs listed with a comma (a rank after the
first name) are the two sides of the joint event, as with ``X与Y``; a speaker's comma is no list."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def joint(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["type"] == "CONSULT"]


def names(evs: list[dict[str, Any]]) -> list[set[str]]:
    return [{p["name"] for p in e["source"] + e["target"]} for e in evs]


def test_comma_listed_co_chairs_with_ranks() -> None:
    evs = joint("5月6日,越南公安部长陈文丙大将,老挝公安部长王五中将在越南河江省共同主持边境友好交流活动。")
    assert names(evs) == [{"陈文丙", "王五"}], evs


def test_comma_listed_co_chairs_without_ranks() -> None:
    evs = joint("5月6日,越南公安部长陈文丙,老挝公安部长王五在越南河江省共同主持边境友好交流活动。")
    assert names(evs) == [{"陈文丙", "王五"}], evs


def test_speaker_before_a_comma_is_no_co_chair() -> None:
    evs = joint("5月6日,越南公安部长陈文丙表示,老挝公安部长王五将在越南河江省共同主持边境友好交流活动。")
    assert all("陈文丙" not in n for n in names(evs)), evs
