"""Minutes signed at the end of a meeting: ``会晤纪要`` names a document, not a meeting, and
``A与B代表双方签署`` is signed by A and B (``双方`` is who they sign for, not two earlier people)."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main_events(body: str) -> list[dict[str, Any]]:
    text = f"两省举行会晤\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


_BODY = (
    "应云南省委的邀请,越共河江省委书记侯文成率河江省代表团于2024年3月5日至6日对云南省进行工作访问。"
    "3月5日下午,侯文成同云南省委副书记、省长王予波举行工作会谈。"
    "会谈后,河江省人民委员会主席阮文山与云南省人民政府副省长代表双方签署了两省联合工作组会晤纪要。"
)


def test_meeting_minutes_are_no_meeting() -> None:
    evs = _main_events(_BODY)
    meetings = [e for e in evs if e["type"] == "CONSULT" and "纪要" in e["evidence"]["text"]]
    assert meetings == [], meetings


def test_signers_on_behalf_of_both_sides_are_the_named_ones() -> None:
    evs = _main_events(_BODY)
    signs = [e for e in evs if e["type"] == "AGREE"]
    assert len(signs) == 1, evs
    assert [p["name"] for p in signs[0]["source"]] == ["阮文山"]
    assert "侯文成" not in {p["name"] for p in signs[0]["source"] + signs[0]["target"]}
