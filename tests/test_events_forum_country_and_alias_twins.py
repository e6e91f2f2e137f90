"""An attendance told once with the country as the attendee and once with its leader
(``值此越南总理对日本进行访问并出席G20峰会之际`` and ``越南总理A…出席二十国集团峰会``), or with
a forum's short name and its full one, is one attendance."""

from __future__ import annotations

from test_events import events_of


def test_country_and_its_leader_attending_one_forum_are_one_attendance() -> None:
    evs = events_of(
        "值此越南政府总理阮文甲对日本进行访问并出席在大阪召开的二十国集团峰会扩大会议之际,6月28日,日本某网站刊登了文章。"
        "文章指出,越南政府总理阮文甲应日本首相佐藤一郎之邀从2019年6月27日至29日访问日本并出席二十国集团峰会扩大会议。",
        title="日本媒体:越南出席二十国集团峰会扩大会议具有重要意义",
    )
    forums = [e for e in evs if e["mode"] == "multilateral"]
    assert len(forums) == 1, forums


def test_a_forum_alias_and_its_full_name_are_one_forum() -> None:
    from dyad.extraction.events import _forum_keys
    from dyad.model import Mention, Span

    short = Mention(Span(0, 4, "organisation"), "G7峰会", "organisation")
    full = Mention(Span(0, 6, "organisation"), "七国集团峰会", "organisation")
    assert _forum_keys([short]) & _forum_keys([full])
