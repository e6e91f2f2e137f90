"""``6月18日,…B对越南进行访问。…双方举行会谈。…据悉,两人将共同主持从6月20日至22日举行的…``:
when the story's own day has no year the page fixes, a date-less sentence after it does not take
the days of a later, planned forum whose year a context gives (the talks had moved to its days)."""

from __future__ import annotations

from dyad import extract, to_record


def test_talks_do_not_take_a_later_forums_days() -> None:
    page = (
        "测试标题\n\n越通社河内——应越南国防部长吴春历大将的邀请,中国中央军委副主席范长龙上将6月18日至19日对越南进行正式友好访问。\n\n"
        "6月18日,吴春历在河内主持仪式,欢迎范长龙一行访越。欢迎仪式结束后,双方举行会谈。\n\n"
        "双方同意落实双方于2017年1月签署的联合愿景声明。\n\n"
        "据悉,两人还将共同出席从6月20日至22日举行的第四届边境国防友好交流活动。(越通社——VNA)\n"
    )
    talks = [e for e in to_record(extract(page))["events"] if e["mode"] == "talks"]
    assert talks and all(e["date"] is None or e["date"].startswith(("2016-06-18", "2017-06-18")) for e in talks), talks
