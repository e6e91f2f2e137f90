"""``受X的委托,Y会见Z``: the one who asked stays home; Y acts, X is no party to the meeting (the
example gold names the envoy who 受越南国家主席委托 decorates, not the president). Sentences written
for the test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record


@pytest.mark.parametrize("ask", ["受政府副总理兼外长黎文成的委托", "受政府副总理兼外长黎文成委托", "受政府副总理兼外长黎文成之托"])
def test_the_one_who_asked_is_no_party(ask: str) -> None:
    rec = to_record(
        extract(
            "美国国务卿访问越南\n\n越通社河内——应越南政府副总理兼外长黎文成邀请,美国国务卿约翰·史密斯于3月2日至4日对越南进行访问。"
            f"{ask},代理外交部长陈光明3月3日会见约翰·史密斯。(越通社-VNA)\n"
        )
    )
    meetings = [e for e in rec["events"] if e["mode"] == "meeting"]
    assert len(meetings) == 1, meetings
    names = {p["name"] for p in meetings[0]["source"] + meetings[0]["target"]}
    assert names == {"约翰·史密斯", "陈光明"}, meetings
