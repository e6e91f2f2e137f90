"""A name after an office that runs on into a verb no list ends a name at (``书记黄文质概括介绍``) is
read when the page names the person elsewhere opening a clause (``。黄文质强调``); so ``双方领导签署``
after talks of two provinces finds the two leaders. Sentences written for the test."""

from __future__ import annotations

from test_actors import people
from test_events import events_of, names


def test_a_name_running_into_a_verb_is_read_when_told_alone_elsewhere() -> None:
    got = people("会谈上,山罗省委书记黄文质概括介绍了该省情况。黄文质强调,两省关系不断发展。")
    assert "黄文质" in got, got


def test_without_a_second_mention_nothing_is_guessed() -> None:
    got = people("会谈上,山罗省委书记黄文质概括介绍了该省情况。")
    assert not any(n.startswith("黄文") for n in got), got


def test_the_leaders_of_two_provinces_sign_after_their_talks() -> None:
    evs = events_of(
        "6月11日下午,越南山罗省与老挝华潘省领导举行了会谈。会谈上,山罗省委书记黄文质概括介绍了该省情况。"
        "黄文质强调,两省关系不断发展。老挝华潘省委书记通罗希望两省加强合作。会谈结束时,双方领导签署合作备忘录。"
    )
    signings = [e for e in evs if e["type"] == "AGREE"]
    assert signings and names(signings[0]["source"]) == ["黄文质"] and names(signings[0]["target"]) == ["通罗"], evs
