"""``A主持仪式,欢迎越南…代表团。欢迎仪式结束后,双方举行会见``: the delegation welcomed stands for its
leader (named before with 率领), so 双方 are the host and that leader, not the pair of a call told in
an earlier paragraph."""

from __future__ import annotations

from test_events import events_of, names


def test_both_sides_after_a_welcome_of_a_delegation() -> None:
    body = (
        "应缅甸国防军总司令吴敏的邀请,由越南国防部副部长陈甲上将率领的越南人民军高级军事代表团从5月6日至8日对缅甸进行正式访问。\n\n"
        "5月7日下午,陈甲上将一行礼节性拜会缅甸副总统吴乙。\n\n"
        "当天上午在内比都,缅甸国防军总司令吴敏主持仪式,欢迎越南人民军高级军事代表团。欢迎仪式结束后,双方举行会见。"
    )
    evs = events_of(body)
    met = [e for e in evs if e["mode"] == "meeting" and "吴敏" in names(e["source"]) + names(e["target"])]
    assert met, evs
    assert names(met[0]["source"]) == ["陈甲"], met
