"""A story told from home takes a place abroad from its opening sentence, not from a later sentence
of the same paragraph that names where some other, future meeting is to be held."""

from __future__ import annotations

from dyad import extract, to_record


def _talks_place(body: str) -> str | None:
    page = f"越南与智利外长举行会谈\n\n越通社河内——{body}\n\n(越通社-VNA)\n"
    evs = [e for e in to_record(extract(page))["events"] if e["section"] == "main" and e["mode"] == "talks"]
    return evs[0]["location"]


def test_future_venue_in_the_second_sentence_does_not_place_the_talks() -> None:
    place = _talks_place(
        "越南外交部长黎文泰于2031年5月3日同智利外交部长罗德里戈·萨拉斯举行会谈。"
        "黎文泰建议双方为2032年在智利举办的两国合作委员会第五次会议做好准备。"
    )
    assert place != "智利", place


def test_place_abroad_in_the_opening_sentence_still_counts() -> None:
    place = _talks_place("越南外交部长黎文泰于2031年5月3日在智利首都圣地亚哥同智利外交部长罗德里戈·萨拉斯举行会谈。")
    assert place == "圣地亚哥", place
