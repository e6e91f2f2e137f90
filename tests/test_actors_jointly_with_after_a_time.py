"""``于7月15日晚联合美国某中心举行…``: after a day, a time of day or an adverb, 联合 is the verb
"jointly with", not the first word of the partner's name. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of


def _all_names(evs: list[dict]) -> list[str]:
    return [p["name"] for e in evs for side in ("source", "target") for p in e[side]]


def test_jointly_after_evening_is_no_part_of_the_partner_name() -> None:
    evs = events_of("越南国家排雷行动中心于3月2日晚联合美国和平研究所联合举行了视频研讨会。")
    got = _all_names(evs)
    assert "美国和平研究所" in got and not [n for n in got if n.startswith(("晚联合", "联合"))], evs


def test_a_name_that_opens_with_lianhe_stays_whole() -> None:
    evs = events_of("3月2日,越南外交部长会见了联合城市组织秘书长约翰·布朗。")
    assert not [n for n in _all_names(evs) if n == "城市组织"], evs
