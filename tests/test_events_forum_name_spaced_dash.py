"""A forum named by two countries joined with a spaced dash (``越南 – 菲律宾贸易投资论坛``) keeps both."""

from __future__ import annotations

from test_events import events_of


def test_a_spaced_dash_pair_opens_the_forum_name() -> None:
    evs = events_of("5月9日,越南政府总理范明政在马尼拉出席越南 – 菲律宾贸易投资论坛。", title="范明政出席论坛")
    forum = [e for e in evs if e["mode"] == "multilateral"]
    assert forum and forum[0]["target"][0]["name"] == "越南 – 菲律宾贸易投资论坛", evs
