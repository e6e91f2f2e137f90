"""A visit told as what the guest of a meeting frame is doing (``会见从5月6日至8日对X进行访问的Y时,Z表示``)
is a visit all the same: the 时 closes the meeting's frame, not the visit."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


def _page(frame: str) -> str:
    return (
        "标题新闻\n\n越通社东京——越通社驻日本记者报道,"
        f"{frame},大分县知事山田一郎希望加强与越南在多领域合作。\n\n"
        "山田一郎强调,大分县与越南之间合作潜力巨大。(越通社—VNA)\n\n越通社\n"
    )


@pytest.mark.parametrize(
    "frame",
    [
        "会见从5月6日至8日对大分县进行访问的越南驻日大使黎文德时",
        "会见正在对大分县进行访问的越南驻日大使黎文德时",
    ],
)
def test_the_guest_visit_inside_a_meeting_frame_is_kept(frame: str) -> None:
    events = to_record(extract(_page(frame)))["events"]
    visits = [e for e in events if e["mode"] == "visit"]
    assert [[p["name"] for p in e["source"]] for e in visits] == [["黎文德"]]
    assert [e for e in events if e["mode"] == "meeting"]


def test_a_visit_that_is_itself_the_frame_stays_none() -> None:
    page = _page("黎文德大使访问大分县时").replace("会见", "")
    events = to_record(extract(page))["events"]
    assert [e for e in events if e["mode"] == "visit"] == []
