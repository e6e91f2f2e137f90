"""A leader told speaking at a named summit or general debate (``X在第N届联合国大会一般性辩论会上
发表讲话``) attends it, as ``X在峰会上发言`` attends the summit told before. The speaker must be
told right before 在: a clause opening with 在 (``在…峰会上发表讲话时,Y认为``) lends no one, and a
speech joined to an attendance already told (``出席A并在B上发言``) is no second forum. Sentences
written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(paragraphs: list[str], dateline: str = "纽约") -> list[dict[str, Any]]:
    body = "\n\n".join(paragraphs)
    text = f"副总理在联大发表讲话\n\n越通社{dateline}——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [p["name"] for p in side]


def test_speech_at_a_named_general_debate_attends_it() -> None:
    evs = _main(["9月26日,越南政府副总理黎文海在第79届联合国大会一般性辩论会上发表讲话时强调,各国应加强合作。"])
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1, evs
    assert _names(multi[0]["source"]) == ["黎文海"]
    assert _names(multi[0]["target"]) == ["第79届联合国大会"]
    assert multi[0]["date"] == "2024-09-26"


def test_speech_at_a_named_summit_attends_it() -> None:
    evs = _main(["11月12日,越南政府总理阮明山在第47届东盟峰会上发言时表示,东盟应维护团结。"], dateline="吉隆坡")
    multi = [e for e in evs if e["mode"] == "multilateral"]
    assert len(multi) == 1, evs
    assert _names(multi[0]["source"]) == ["阮明山"]


def test_clause_opening_with_the_speech_lends_no_earlier_leader() -> None:
    evs = _main(
        [
            "4月20日,越南政府总理阮明山会见了老挝总理宋沙瓦。",
            "在第47届东盟峰会上发表讲话时,泰国总理巴育认为,东盟应加强团结。",
        ],
        dateline="曼谷",
    )
    assert not [e for e in evs if e["mode"] == "multilateral"], evs


def test_time_word_before_the_speech_lends_no_earlier_leader() -> None:
    evs = _main(
        [
            "4月20日,越南政府总理阮明山会见了老挝总理宋沙瓦。",
            "当天在第47届东盟峰会上发表讲话时,泰国总理巴育认为,东盟应加强团结。",
        ],
        dateline="曼谷",
    )
    assert not [e for e in evs if e["mode"] == "multilateral"], evs
