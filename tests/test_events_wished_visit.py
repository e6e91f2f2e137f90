"""A visit a speaker wishes to make "when the time is right" is no event, and it does not move
the place of the meetings told after it. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record
from test_events import names


def _main(paragraphs: list[str]) -> list[dict[str, Any]]:
    body = "\n\n".join(paragraphs)
    text = f"越南副总理出席联合国大会\n\n越通社纽约——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_a_visit_wished_for_when_the_time_is_right_is_no_visit() -> None:
    evs = _main(
        [
            "9月22日,越南政府副总理陈光明在纽约出席联合国大会。",
            "美国总统汉斯·穆勒表示愿在适当的时候对越南进行正式访问。",
        ]
    )
    assert not [e for e in evs if e["mode"] == "visit"], evs


def test_meetings_after_a_wished_visit_keep_their_place_and_direction() -> None:
    evs = _main(
        [
            "9月22日,越南政府副总理陈光明在纽约出席联合国大会。",
            "美国总统汉斯·穆勒表示愿在适当的时候对越南进行正式访问。",
            "*同日,陈光明与马绍尔群岛共和国总统奥拉夫·伦德举行了双边会晤。",
        ]
    )
    ev = [e for e in evs if e["mode"] == "meeting"]
    assert len(ev) == 1, evs
    assert names(ev[0]["source"]) == ["陈光明"] and names(ev[0]["target"]) == ["奥拉夫·伦德"]
    assert ev[0]["location"] != "越南", evs
