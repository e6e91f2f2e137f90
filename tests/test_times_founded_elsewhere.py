"""``X成立20周年`` whose base the tables lack, with the founding year written once elsewhere in the
article (``该协会始建于2004年``): the anniversary is that year plus 20, not the founding year."""

from __future__ import annotations

from dyad import extract, to_record


def _day(text: str, said: str) -> str | None:
    return next(t["value"] for t in to_record(extract(text))["times"] if t["text"] == said)


def test_a_founding_anniversary_counts_from_the_year_written_further_on() -> None:
    text = (
        "智利越南友好协会庆祝成立20周年\n\n越通社圣地亚哥——智利越南友好协会同越南驻智利大使馆10月20日"
        "联合举行智利越南友好协会成立20周年纪念典礼。越南驻智利大使表示,该协会始建于2004年5月8日,"
        "为两国人民友谊作出贡献。(越通社-VNA)\n越通社\n"
    )
    assert _day(text, "10月20日") == "2024-10-20"


def test_two_founding_years_leave_the_anniversary_unplaced_by_them() -> None:
    text = (
        "智利越南友好协会庆祝成立20周年\n\n越通社圣地亚哥——智利越南友好协会同越南驻智利大使馆10月20日"
        "联合举行智利越南友好协会成立20周年纪念典礼。该协会始建于2004年5月8日,其青年分会成立于2010年3月1日。"
        "(越通社-VNA)\n越通社\n"
    )
    assert _day(text, "10月20日") != "2024-10-20"
