"""A meeting told in the sentence that has its actor attend a numbered forum held abroad
(``recurring_meetings.tsv``: the UN General Assembly in New York), told from a home dateline
(``越通社河内——``), took place at the forum: the dateline city is not its place. A forum held at
home, and a meeting told with no forum, keep the dateline."""

from __future__ import annotations

from dyad import extract, to_record


def _meetings(page: str) -> list[dict]:
    return [e for e in to_record(extract(page))["events"] if e["mode"] == "meeting"]


def test_meetings_listed_after_attendance_abroad() -> None:
    page = (
        "外交部副部长谈总理出席联合国大会之行\n\n"
        "越通社河内——越南政府总理黎明山9月25日出席第74届联合国大会一般性辩论会并发表讲话、"
        "会见第74届联合国大会主席高文德和联合国秘书长约翰·史密斯。(完)\n"
    )
    met = _meetings(page)
    assert met, met
    assert all(e["location"] != "河内" for e in met), met


def test_meeting_framed_by_attendance_abroad_with_title_twin() -> None:
    page = (
        "越南政府总理黎明山会见联合国秘书长约翰·史密斯\n\n"
        "越通社河内——越通社特派记者报道,在出席第74届联合国大会高级别会议周之际,9月24日下午,"
        "越南政府总理黎明山在联合国总部会见了联合国秘书长约翰·史密斯。(完)\n"
    )
    met = _meetings(page)
    assert met, met
    assert all(e["location"] != "河内" for e in met), met


def test_meeting_at_forum_held_at_home_keeps_dateline() -> None:
    page = (
        "总理会见老挝总理\n\n"
        "越通社河内——越南政府总理黎明山11月12日出席第37届东盟峰会期间会见了老挝总理宋文通。(完)\n"
    )
    met = _meetings(page)
    assert met and met[0]["location"] == "河内", met
