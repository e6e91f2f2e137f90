"""``A、B、C等亚太地区各国议会代表团实地出席会议``: the parliaments' delegations of the countries a
list counts (等…各国/部分国家议会代表团) are a tally of who came, no attendance of their own, like
``…等国际组织领导参加峰会``; the Vietnamese delegation's own attendance stays.

Every sentence is invented for the test (the names are made up).
"""

from __future__ import annotations

from dyad import extract, to_record


def test_counted_parliament_delegations_are_no_event() -> None:
    text = (
        "越南代表团出席亚太议会论坛\n\n越通社曼谷——越南国会外事委员会副主任黎文甲率领越南国会代表团于2023年5月13日至14日"
        "出席在泰国举行的第五届亚太议会论坛。\n\n马尔代夫、斯里兰卡、土耳其、韩国、越南等亚太地区各国议会代表团"
        "实地出席会议。泰国、中国、印度尼西亚、蒙古国等部分国家议会代表团通过视频出席会议。(完)\n越通社\n"
    )
    evs = [e for e in to_record(extract(text))["events"] if e["mode"] == "multilateral"]
    assert [[p["name"] for p in e["source"]] for e in evs] == [["黎文甲"]], evs
