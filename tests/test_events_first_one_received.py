"""A remark that sets a meeting already told apart (``A是…首位获B会见的…``, ``A是第一位受到B接见的…``)
is no second meeting. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南外交动态\n\n越通社河内——{body}(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_first_leader_received_is_no_second_meeting() -> None:
    evs = _main(
        "泰国总理巴颂4月2日下午在总理府与越南政府总理黎文安举行会谈。"
        "黎文安是出席峰会的首位东盟领导人获泰国总理会见。"
    )
    assert [e["mode"] for e in evs if e["type"] == "CONSULT"] == ["talks"], evs


def test_first_one_received_by_the_host_is_no_second_meeting() -> None:
    evs = _main("泰国总理巴颂4月2日下午会见了越南政府总理黎文安。黎文安是第一位受到巴颂接见的外国领导人。")
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1, evs
