"""Credentials presented by several named ambassadors in one sentence: one call each."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def events_of(body: str, title: str = "越南国家主席接受新任大使递交国书") -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [
        e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"
    ]


def sources(evs: list[dict[str, Any]]) -> list[str]:
    return sorted(e["source"][0]["name"] for e in evs)


def test_long_list_of_named_envoys_received_gives_one_meeting_each() -> None:
    """``接受A国驻越南特命全权大使X(Latin)、B国…Y(Latin)和C国…Z(Latin)递交国书``: the list runs past
    the 40 characters of the short pattern; every envoy named is a call of his own."""
    evs = events_of(
        "2023年6月8日上午,越南国家主席武文赏在河内主席府接受印度驻越南特命全权大使桑迪普·阿里亚(Sandeep Arya)、"
        "德国驻越南特命全权大使赫尔加·巴特(HelgaBarth)和英国驻越南特命全权大使伊恩·弗鲁(Iain Frew)递交国书。"
    )
    assert sources(evs) == ["伊恩·弗鲁", "桑迪普·阿里亚", "赫尔加·巴特"]
    assert all(len(e["source"]) == 1 and [p["name"] for p in e["target"]] == ["武文赏"] for e in evs)
    assert all(e["mode"] == "meeting" and e["date"] == "2023-06-08" for e in evs)


def test_named_envoys_presenting_to_the_head_of_state_give_one_meeting_each() -> None:
    evs = events_of(
        "2023年6月8日,印度驻越南大使桑迪普·阿里亚和德国驻越南大使赫尔加·巴特向越南国家主席武文赏递交国书。"
    )
    assert sources(evs) == ["桑迪普·阿里亚", "赫尔加·巴特"]
    assert {e["source"][0]["country"] for e in evs} == {"IND", "DEU"}


def test_one_named_envoy_is_still_one_meeting() -> None:
    evs = events_of("2023年6月8日,越南国家主席武文赏接受印度驻越南大使桑迪普·阿里亚递交国书。")
    assert sources(evs) == ["桑迪普·阿里亚"]


def test_credentials_named_by_the_head_of_state_who_signed_them() -> None:
    """``A向B递交了越南国家主席X的国书``: the letters are named by whose they are; still a call
    from the envoy to the one who receives them."""
    evs = events_of("2024年3月5日,越南驻智利大使黎明向智利总统何塞·加西亚(José Garcia)递交了越南国家主席武文赏的国书。")
    assert [(e["source"][0]["name"], e["target"][0]["name"]) for e in evs] == [("黎明", "何塞·加西亚")]
    assert evs[0]["mode"] == "meeting" and evs[0]["date"] == "2024-03-05"
