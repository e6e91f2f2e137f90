"""A headline meeting with a body (``集体会见东盟各国外长``) and the lead's meeting with a named member of
that body on the same day are one meeting. Sentences written for the test."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def _main(title: str, body: str) -> list[dict[str, Any]]:
    text = f"{title}\n\n{body}\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["section"] == "main"]


def test_headline_body_meeting_is_the_named_member_meeting() -> None:
    evs = _main(
        "阮春福总理集体会见东盟各国经济部长",
        "9月8日下午,越南政府总理阮春福在政府总部集体会见了东盟各国经济部长和东盟秘书长林玉辉。今年是越南加入东盟25周年。",
    )
    meetings = [e for e in evs if e["mode"] == "meeting"]
    assert len(meetings) == 1, meetings
    assert {p["name"] for p in meetings[0]["source"] + meetings[0]["target"]} == {"阮春福", "林玉辉"}, meetings


def test_headline_meeting_with_another_body_stays() -> None:
    evs = _main(
        "阮春福会见日本经济团体联合会代表团",
        "9月8日下午,越南政府总理阮春福在政府总部会见了东盟秘书长林玉辉。今年是越南加入东盟25周年。",
    )
    assert len([e for e in evs if e["mode"] == "meeting"]) == 2, evs


def test_lead_meeting_with_an_unnamed_office_is_the_named_meeting() -> None:
    text = (
        "越南国防部长会见柬埔寨客人\n\n3月5日,吴春历会见了柬埔寨国防大臣。\n\n"
        "越通社河内——3月5日,越南国防部长吴春历大将在河内会见了柬埔寨国防大臣迪班大将。"
        "今年是越柬建交53周年。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["section"] == "main" and e["mode"] == "meeting"]
    assert len(evs) == 1, evs
    assert {p["name"] for p in evs[0]["source"] + evs[0]["target"]} == {"吴春历", "迪班"}, evs
