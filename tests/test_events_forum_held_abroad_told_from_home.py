"""Real-page audit (h90): ``越通社河内——X9月24日出席第74届联合国大会一般性辩论会…``: a numbered
forum that ``recurring_meetings.tsv`` holds in another country (纽约) did not take place at the
dateline city. Placing it there made the attendee a host at home, and the leaders he met on its
sidelines came out as visitors calling on him (the direction flipped)."""

from __future__ import annotations

from dyad import extract, to_record

_PAGE = (
    "外交部副部长谈总理出席联合国大会之行\n\n"
    "越通社河内——越南政府总理黎明山9月24日出席第74届联合国大会一般性辩论会并发表讲话。"
    "当天,黎明山还会见了智利总统高登。"
    "黎明山表示,越南参加联合国大会一般性辩论体现了越南的积极作用。\n"
)


def _events() -> list[dict]:
    return to_record(extract(_PAGE))["events"]


def test_forum_abroad_gets_no_dateline_place() -> None:
    forum = [e for e in _events() if e["mode"] == "multilateral"]
    assert forum and all(e["location"] != "河内" for e in forum), forum


def test_attendee_stays_source_of_sideline_meeting() -> None:
    met = [e for e in _events() if e["mode"] == "meeting"]
    assert met, _events()
    assert [m["name"] for m in met[0]["source"]] == ["黎明山"], met
    assert [m["name"] for m in met[0]["target"]] == ["高登"], met


def test_forum_at_home_keeps_dateline() -> None:
    rec = to_record(
        extract("总理出席东盟峰会\n\n越通社河内——越南政府总理黎明山11月12日在河内出席第37届东盟峰会并发表讲话。\n")
    )
    forum = [e for e in rec["events"] if e["mode"] == "multilateral"]
    assert forum and forum[0]["location"] == "河内", forum
