"""A teaser titled with a meeting whose summary tells the visit first, then the meeting on its day."""

from __future__ import annotations

from typing import Any

from dyad import extract, to_record


def teaser_events(*lines: str) -> list[dict[str, Any]]:
    text = "越南加强对外合作\n\n越通社河内——2024年5月1日,越南外交部举行记者会。(越通社——VNA)\n越通社\n更多\n"
    text += "".join(line + "\n" for line in lines)
    return [e for e in to_record(extract(text))["events"] if e["section"] == "related"]


def test_the_meeting_keeps_its_own_day_and_partner_not_the_visits_range_and_inviter() -> None:
    evs = teaser_events(
        "越南国会主席王庭惠会见柬埔寨首相洪玛奈",
        "应越南政府总理范明政的邀请,柬埔寨首相洪玛奈于2023年12月11日至12日对越南进行正式访问。"
        "12月12日上午,越南国会主席王庭惠在河内会见了洪玛奈。",
    )
    meeting = next(e for e in evs if e["type"] == "CONSULT")
    assert meeting["mode"] == "meeting"
    assert meeting["date"] == "2023-12-12"
    assert "范明政" not in [p["name"] for p in meeting["source"] + meeting["target"]]


def test_a_title_telling_talks_by_the_pair_word_picks_the_summarys_talks_over_the_welcome() -> None:
    evs = teaser_events(
        "越泰两国总理举行会谈",
        "5月16日上午,越南政府总理范明政在河内主持仪式,欢迎泰国总理赛塔·他威信对越南进行正式访问。"
        "欢迎仪式结束后,两国总理举行会谈,同意加强经贸合作。",
    )
    talks = next(e for e in evs if e["type"] == "CONSULT")
    assert talks["mode"] == "talks", talks
    assert (talks["date"] or "").endswith("05-16"), talks
