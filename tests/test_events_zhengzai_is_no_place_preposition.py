"""``正在访问老挝的X在万象会见Y``: the 在 of 正在 (a trip under way) is no preposition of a place; the
meeting is where the next 在 says (万象), not in the country the trip goes to."""

from __future__ import annotations

from dyad import extract, to_record


def test_meeting_place_after_a_trip_under_way() -> None:
    body = "4月11日,正在访问老挝的越南祖国阵线中央委员会主席杜文战在万象会见了老挝国家主席通伦。"
    text = f"标题新闻\n\n{body}\n\n越通社万象——{body}(越通社-VNA)\n越通社\n"
    meetings = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert meetings and meetings[0]["location"] == "万象", meetings


def test_zhengzai_alone_still_tells_where_he_is() -> None:
    from test_events import events_of

    evs = events_of(
        "9月21日,正在美国纽约出席联合国大会高级别周的越南政府总理范明政在联合国总部会见了联合国秘书长古特雷斯。",
        title="范明政会见古特雷斯",
    )
    met = [e for e in evs if e["mode"] == "meeting"]
    assert met and met[0]["location"] == "纽约", evs
