"""``X除了与A举行会晤之外,还同B…``: the meeting told inside 除了…之外 is held all the same (the
words only add what else X did); ``除了A之外,B也前来…`` still sets A aside as no side of B's act."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(body: str) -> list[tuple[list[str], list[str]]]:
    text = f"大使访问得克萨斯州\n\n{body}(完)\n"
    return [
        ([p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "meeting"
    ]


def test_meeting_inside_chule_is_held() -> None:
    body = (
        "越南驻美国大使阮文丁从5月3日至9日对美国得克萨斯州进行工作访问。\n\n"
        "访问期间,阮文丁大使除了与休斯敦、达拉斯等城市的政界和企业代表举行会晤之外,还参观了当地一所大学。"
    )
    meetings = _meetings(body)
    assert len(meetings) == 1
    assert meetings[0][0] == ["阮文丁"] and "休斯敦" in meetings[0][1]
