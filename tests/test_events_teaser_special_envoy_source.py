"""A teaser telling talks of a Vietnamese official with a foreign leader's special envoy
(``…与…国家主席X特使Y举行会谈``): the envoy, sent to the other side, is the visitor and the source."""

from __future__ import annotations

from dyad import extract, to_record


def _teaser_sides(title: str) -> tuple[list[str], list[str]]:
    text = (
        "越南与某国加强合作\n\n越通社河内——5月8日,越南政府副总理阮文甲在河内会见了芬兰企业代表团。\n\n"
        "(越通社——VNA)\n越通社\n\n更多\n\n会谈现场。图自越通社\n\n" + title + "\n\n双方就两国关系交换意见。\n"
    )
    rel = [e for e in to_record(extract(text))["events"] if e["section"] == "related"]
    assert rel, text
    return [p["name"] for p in rel[0]["source"]], [p["name"] for p in rel[0]["target"]]


def test_a_foreign_leaders_special_envoy_is_the_source_of_talks() -> None:
    title = "越共中央政治局委员、外交部长黎文乙与中共中央总书记、国家主席习近平特使李明远举行会谈"
    assert _teaser_sides(title) == (["李明远"], ["黎文乙"])


def test_talks_with_an_official_who_is_no_envoy_keep_their_order() -> None:
    title = "越共中央政治局委员、外交部长黎文乙与中国外交部副部长李明远举行会谈"
    assert _teaser_sides(title) == (["黎文乙"], ["李明远"])
