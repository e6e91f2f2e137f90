"""A round of trade negotiations (``举行第五轮自贸协定谈判``, ``…自由贸易协定第十轮谈判…举行``) is
talks between the two sides that negotiate, a bloc (海关同盟) as one side."""

from __future__ import annotations

from test_events import events_of, names


def _talks(body: str, title: str = "越南加强对外合作") -> list[dict]:
    return [e for e in events_of(body, title) if (e["type"], e["mode"]) == ("CONSULT", "talks")]


def test_a_numbered_round_held_is_talks() -> None:
    evs = _talks("越南与以色列4月9日在特拉维夫举行第五轮自由贸易协定谈判。")
    assert len(evs) == 1
    assert names(evs[0]["source"]) == ["越南"] and names(evs[0]["target"]) == ["以色列"]


def test_a_round_of_an_agreement_opening_is_talks_with_the_bloc() -> None:
    evs = _talks("越南与海关同盟的自由贸易协定第三轮谈判9月9日在明斯克拉开序幕。")
    assert len(evs) == 1
    assert names(evs[0]["target"]) == ["海关同盟"]


def test_a_planned_round_is_no_talks_held() -> None:
    assert _talks("双方同意将于明年举行第六轮自由贸易协定谈判。") == []
