"""A habit told in a speech (``各部委领导已经常与企业代表会面``) is no meeting."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(body: str, title: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_meetings_told_as_a_habit_are_no_meeting() -> None:
    evs = _main(
        "5月3日,越南政府总理黎青松在政府总部会见了一些泰国企业代表。"
        "黎青松表示,政府总理、各部委和地方领导已经常与企业、企业协会代表会面,倾听企业的困难。",
        "越南政府总理会见泰国企业代表",
    )
    assert len([e for e in evs if e["type"] == "CONSULT"]) == 1
