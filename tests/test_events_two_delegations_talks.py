"""``两国代表团举行了会谈``: the two delegations hold talks, led by the two sides named last, as
``两国部长`` or ``双方代表团`` do."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def talks(body: str) -> list[dict[str, Any]]:
    page = "测试标题\n\n越通社河内——" + body + "(越通社——VNA)\n"
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "talks"]


def test_two_delegations_hold_talks() -> None:
    evs = talks("2021年5月6日,越南公安部长陈文丙会见了中国公安部长王五。随后,两国代表团在会议中心举行了会谈。")
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in evs] == [
        (["陈文丙"], ["王五"])
    ], evs


def test_two_ministries_delegations_hold_talks() -> None:
    evs = talks("2021年5月6日,越南公安部长陈文丙会见了中国公安部长王五。随后,两国公安部代表团举行了会谈。")
    assert len(evs) == 1, evs


def test_members_of_the_delegations_hold_nothing() -> None:
    evs = talks("2021年5月6日,越南公安部长陈文丙会见了中国公安部长王五。两国代表团成员参观了展览。")
    assert evs == [], evs
