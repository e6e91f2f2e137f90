"""``X…对越南进行访问并共同主持召开越南与老挝政府间联合委员会第N次会议``: the other co-chair is the
host who invited the visit (the annotators code co-chairing as a meeting of the two co-chairs),
not the committee. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def test_the_cochair_of_a_visiting_premier_is_his_host() -> None:
    page = (
        "老挝总理访越\n\n越通社河内——应越南政府总理阮文甲的邀请,老挝政府总理宋沙瓦率领老挝政府高级代表团于12月4日至6日"
        "对越南进行访问并共同主持召开越南与老挝政府间联合委员会第40次会议。(越通社-VNA)\n\n越通社\n"
    )
    meetings = [e for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in meetings] == [
        (["宋沙瓦"], ["阮文甲"])
    ]
