"""A day planned ahead (将于10月25日至28日访问) dated only by a month the text tells as done
(该港于2019年3月投入运营) is after that month, not in the year before it."""

from __future__ import annotations

from dyad import extract, to_record


def test_planned_days_follow_a_month_told_as_done() -> None:
    text = (
        "外国海军军舰将访问越南某港\n\n"
        "越通社河内——越南某省外事厅负责人10月20日表示,法国海军一艘护卫舰将于10月25日至28日访问金兰国际港。"
        "该港于2019年3月建成并投入运营,已接待多国军舰到访。(越通社—VNA)\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "visit"]
    assert [e["date"] for e in evs] == ["2019-10-25/2019-10-28"], evs
