"""A 他 subject after a leading place or time phrase, and a plan listed on after a semicolon."""

from __future__ import annotations

from test_events import events_of, names


def test_pronoun_after_a_place_phrase_is_the_guest_not_the_inviter() -> None:
    evs = events_of(
        "应越南国家主席武文赏的邀请,澳大利亚总理约翰·怀特于2023年4月2日至4日对越南进行正式访问。"
        "在访问的首站——河内,他会见了越共中央总书记阮富仲;与越南政府总理范明政举行会谈。"
    )
    talks = [e for e in evs if e["mode"] == "talks"]
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(talks) == 1 and names(talks[0]["source"]) == ["约翰·怀特"], evs
    assert len(meetings) == 1 and names(meetings[0]["source"]) == ["约翰·怀特"], evs


def test_pronoun_after_a_visit_time_phrase() -> None:
    evs = events_of(
        "应越南政府总理范明政的邀请,新西兰总理彼得·格林于2023年6月5日至7日对越南进行正式访问。"
        "访问期间,他会见了越南国会主席王廷惠。"
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1 and names(meetings[0]["source"]) == ["彼得·格林"], evs


def test_talks_listed_after_a_planned_meeting_is_planned_too() -> None:
    evs = events_of(
        "澳大利亚总理约翰·怀特将于2023年4月2日至4日对越南进行正式访问。"
        "在河内,他将会见越共中央总书记阮富仲;与越南政府总理范明政举行会谈;参观文庙。"
    )
    assert [e["mode"] for e in evs] == ["visit"], evs
