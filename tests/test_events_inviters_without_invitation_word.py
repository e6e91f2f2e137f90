"""``应A和B对越南进行国事访问``: the inviters named after 应 with 邀请 left unwritten are the hosts of
the visit, not visitors beside the guest. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _visits(body: str) -> list[dict[str, Any]]:
    text = f"两国关系迈上新台阶\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_inviters_without_the_invitation_word_are_hosts() -> None:
    visits = _visits(
        "2017年11月10日,中国国家主席王文明赴越南岘港市出席领导人会议"
        "并应越南国家主席陈大光对越南进行国事访问(11月12日至13日)。"
    )
    assert visits, visits
    assert [p["name"] for p in visits[0]["source"]] == ["王文明"]
    assert [p["name"] for p in visits[0]["target"]] == ["陈大光"]
