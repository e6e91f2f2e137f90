"""``A于…与B进行了会晤,并于…与C会晤``: the second meeting is with C only; B met A in the act told
before it."""

from __future__ import annotations

from dyad import extract, to_record


def _sides(body: str) -> list[tuple[str | None, list[str], list[str]]]:
    text = f"会晤回顾\n\n越通社河内——{body}\n"
    return sorted(
        (e["date_start"], [p["name"] for p in e["source"]], [p["name"] for p in e["target"]])
        for e in to_record(extract(text))["events"]
        if e["mode"] == "meeting"
    )


def test_each_meeting_keeps_its_own_partner() -> None:
    body = (
        "蒙古国总统巴特尔·额尔登曾于2019年5月在东京与越南国家主席阮文甲进行了会晤,"
        "并于2021年9月在纽约与越南政府总理陈文乙会晤。"
    )
    assert _sides(body) == [
        ("2019-05-01", ["巴特尔·额尔登"], ["阮文甲"]),
        ("2021-09-01", ["巴特尔·额尔登"], ["陈文乙"]),
    ]
