"""``两国于…建立外交关系,并于…签署《…条约》``: the two countries of the story sign, the subject
carried over the comma. Sentence written for this test."""

from __future__ import annotations

from test_events import events_of, names, only


def test_two_countries_sign_after_a_comma_and_bing() -> None:
    evs = events_of(
        "越南驻柬埔寨大使阮明武与柬埔寨新闻大臣宋金达一同出席开幕式。"
        "两国于1975年3月1日正式建立外交关系,并于1980年5月2日签署《友好合作条约》。",
        title="越南与柬埔寨友谊图片展在金边举行",
    )
    ev = only(evs, "AGREE", "sign")
    assert sorted(names(ev["source"]) + names(ev["target"])) == ["柬埔寨", "越南"], ev
