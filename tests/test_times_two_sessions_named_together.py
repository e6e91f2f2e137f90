"""Two numbered sessions of one series named together (``第N届和第N+1届联合国大会主席``): the story
is no earlier than the later session, whose year dates it."""

from __future__ import annotations

from dyad import extract, to_record


def test_later_session_gives_the_year() -> None:
    text = (
        "越南国会主席圆满结束访美之行\n\n"
        "越通社河内——9月20日上午,越南国会主席黎明心一行已抵达河内,圆满结束访问美国之行。\n\n"
        "访问美国期间,黎明心先后与第69届和第70届联合国大会主席举行会晤。(越通社——VNA)\n越通社\n"
    )
    events = to_record(extract(text))["events"]
    visits = [e for e in events if e["mode"] == "visit"]
    assert visits and (visits[0]["date"] or "").startswith("2015-"), visits
