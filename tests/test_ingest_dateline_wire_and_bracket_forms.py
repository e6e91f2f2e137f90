"""Other crawls and years write the dateline as wire copy does (``越通社河内4月9日电``,
``越通社河内电 ``) or in brackets at the paragraph's start (``(越通社河内)``): still the
dateline, so the agency is no actor, the body starts after it and its city is the venue.
Pages written for this test."""

from __future__ import annotations

import pytest

from dyad import extract, to_record
from dyad.ingest import layout

_FORMS = [
    "越通社河内4月9日电 ",
    "越通社河内电 ",
    "越通社河内4月9日电",
    "(越通社河内)",
    "（越通社河内4月9日电）",
]


@pytest.mark.parametrize("head", _FORMS)
def test_wire_and_bracket_datelines_match(head: str) -> None:
    line = head + "4月9日上午,越南国会主席陈青明在河内会见来访的智利参议院议长马特奥·里维拉。"
    m = layout.DATELINE.match(line)
    assert m is not None and m.group("place") == "河内", head
    assert line[m.end() :].startswith("4月9日上午"), head


@pytest.mark.parametrize(
    "line", ["越通社电视台记者报道,", "越通社电话采访了专家。", "越通社河内电视中心举行活动"]
)
def test_other_words_with_dian_are_no_dateline(line: str) -> None:
    assert layout.DATELINE.match(line) is None


@pytest.mark.parametrize("head", _FORMS)
def test_page_with_other_dateline_form_reads_the_meeting(head: str) -> None:
    text = (
        "越南国会主席会见智利参议院议长\n\n"
        "越南国会主席陈青明4月9日会见了智利参议院议长马特奥·里维拉(Mateo Rivera)。\n\n"
        + head
        + "4月9日上午,越南国会主席陈青明会见了正在对越南进行正式访问的智利参议院议长马特奥·里维拉"
        "(Mateo Rivera)。(越通社—VNA)\n"
    )
    rec = to_record(extract(text))
    assert rec["body"][0].startswith("4月9日上午"), rec["body"]
    meets = [e for e in rec["events"] if e["mode"] == "meeting"]
    assert meets and meets[0]["location"] == "河内", meets
    assert all(a["name"] != "越通社" for e in rec["events"] for a in e["source"] + e["target"])


def test_lead_opening_on_a_wire_dateline_stays_the_lead() -> None:
    para = "越通社河内4月9日电 4月9日上午,越南国会主席陈青明会见了正在越南访问的智利参议院议长马特奥·里维拉。"
    text = f"越南国会主席会见智利参议院议长\n\n{para}\n\n越通社河内——{para}(越通社—VNA)\n"
    rec = to_record(extract(text))
    assert rec["lead"] == para, rec["lead"]
    assert len(rec["body"]) == 1, rec["body"]
    assert len([e for e in rec["events"] if e["mode"] == "meeting"]) == 1, rec["events"]
