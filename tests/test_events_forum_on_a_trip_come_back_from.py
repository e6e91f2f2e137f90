"""``X已抵达河内,圆满结束对柬埔寨进行正式访问,出席第N届…大会之旅``: the city come back to is not
where the trip's forum was held."""

from __future__ import annotations

from dyad import extract, to_record


def test_forum_of_a_trip_ended_is_not_placed_where_the_delegation_landed() -> None:
    body = (
        "20日下午,越南国会主席王廷惠已抵达河内内排国际机场,圆满结束从2023年8月14日至20日对老挝进行正式访问,"
        "出席第44届东盟议会联盟大会之旅。"
    )
    text = f"标题新闻\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    forums = [e for e in to_record(extract(text))["events"] if e["mode"] == "multilateral"]
    assert forums, forums
    assert all(e["location"] not in {"河内", "河内内排国际机场"} for e in forums), forums
