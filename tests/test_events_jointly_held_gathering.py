"""A get-together two sides hold jointly (A同B联合举行见面会) is a joint event, COOPERATE, like a
jointly held gala; one side holding a get-together alone keeps the hosting meeting row."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def main_events(title: str, body: str, dateline: str = "哈瓦那") -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and "3月2日" in e["evidence"]["text"]]


def test_jointly_held_get_together_is_cooperation() -> None:
    evs = main_events(
        "友谊见证者",
        "2019年3月2日,越南驻古巴大使馆同古巴各民族友好协会联合举行见面会,邀请曾在越南工作的古巴老专家参加。",
    )
    assert [(e["type"], e["mode"]) for e in evs] == [("COOPERATE", None)], evs
    assert [p["name"] for p in evs[0]["source"]] == ["越南驻古巴大使馆"]


def test_co_held_exchange_is_cooperation() -> None:
    evs = main_events(
        "友谊见证者",
        "2019年3月2日,越南驻古巴大使馆与古巴各民族友好协会共同举办交流会。",
    )
    assert [(e["type"], e["mode"]) for e in evs] == [("COOPERATE", None)], evs
