"""A minister at a UN vote attends the assembly that held it, told just before."""

from __future__ import annotations

from test_events import events_of, names, only


def test_attending_the_vote_attends_the_assembly_told_before() -> None:
    evs = events_of(
        "2016年10月28日,第71届联合国大会选举古巴为联合国人权理事会成员。"
        "古巴外交部长布鲁诺·罗德里格斯在纽约联合国总部出席了投票。"
    )
    ev = only(evs, "CONSULT", "multilateral")
    assert names(ev["source"]) == ["布鲁诺·罗德里格斯"]
    assert names(ev["target"]) == ["第71届联合国大会"]


def test_a_vote_with_no_forum_told_is_no_attendance() -> None:
    evs = events_of("2016年10月28日,古巴外交部长布鲁诺·罗德里格斯出席了投票。")
    assert not [e for e in evs if e["mode"] == "multilateral"], evs
