"""``两国国防部副部长举行电话会谈``: the deputies of the two ministries are not the two ministers
last named; the call no longer goes to the minister and the envoy who met (the pair word took them)."""

from __future__ import annotations

from dyad import extract, to_record


def test_deputy_ministers_are_not_the_last_pair() -> None:
    page = (
        "测试标题\n\n越通社河内——越南公安部部长阮文甲3月5日会见韩国新任驻越大使金哲洙(Kim Chul-su)。\n\n"
        "阮文甲表示,去年,两国公安部副部长举行了电话会谈。(越通社——VNA)\n"
    )
    calls = [e for e in to_record(extract(page))["events"] if e["mode"] == "phone"]
    names = {p["name"] for e in calls for p in e["source"] + e["target"]}
    assert not names & {"阮文甲", "金哲洙"}, calls
