"""Two donors in one sentence, the second in a clause of its own with no 向 (A向X提供…,B也提供…):
each gives its own sum; the second is not the first named again. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _aid(body: str) -> list[dict[str, Any]]:
    text = f"各国援助老挝\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "AID"]


def test_the_second_donor_gives_its_own_sum() -> None:
    events = _aid("2019年5月3日,日本政府承诺向老挝提供500万美元援助,韩国政府也承诺提供200万美元。")
    by_sum = {e["amount"]["value"]: [s["name"] for s in e["source"]] for e in events}
    assert by_sum == {5000000: ["日本政府"], 2000000: ["韩国政府"]}, events


def test_a_second_sum_with_no_side_named_stays_with_the_first_donor() -> None:
    events = _aid("2019年5月3日,日本政府向老挝提供500万美元援助,并将继续提供200万美元。")
    assert all([s["name"] for s in e["source"]] == ["日本政府"] for e in events), events


def test_the_side_named_after_qizhong_gives_its_share() -> None:
    # "设立东盟应对基金,其中日本提供1亿美元": Japan gives its share, not ASEAN named before
    events = _aid("2019年5月3日,东盟同意设立东盟应对基金,其中日本提供1亿美元。")
    assert [[s["name"] for s in e["source"]] for e in events] == [["日本"]], events
