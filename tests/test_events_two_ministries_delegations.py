"""``欢迎仪式结束后,两部高级代表团进行了会谈``: the delegations of the two ministries stand for the
two sides last named (the host who welcomed and the minister welcomed); the talks had been lost."""

from __future__ import annotations

from dyad import extract, to_record


def test_two_ministries_delegations_hold_talks() -> None:
    page = (
        "测试标题\n\n越通社金边——应柬埔寨内政部大臣索肯(Sar Kheng)的邀请,越南公安部部长阮文甲已率团对柬埔寨进行工作访问。\n\n"
        "5日上午,索肯在内政部主持仪式,欢迎阮文甲一行访柬。欢迎仪式结束后,两部高级代表团进行了会谈。(越通社——VNA)\n"
    )
    talks = [e for e in to_record(extract(page))["events"] if e["mode"] == "talks"]
    assert [([p["name"] for p in e["source"]], [p["name"] for p in e["target"]]) for e in talks] == [
        (["阮文甲"], ["索肯"])
    ], talks
