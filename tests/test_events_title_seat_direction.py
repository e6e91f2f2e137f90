"""The page's title naming the host first (A会见B) and a lead with no dateline that holds the
meeting at a seat of Viet Nam's leaders (在主席府, A会见了B): the guest B is the source."""

from __future__ import annotations

from typing import Any

import pytest

from dyad import extract, to_record
from test_events import names, only


def main_events(title: str, lead: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{lead}\n\n双方一致同意加强两国各领域合作。(越通社-VNA)\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


@pytest.mark.parametrize("seat", ["党中央总部", "主席府", "政府总部"])
def test_seat_in_the_lead_makes_the_guest_the_source(seat: str) -> None:
    evs = main_events(
        "越南国家主席黎文安会见柬埔寨国防大臣索金达",
        f"3月8日上午在{seat},越南国家主席黎文安会见了由柬埔寨国防大臣索金达率领的柬埔寨国防部高级代表团。",
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["索金达"]
    assert names(ev["target"]) == ["黎文安"]


def test_lead_without_a_seat_keeps_the_title_order() -> None:
    evs = main_events(
        "越南国家主席黎文安会见柬埔寨国防大臣索金达",
        "3月8日,在出席东盟防长会议期间,越南国家主席黎文安会见了柬埔寨国防大臣索金达。",
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["黎文安"]
