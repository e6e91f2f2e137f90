"""Talks opening on the welcome's end (``欢迎仪式结束后,双方举行会谈``) on a page with no dateline are
held where the welcome sentence says, not in the visited country at large."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record
from test_events import only


def main_events(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}(越通社-VNA)\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_talks_after_the_welcome_take_its_city() -> None:
    evs = main_events(
        "越柬加强边防合作",
        "3月5日在河内,越南国防部副部长黎文安上将举行仪式,欢迎由柬埔寨国防部国务秘书索金达率领的代表团对越南进行工作访问。"
        "欢迎仪式结束后,双方举行了会谈。",
    )
    assert only(evs, "CONSULT", "talks")["location"] == "河内"


def test_talks_after_a_welcome_with_no_place_keep_the_country() -> None:
    evs = main_events(
        "越柬加强边防合作",
        "3月5日,越南国防部副部长黎文安上将举行仪式,欢迎由柬埔寨国防部国务秘书索金达率领的代表团对越南进行工作访问。"
        "欢迎仪式结束后,双方举行了会谈。",
    )
    assert only(evs, "CONSULT", "talks")["location"] == "越南"
