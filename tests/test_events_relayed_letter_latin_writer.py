"""A letter or cable passed on (向X转达Y的慰问电) is a message even when its writer's name is
followed by a Latin spelling in brackets, which lengthens the stretch between the verb and the
letter past 30 characters."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str) -> list[dict[str, Any]]:
    text = f"越南加强对外合作\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_relayed_cable_with_a_bracketed_latin_name_is_a_message() -> None:
    events = _main(
        "2024年5月9日,泰国副总理颂巴·维塔(Sompa Wita)对其逝世表示哀悼,并通过大使馆干部向越南国家主席"
        "阮春海转达泰国国王玛哈·瓦集拉·隆功(Maha Vajira Longkorn)的慰问电。"
    )
    messages = [e for e in events if e["mode"] == "message"]
    assert len(messages) == 1
    assert messages[0]["type"] == "SUPPORT"
    assert [p["name"] for p in messages[0]["target"]] == ["阮春海"]
    assert messages[0]["date"] == "2024-05-09"


def test_relayed_cable_without_latin_name_still_a_message() -> None:
    events = _main("2024年5月9日,泰国副总理颂巴·维塔向越南国家主席阮春海转达泰国国王玛哈·瓦集拉的慰问电。")
    assert [e["mode"] for e in events] == ["message"]
