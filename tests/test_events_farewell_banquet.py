"""A farewell banquet a host gives for a departing guest (``为即将离任的Y大使举行告别宴会``) is a
banquet like a welcome one: a meeting from the host to the guest."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str) -> list[dict[str, Any]]:
    text = f"越南外交部长会见外国大使\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]


def pair(e: dict[str, Any]) -> tuple[str, str]:
    return e["source"][0]["name"], e["target"][0]["name"]


def test_farewell_banquet_for_a_departing_envoy() -> None:
    evs = events_of("2023年5月4日,越南外交部长陈国鸿为即将结束任期的智利驻越南大使马丁·罗哈斯举行告别宴会。")
    assert [pair(e) for e in evs] == [("陈国鸿", "马丁·罗哈斯")]
    assert evs[0]["mode"] == "meeting" and evs[0]["date"] == "2023-05-04"


def test_send_off_dinner_for_a_visiting_delegation() -> None:
    evs = events_of("2023年5月4日,越南外交部长陈国鸿为挪威外交大臣英格丽·贝格一行举行欢送晚宴。")
    assert [pair(e) for e in evs] == [("陈国鸿", "英格丽·贝格")]
