"""A teaser title naming the host first (A会见B) and a summary held at a seat of Viet Nam's leaders
(A在国会大厦会见了B): the guest B is the source."""

from __future__ import annotations

import pytest

from test_events import names, only, teaser_events


@pytest.mark.parametrize("seat", ["国会大厦", "主席府", "越共中央总部"])
def test_seat_in_the_summary_makes_the_guest_the_source(seat: str) -> None:
    evs = teaser_events(
        "越南国会主席王庭惠会见新加坡国会议长陈川仁",
        f"11月2日,越南国会主席王庭惠在{seat}会见了新加坡国会议长陈川仁。",
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["陈川仁"]
    assert names(ev["target"]) == ["王庭惠"]


def test_summary_without_a_seat_keeps_the_title_order() -> None:
    evs = teaser_events(
        "越南政府总理范明政会见柬埔寨首相洪玛奈",
        "9月6日,越南政府总理范明政在出席东盟峰会期间会见了柬埔寨王国首相洪玛奈。",
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["范明政"]
