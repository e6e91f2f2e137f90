"""A donation with no sum told as a headline (``越南红十字会向缅甸地震灾民捐款``, a teaser) is the gift
itself: AID from the donor to the side helped; in a body sentence with no year it stays background,
and a nationwide drive (全民向…捐款献爱心) is no gift between two sides."""

from __future__ import annotations

from dyad import extract, to_record

LIST = "\n\n更多\n\n越南红十字会向缅甸地震灾民捐款\n老挝总理访问越南\n"


def test_teaser_donation_is_aid() -> None:
    rec = to_record(extract("标题\n\n越通社河内——正文。" + LIST))
    aid = [e for e in rec["events"] if e["type"] == "AID"]
    assert [(e["source"][0]["name"], e["target"][0]["country"]) for e in aid] == [("越南红十字会", "MMR")], rec["events"]


def test_undated_body_donation_and_drives_are_no_gift() -> None:
    body = "4月2日,越南祖国阵线发起全民向缅甸地震灾区捐款献爱心活动。各地民众也向灾区捐款。"
    rec = to_record(extract(f"越南各界关注缅甸地震\n\n越通社河内——{body}\n"))
    assert not [e for e in rec["events"] if e["type"] == "AID"], rec["events"]
