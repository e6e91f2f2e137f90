"""A story that follows up on a dated past act (``落实X于2022年10月底访华期间所达成的共识``) happens
after it: its own undated days take the year that puts them after that month, not the nearest."""

from __future__ import annotations

from dyad import extract, to_record


def test_days_after_a_followed_up_month_take_the_next_year() -> None:
    text = (
        "河内市委书记会见万象市委书记\n\n越通社万象——9月25日下午,河内市委书记黎明山在万象会见了万象市委书记宋赛。"
        "黎明山表示,河内市代表团此行旨在落实两党总书记于2022年10月底会晤期间所达成的共识。(越通社——VNA)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "meeting"]
    assert [e["date"] for e in evs] == ["2023-09-25"], evs
