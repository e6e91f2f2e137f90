"""Real-page audit (border pages): ``举行了10次边境会晤``, ``共举行会谈20次`` - a count of meetings
over a stretch of time is a tally, not one meeting; a meeting without a count still is one."""

from __future__ import annotations

from dyad import extract, to_record


def _consult(body: str) -> list[dict]:
    text = f"两省加强边境合作\n\n{body}\n\n越通社高平——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["type"] == "CONSULT"]


def test_a_count_of_border_meetings_is_no_meeting() -> None:
    body = (
        "2021年3月5日,高平省人民委员会主席黄春安与中国广西壮族自治区副主席李明通电话。"
        "今年以来,双方举行了12次边境会晤,共举行会谈8次。"
    )
    evs = _consult(body)
    assert [e["mode"] for e in evs] == ["phone"], evs



def test_a_meeting_without_a_count_is_still_a_meeting() -> None:
    body = "2021年3月5日,高平省人民委员会主席黄春安与中国广西壮族自治区副主席李明举行会晤。"
    evs = _consult(body)
    assert [e["mode"] for e in evs] == ["meeting"], evs
