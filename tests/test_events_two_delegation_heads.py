"""A meeting held by two delegations whose heads the next sentence names (``…研讨会在河内举行。
甲方代表团团长为A;乙方代表团团长为B``) is a meeting of the two heads, the visiting head first."""

from __future__ import annotations

from test_events import events_of, names, only


def test_seminar_with_two_heads_named_after_it_is_their_meeting() -> None:
    evs = events_of(
        "越南共产党与古巴共产党第六次理论研讨会3月5日在河内举行。越南共产党代表团团长为越共中央理论委员会主席阮春胜;"
        "古巴共产党代表团团长为古共中央政治局委员罗伯托·莫拉莱斯·奥赫达。双方就党建经验交换意见。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["罗伯托·莫拉莱斯·奥赫达"]
    assert names(ev["target"]) == ["阮春胜"]
    assert ev["location"] == "河内"


def test_heads_told_with_yi_wei_tuanzhang_abroad() -> None:
    evs = events_of(
        "第九次两党理论研讨会5月10日在哈瓦那举行。越共代表团以越共中央理论委员会主席阮春胜为团长;"
        "古共代表团以古共中央政治局委员罗伯托·莫拉莱斯·奥赫达为团长出席研讨会。"
    )
    ev = only(evs, "CONSULT", "meeting")
    assert names(ev["source"]) == ["阮春胜"]
    assert names(ev["target"]) == ["罗伯托·莫拉莱斯·奥赫达"]
