"""The year a body was founded or set up relations (``该协会成立于1920年``, ``X于1996年与Y建立关系``)
is a background of the story, never the year of a day told without one."""

from __future__ import annotations

from dyad import extract, to_record


def test_founding_years_give_no_year_to_the_meeting() -> None:
    body = (
        "4月9日上午在河内,越南友好组织联合会副主席阮文甲会见由会长约翰·史密斯率领的美国老兵基金会代表团。\n\n"
        "美国老兵基金会由1920年战后成立的两个退伍军人团体合并而成。"
        "该基金会于1996年开始与越南建立关系。"
    )
    text = f"标题新闻\n\n{body}\n\n越通社河内——{body}(越通社-VNA)\n越通社\n"
    evs = [e for e in to_record(extract(text))["events"] if e["type"] == "CONSULT"]
    assert evs, evs
    assert all(not (e["date"] or "").startswith(("1920", "1996")) for e in evs), evs
