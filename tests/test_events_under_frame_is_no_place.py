"""``在新背景下越南与X…``: a 在…下 frame (under new circumstances) names no place, so the meeting is
not held in 越南 and its sides are not flipped as if the foreign side had come to Viet Nam."""

from __future__ import annotations

from dyad import extract, to_record

SENT = (
    "据越通社驻独立国家联合体记者报道,越南驻吉尔吉斯斯坦大使陈光明在离任前进行工作访问期间,分别会见了"
    "吉尔吉斯斯坦多个部委行业和组织领导人,重点讨论在新形势下越南与吉尔吉斯斯坦合作方向。"
)


def _events() -> list[dict]:
    text = f"越南与吉尔吉斯斯坦加强合作\n\n越通社河内——{SENT}\n\n双方交换了意见。(完)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_the_envoy_calls_on_the_host_country() -> None:
    meetings = [e for e in _events() if e["mode"] == "meeting"]
    assert meetings, _events()
    assert [p["name"] for p in meetings[0]["source"]] == ["陈光明"], meetings
    assert meetings[0]["location"] != "越南", meetings
