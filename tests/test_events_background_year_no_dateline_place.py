"""A background event dated by a written year other than the story's (``两国于2019年12月签署了…
协定`` on a 2025 page) did not happen in the dateline city: its place stays null, as the
annotators code it; an event of the story's year keeps the dateline city."""

from __future__ import annotations

from dyad import extract, to_record

PAGE = "两国总理举行会谈\n\n越通社河内——2025年4月2日,越南政府总理范明政同新加坡总理黄循财在河内举行会谈。\n\n{}\n"


def _signing(body: str) -> dict:
    events = to_record(extract(PAGE.format(body)))["events"]
    signed = [e for e in events if e["mode"] == "sign"]
    assert len(signed) == 1, events
    return signed[0]


def test_a_signing_of_another_year_has_no_dateline_place() -> None:
    assert _signing("两国于2019年12月签署了关于数字经济合作的谅解备忘录。")["location"] is None


def test_a_signing_of_the_story_year_keeps_the_dateline() -> None:
    assert _signing("两国于2025年4月签署了关于数字经济合作的谅解备忘录。")["location"] == "河内"


def test_talks_recalled_with_a_year_word_have_no_dateline_place() -> None:
    """``他回顾了去年7月出席峰会期间同…举行会谈``: last year's talks abroad, not in the dateline city."""
    page = (
        "新加坡总理即将访越\n\n越通社河内——新加坡总理黄循财将于4月2日至4日对越南进行正式访问。"
        "黄循财回顾了他去年7月出席二十国集团峰会期间同越南政府总理范明政举行会谈。(越通社——VNA)\n"
    )
    talks = [e for e in to_record(extract(page))["events"] if e["mode"] == "talks"]
    assert len(talks) == 1, talks
    assert talks[0]["location"] is None, talks
