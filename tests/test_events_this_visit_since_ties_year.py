"""``X此次访Y是两国于1963年建交以来…首位国家元首对Y进行的访问`` looks back on the story's visit: the
year relations began (…年建交以来) is no year of another visit, so no second visit is coded."""

from __future__ import annotations

from dyad import extract, to_record


def _visits(body: str) -> list[dict]:
    text = f"两国合作潜力巨大\n\n越通社河内——{body}(越通社——VNA)\n越通社\n"
    return [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]


def test_this_visit_with_year_of_ties_is_the_story_visit() -> None:
    evs = _visits(
        "应秘鲁总统罗伯托·加西(Roberto Gacy)的邀请,越南国家主席阮文甲将于2018年8月25日至29日对秘鲁进行国事访问。"
        "阮文甲此次访秘是两国于1963年建交以来越南首位国家元首对秘鲁进行的访问。"
    )
    assert len(evs) == 1
    assert evs[0]["date"] == "2018-08-25/2018-08-29"
