"""``A为B主持欢迎仪式,同B举行会谈,…并见证…``: the one welcomed, named again after 同, is the partner."""

from __future__ import annotations

from test_events import events_of, names, only

BODY = (
    "2023年6月12日,秘鲁总统胡安·加西亚(Juan Garcia)离开河内,圆满结束对越南进行的国事访问。"
    "越南国家主席武文德为加西亚总统主持正式欢迎仪式,同加西亚总统举行会谈。"
)


def test_talks_after_a_welcome_ceremony_in_the_same_sentence_are_found() -> None:
    ev = only(events_of(BODY), "CONSULT", "talks")
    assert sorted(names(ev["source"]) + names(ev["target"])) == ["武文德", "胡安·加西亚"], ev


def test_the_exchange_witnessed_after_such_talks_has_both_leaders() -> None:
    evs = events_of(
        "2023年3月29日,智利总统卡洛斯·罗哈斯(Carlos Rojas)离开河内,圆满结束对越南进行的国事访问。"
        "越南国家主席武文德为罗哈斯总统主持正式欢迎仪式,同罗哈斯总统举行会谈,共见记者并见证两国合作文件的交换。"
    )
    sign = only(evs, "AGREE", "sign")
    assert names(sign["source"]) == ["武文德"] and names(sign["target"]) == ["罗哈斯"], sign
