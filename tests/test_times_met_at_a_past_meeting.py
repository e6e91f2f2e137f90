"""Two people shown meeting at a numbered meeting (``两国总理在第33届东盟峰会期间见面``, a photo of
an earlier encounter) place the meeting behind the page: a year-less visit announced by the page
falls after it, not in the months before; a meeting still planned (``将在…期间会见``) is no such cue."""

from __future__ import annotations

from dyad import extract, to_record

TITLE = "新西兰总理即将对越南进行正式访问"


def _visit_date(caption: str) -> str | None:
    body = "越通社河内——应越南政府总理黎文甲邀请,新西兰总理约翰·卡特将于8月22日至24日对越南进行正式访问。"
    text = f"{TITLE}\n\n{TITLE} ảnh 1{caption}\n\n{body}(越通社——VNA)\n越通社\n"
    visits = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert visits, visits
    return visits[0]["date"]


def test_an_encounter_at_a_past_meeting_puts_the_visit_after_it() -> None:
    assert _visit_date("越南政府总理黎文甲与新西兰总理约翰·卡特在第33届东盟峰会期间见面。图自越通社") == "2019-08-22/2019-08-24"


def test_a_planned_encounter_is_no_cue() -> None:
    assert _visit_date("越南政府总理黎文甲将在第33届东盟峰会期间会见新西兰总理约翰·卡特。图自越通社") == "2018-08-22/2018-08-24"
