"""``与APEC成员经济体领导人举行多场会晤``: meetings counted with a class of unnamed leaders are a tally,
no meeting of their own (there is no side to code); the meeting told after them in the clause keeps
its own partner. Sentences written for the test."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[tuple[list[str], list[str]]]:
    page = f"越南国家主席出席APEC会议\n\n越通社旧金山——{body}(越通社-VNA)\n\n越通社\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(page))["events"]
        if e["mode"] == "meeting"
    ]


def test_meetings_counted_with_unnamed_leaders_are_no_event() -> None:
    got = _meetings(
        "11月10日,越南国家主席黎明山出席APEC领导人会议。会议期间,黎明山与APEC成员经济体领导人举行多场会晤,并会见了日本首相山田太郎。"
    )
    assert got == [(["黎明山"], ["山田太郎"])], got  # two guests abroad: the subject first


def test_a_series_of_bilateral_meetings_with_many_countries_leaders() -> None:
    got = _meetings("11月10日,越南国家主席黎明山出席APEC领导人会议。会议期间,黎明山同东盟各国领导人举行多场双边会晤。")
    assert got == [], got
